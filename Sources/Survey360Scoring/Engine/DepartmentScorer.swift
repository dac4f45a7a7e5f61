import Survey360Core

/// Department scorecards: each member rated weighs the same, every figure
/// needs `departmentMinimum` (5) distinct respondents, comments need
/// `departmentCommentMinimum` (10).
///
/// Only members whose own "all others" figure is published enter a
/// department figure: a member's withheld score could otherwise be derived
/// from the department mean and the other members' published scores.
struct DepartmentScorer {
    let campaign: CompactCampaign
    let pairScores: PairScores
    let policy: ScoringPolicy
    let seed: UInt64

    func scorecards(others: OthersFigures, rated: [Int]) -> [DepartmentScores] {
        let departmentCount = campaign.departmentCount
        var members = [[Int]](repeating: [], count: departmentCount)
        for (index, person) in rated.enumerated() {
            let department = Int(campaign.personDepartments[person])
            if department >= 0 { members[department].append(index) }
        }
        let rates = responseRates()
        let positions: [Int?] = Array(0..<campaign.dimensionCount) + [nil]
        var seen = [Int32](repeating: 0, count: campaign.personCount * positions.count)
        var commentSeen = [Int32](repeating: 0, count: campaign.personCount)

        return (0..<departmentCount).map { department in
            let stamp = Int32(department + 1)
            var figures: [DepartmentScores.Figure] = []
            for (slot, dimension) in positions.enumerated() {
                var means: [Double] = []
                var respondents = 0
                for index in members[department] {
                    guard let statistics = others.cell(index, dimension).statistics else { continue }
                    means.append(statistics.mean)
                    for q in campaign.questionnaires(about: rated[index])
                    where campaign.submitted[q] && campaign.groups[q] != .selfRating {
                        let score = pairScores.score(q, dimension: dimension)
                        let key = Int(campaign.raters[q]) * positions.count + slot
                        if !score.isNaN, seen[key] != stamp {
                            seen[key] = stamp
                            respondents += 1
                        }
                    }
                }
                figures.append(figure(dimension: dimension, means: means, respondents: respondents))
            }

            var comments: [ScoredComment] = []
            var commenters = 0
            for index in members[department] {
                for q in campaign.questionnaires(about: rated[index])
                where campaign.submitted[q] && campaign.groups[q] != .selfRating {
                    let range = Int(campaign.commentStart[q])..<Int(campaign.commentStart[q + 1])
                    guard !range.isEmpty else { continue }
                    let rater = Int(campaign.raters[q])
                    if commentSeen[rater] != stamp {
                        commentSeen[rater] = stamp
                        commenters += 1
                    }
                    for comment in campaign.comments[range] {
                        comments.append(
                            ScoredComment(
                                question: campaign.questionIDs[Int(comment.question)], text: comment.text,
                                group: nil))
                    }
                }
            }
            let commentsPublished = commenters >= policy.departmentCommentMinimum
            let parent = campaign.departmentParents[department]
            let id = campaign.departmentIDs[department]
            return DepartmentScores(
                departmentID: id, parentID: parent >= 0 ? campaign.departmentIDs[Int(parent)] : nil,
                peopleRated: members[department].count, dimensions: Array(figures.dropLast()),
                satisfactionIndex: figures.last!, responseRate: rates[department],
                comments: commentsPublished
                    ? CommentOrder.shuffled(
                        comments, seed: seed ^ SplitMix64.fingerprint("department:" + id.rawValue),
                        questions: campaign.questionIDs) : [],
                commentsWithheld: comments.isEmpty || commentsPublished ? nil : .belowCommentMinimum)
        }
    }

    private func figure(dimension: Int?, means: [Double], respondents: Int) -> DepartmentScores.Figure {
        guard !means.isEmpty, respondents >= policy.departmentMinimum else {
            return .init(dimension: dimension, outcome: .withheld(.belowDepartmentMinimum))
        }
        let moments = SampleMoments(means)
        return .init(
            dimension: dimension,
            outcome: .published(
                mean: moments.mean, standardDeviation: moments.variance?.squareRoot(), people: means.count,
                respondents: respondents))
    }

    /// Questionnaires the members of each department were asked to fill in,
    /// withheld where fewer than `departmentMinimum` members were asked.
    private func responseRates() -> [DepartmentScores.ResponseRate] {
        let count = campaign.departmentCount
        var invited = [Int](repeating: 0, count: count)
        var submitted = [Int](repeating: 0, count: count)
        var asked = [Bool](repeating: false, count: campaign.personCount)
        for q in 0..<campaign.questionnaireCount {
            let rater = Int(campaign.raters[q])
            let department = Int(campaign.personDepartments[rater])
            guard department >= 0 else { continue }
            invited[department] += 1
            if campaign.submitted[q] { submitted[department] += 1 }
            asked[rater] = true
        }
        var raters = [Int](repeating: 0, count: count)
        for person in 0..<campaign.personCount where asked[person] {
            let department = Int(campaign.personDepartments[person])
            if department >= 0 { raters[department] += 1 }
        }
        return (0..<count).map { department in
            raters[department] >= policy.departmentMinimum
                ? .init(outcome: .published(invited: invited[department], submitted: submitted[department]))
                : .init(outcome: .withheld(.belowDepartmentMinimum))
        }
    }
}
