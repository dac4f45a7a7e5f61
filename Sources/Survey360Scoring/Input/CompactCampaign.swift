import Survey360Core

/// A campaign in the aggregator's working form: integer indices and
/// contiguous arrays, one byte per rating.
///
/// A 100,000-person campaign has 25 million ratings; as `[ItemID: Int?]`
/// dictionaries they would need gigabytes, here they take 25 MB. Build it
/// from a ``ScoringInput`` with ``init(_:)``, or directly from arrays when
/// the data come from a store in bulk.
public struct CompactCampaign: Sendable {
    /// The rating stored for "cannot judge" or an item left unanswered.
    public static let noAnswer: Int8 = .min

    public let scale: RatingScale
    public let itemIDs: [ItemID]
    /// The dimension index of each item.
    public let itemDimensions: [Int32]
    public let dimensionIDs: [DimensionID]
    public let questionIDs: [QuestionID]
    public let personIDs: [PersonID]
    /// The department index of each person, -1 when unknown.
    public let personDepartments: [Int32]
    public let departmentIDs: [DepartmentID]
    /// The parent department index of each department, -1 for a root.
    public let departmentParents: [Int32]
    // Questionnaires, sorted by (person rated, group, rater).
    public let raters: [Int32]
    public let ratees: [Int32]
    public let groups: [RaterGroup]
    public let submitted: [Bool]
    /// `questionnaireCount × itemCount` ratings, row by row.
    public let ratings: [Int8]
    /// Sorted by questionnaire.
    public let comments: [CompactComment]
    public let notes: InputNotes

    /// Questionnaires about person p are `rateeStart[p]..<rateeStart[p+1]`.
    let rateeStart: [Int32]
    /// Comments of questionnaire q are `commentStart[q]..<commentStart[q+1]`.
    let commentStart: [Int32]
    /// The item indices of each dimension, in questionnaire order.
    let dimensionItems: [[Int]]

    public var itemCount: Int { itemIDs.count }
    public var dimensionCount: Int { dimensionIDs.count }
    public var personCount: Int { personIDs.count }
    public var departmentCount: Int { departmentIDs.count }
    public var questionnaireCount: Int { raters.count }

    /// Builds the working form from parallel arrays in any order.
    ///
    /// - Parameters:
    ///   - raters, ratees, groups, submitted: one entry per questionnaire.
    ///   - ratings: `questionnaireCount × itemIDs.count` values, ``noAnswer``
    ///     for "cannot judge"; values must lie on `scale`.
    ///   - comments: answers to open questions, by questionnaire index.
    public init(
        scale: RatingScale, itemIDs: [ItemID], itemDimensions: [Int32], dimensionIDs: [DimensionID],
        questionIDs: [QuestionID], personIDs: [PersonID], personDepartments: [Int32],
        departmentIDs: [DepartmentID], departmentParents: [Int32], raters: [Int32],
        ratees: [Int32], groups: [RaterGroup], submitted: [Bool], ratings: [Int8],
        comments: [CompactComment], notes: InputNotes = InputNotes()
    ) {
        let count = raters.count
        precondition(ratees.count == count && groups.count == count && submitted.count == count)
        precondition(ratings.count == count * itemIDs.count)
        precondition(itemDimensions.count == itemIDs.count)
        precondition(personDepartments.count == personIDs.count)
        precondition(departmentParents.count == departmentIDs.count)
        self.scale = scale
        self.itemIDs = itemIDs
        self.itemDimensions = itemDimensions
        self.dimensionIDs = dimensionIDs
        self.questionIDs = questionIDs
        self.personIDs = personIDs
        self.personDepartments = personDepartments
        self.departmentIDs = departmentIDs
        self.departmentParents = departmentParents
        self.notes = notes

        let sorter = QuestionnaireSorter(raters: raters, ratees: ratees, groups: groups)
        if let order = sorter.order {
            self.raters = order.map { raters[$0] }
            self.ratees = order.map { ratees[$0] }
            self.groups = order.map { groups[$0] }
            self.submitted = order.map { submitted[$0] }
            let width = itemIDs.count
            var sortedRatings = [Int8](repeating: Self.noAnswer, count: ratings.count)
            for (new, old) in order.enumerated() {
                for item in 0..<width { sortedRatings[new * width + item] = ratings[old * width + item] }
            }
            self.ratings = sortedRatings
            var newIndex = [Int32](repeating: 0, count: count)
            for (new, old) in order.enumerated() { newIndex[old] = Int32(new) }
            self.comments = comments.map {
                CompactComment(
                    questionnaire: newIndex[Int($0.questionnaire)], question: $0.question, text: $0.text)
            }.sorted { ($0.questionnaire, $0.question) < ($1.questionnaire, $1.question) }
        } else {
            self.raters = raters
            self.ratees = ratees
            self.groups = groups
            self.submitted = submitted
            self.ratings = ratings
            self.comments = comments.sorted {
                ($0.questionnaire, $0.question) < ($1.questionnaire, $1.question)
            }
        }

        var starts = [Int32](repeating: 0, count: personIDs.count + 1)
        for ratee in self.ratees { starts[Int(ratee) + 1] += 1 }
        for index in 0..<personIDs.count { starts[index + 1] += starts[index] }
        rateeStart = starts
        var commentStarts = [Int32](repeating: 0, count: count + 1)
        for comment in self.comments { commentStarts[Int(comment.questionnaire) + 1] += 1 }
        for index in 0..<count { commentStarts[index + 1] += commentStarts[index] }
        commentStart = commentStarts
        var items = [[Int]](repeating: [], count: dimensionIDs.count)
        for (item, dimension) in itemDimensions.enumerated() { items[Int(dimension)].append(item) }
        dimensionItems = items
    }

    /// The questionnaires about person `p`.
    func questionnaires(about p: Int) -> Range<Int> {
        Int(rateeStart[p])..<Int(rateeStart[p + 1])
    }

    /// The rating of questionnaire `q` for item `i`, or ``noAnswer``.
    @inline(__always) func rating(_ q: Int, _ i: Int) -> Int8 {
        ratings[q * itemIDs.count + i]
    }
}
