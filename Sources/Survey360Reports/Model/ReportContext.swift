import Survey360Core
import Survey360Scoring

/// Everything a report is written from: the aggregator's scores and the
/// names and wordings that make them readable.
///
/// The scores hold indices and ids only; the context adds the campaign's
/// metadata, the questionnaire's wordings in the campaign's language and the
/// names of the people rated and of departments. Raters are never looked up:
/// nothing here can name one.
///
/// ```swift
/// let context = ReportContext(
///     campaign: campaign, organisation: organisation, questionnaire: questionnaire,
///     scores: CampaignScorer().score(input), previousCampaignID: "2026-Q3")
/// let xml = try ReportWriter(context: context).personDocument(at: 0)
/// ```
public struct ReportContext: Sendable {
    public let campaign: Campaign
    public let organisation: Organisation
    public let questionnaire: Questionnaire
    public let scores: CampaignScores
    /// The campaign trends are measured against, if the scores have trends.
    public let previousCampaignID: CampaignID?

    /// Person index in ``CampaignScores/people`` by id.
    let personIndex: [PersonID: Int]
    /// Department index in ``CampaignScores/departments`` by id.
    let departmentIndex: [DepartmentID: Int]
    /// Item wordings in the campaign's language, by item index of the scores.
    let itemTexts: [String]
    let dimensionTitles: [String]
    /// Each department's row and column of the service matrix.
    let matrixIndex: ServiceMatrixIndex

    public init(
        campaign: Campaign, organisation: Organisation, questionnaire: Questionnaire,
        scores: CampaignScores, previousCampaignID: CampaignID? = nil
    ) {
        self.campaign = campaign
        self.organisation = organisation
        self.questionnaire = questionnaire
        self.scores = scores
        self.previousCampaignID = scores.hasPreviousCampaign ? previousCampaignID : nil
        personIndex = Dictionary(
            scores.people.enumerated().map { ($1.personID, $0) }, uniquingKeysWith: { first, _ in first })
        departmentIndex = Dictionary(
            scores.departments.enumerated().map { ($1.departmentID, $0) },
            uniquingKeysWith: { first, _ in first })
        let language = campaign.language
        let items = Dictionary(
            questionnaire.items.map { ($0.id, $0.wording.text(in: language)) },
            uniquingKeysWith: { first, _ in first })
        itemTexts = scores.itemIDs.map { items[$0] ?? $0.rawValue }
        let dimensions = Dictionary(
            questionnaire.dimensions.map { ($0.id, $0.title.text(in: language)) },
            uniquingKeysWith: { first, _ in first })
        dimensionTitles = scores.dimensionIDs.map { dimensions[$0] ?? $0.rawValue }
        matrixIndex = ServiceMatrixIndex(scores.serviceMatrix)
    }

    /// The people rated, in directory order.
    public var peopleRated: [PersonID] { scores.people.map(\.personID) }

    /// The departments with a scorecard, in directory order.
    public var departments: [DepartmentID] { scores.departments.map(\.departmentID) }

    /// The position of `person` among the people rated, if rated.
    public func index(of person: PersonID) -> Int? { personIndex[person] }

    /// The position of `department` among the scorecards, if it has one.
    public func index(of department: DepartmentID) -> Int? { departmentIndex[department] }

    func departmentName(_ id: DepartmentID) -> String {
        organisation.department(id)?.name ?? id.rawValue
    }
}
