import Survey360Core
import Survey360Storage

/// The raters of a campaign as the scorer sees them: pseudonyms, each a
/// person of the scoring organisation with the department the rater had.
///
/// A closed campaign's store rows carry pseudonyms already; a campaign
/// closed by an older release still carries rater ids, which are turned
/// into the same pseudonyms here. Either way the scorer gets the same
/// input, in the same order, so the figures of a campaign do not change
/// when its answers forget their raters, and trends match a rater across
/// quarters by pseudonym.
struct PseudonymousRaters {
    var assignments: [Assignment]
    var answers: AnswerTable
    /// The directory plus one person per pseudonym, in pseudonym order.
    var organisation: Organisation

    /// - Parameter departments: The store's ``SurveyStore/raterDepartments(in:)``;
    ///   empty for a campaign whose answers still name their raters.
    /// - Throws: `ReportError` `.notReportable` when `pseudonyms` is not the key the
    ///   campaign was closed with: no rater of it is anyone's pseudonym under
    ///   this key. Scoring on would match no rater across quarters, and a
    ///   trend that should be withheld for a change of one rater would be
    ///   published.
    init(
        campaign: CampaignID, assignments: [Assignment], answers: AnswerTable,
        departments: [PersonID: DepartmentID], organisation: Organisation, pseudonyms: RaterPseudonyms
    ) throws {
        if !departments.isEmpty {
            // The first person who rated settles it; a wrong key reaches
            // the end of the directory.
            guard organisation.people.contains(where: { departments[pseudonyms.pseudonym(of: $0.id)] != nil })
            else {
                throw ReportError(
                    .notReportable,
                    "Campaign '\(campaign)' was closed with another pseudonym key than this one; give that key with --pseudonym-key"
                )
            }
        }
        var departments = departments
        var assignments = assignments
        var answers = answers
        if departments.isEmpty {
            let directory = Dictionary(
                organisation.people.map { ($0.id, $0.departmentID) }, uniquingKeysWith: { first, _ in first })
            var pseudonymOf: [PersonID: PersonID] = [:]
            func pseudonym(_ rater: PersonID) -> PersonID {
                guard let department = directory[rater] else { return rater }
                if let known = pseudonymOf[rater] { return known }
                let pseudonym = pseudonyms.pseudonym(of: rater)
                pseudonymOf[rater] = pseudonym
                departments[pseudonym] = department
                return pseudonym
            }
            for index in assignments.indices { assignments[index].raterID = pseudonym(assignments[index].raterID) }
            for index in answers.pairs.indices {
                answers.pairs[index].raterID = pseudonym(answers.pairs[index].raterID)
            }
        }
        let raters = departments.sorted { $0.key < $1.key }.map {
            Person(id: $0.key, name: "", email: "", departmentID: $0.value)
        }
        self.assignments = assignments
        self.answers = answers
        self.organisation = Organisation(
            departments: organisation.departments, people: organisation.people + raters,
            services: organisation.services, processes: organisation.processes)
    }
}
