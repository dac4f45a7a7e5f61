import Survey360Core

extension CompactCampaign {
    /// Converts the domain's types into the working form.
    ///
    /// Nothing is dropped silently: assignments naming unknown people,
    /// responses without an assignment, drafts and ratings off the scale are
    /// counted in ``notes`` (counts only: the notes never name anyone).
    public init(_ input: ScoringInput) {
        let questionnaire = input.questionnaire
        let organisation = input.organisation
        let dimensionIndex = Dictionary(
            questionnaire.dimensions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first }
        )
        let items = questionnaire.items.filter { dimensionIndex[$0.dimensionID] != nil }
        let itemIndex = Dictionary(
            items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let questionIDs = questionnaire.openQuestions.map(\.id)
        let questionIndex = Dictionary(
            questionIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let departmentIDs = organisation.departments.map(\.id)
        let departmentIndex = Dictionary(
            departmentIDs.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { first, _ in first })
        let personIDs = organisation.people.map(\.id)
        let personIndex = Dictionary(
            personIDs.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { first, _ in first })

        var notes = InputNotes()
        var raters: [Int32] = []
        var ratees: [Int32] = []
        var groups: [RaterGroup] = []
        // Keyed by the two people's places, not their ids: a closed
        // campaign's raters are pseudonyms too long for Swift's inline
        // strings, and hashing and comparing them was the largest cost here.
        var pairIndex: [PlacePair: Int] = [:]
        pairIndex.reserveCapacity(input.assignments.count)
        func place(_ pair: RaterPair) -> PlacePair? {
            guard let rater = personIndex[pair.raterID], let ratee = personIndex[pair.rateeID] else { return nil }
            return PlacePair(rater: rater, ratee: ratee)
        }
        for assignment in input.assignments {
            guard let pair = place(assignment.pair) else {
                notes.assignmentsWithUnknownPeople += 1
                continue
            }
            let (rater, ratee) = (pair.rater, pair.ratee)
            guard pairIndex[pair] == nil else {
                notes.duplicateAssignments += 1
                continue
            }
            pairIndex[pair] = raters.count
            raters.append(rater)
            ratees.append(ratee)
            groups.append(assignment.group)
        }

        let width = items.count
        var submitted = [Bool](repeating: false, count: raters.count)
        var ratings = [Int8](repeating: Self.noAnswer, count: raters.count * width)
        var comments: [CompactComment] = []
        for response in input.responses {
            guard let q = place(response.pair).flatMap({ pairIndex[$0] }) else {
                notes.responsesWithoutAssignment += 1
                continue
            }
            guard response.isSubmitted else {
                notes.draftResponses += 1
                continue
            }
            guard !submitted[q] else { continue }
            submitted[q] = true
            for (itemID, answer) in response.ratings {
                guard let item = itemIndex[itemID] else {
                    notes.invalidRatings += 1
                    continue
                }
                guard case .score(let value) = answer else { continue }
                guard questionnaire.scale.contains(value), value > -128, value < 128 else {
                    notes.invalidRatings += 1
                    continue
                }
                ratings[q * width + item] = Int8(value)
            }
            for (questionID, text) in response.comments.sorted(by: { $0.key < $1.key }) {
                guard let question = questionIndex[questionID],
                    !text.allSatisfy({ $0.isWhitespace })
                else { continue }
                comments.append(
                    CompactComment(questionnaire: Int32(q), question: Int32(question), text: text))
            }
        }
        if let answers = input.answers {
            Self.read(
                answers, questionnaireOf: { place($0).flatMap { pairIndex[$0] } }, itemIndex: itemIndex,
                questionIndex: questionIndex, scale: questionnaire.scale, width: width, submitted: &submitted,
                ratings: &ratings, comments: &comments, notes: &notes)
        }

        self.init(
            scale: questionnaire.scale, itemIDs: items.map(\.id),
            itemDimensions: items.map { Int32(dimensionIndex[$0.dimensionID]!) },
            dimensionIDs: questionnaire.dimensions.map(\.id), questionIDs: questionIDs,
            personIDs: personIDs,
            personDepartments: organisation.people.map { departmentIndex[$0.departmentID] ?? -1 },
            departmentIDs: departmentIDs,
            departmentParents: organisation.departments.map { department in
                department.parentID.flatMap { departmentIndex[$0] } ?? -1
            },
            raters: raters, ratees: ratees, groups: groups, submitted: submitted, ratings: ratings,
            comments: comments, notes: notes)
    }

    /// Adds the store's bulk answers: the same rules as for responses (only
    /// assigned pairs, the first submission of a pair, ratings on the
    /// scale), one byte at a time with no dictionary per questionnaire.
    private static func read(
        _ answers: AnswerTable, questionnaireOf: (RaterPair) -> Int?, itemIndex: [ItemID: Int],
        questionIndex: [QuestionID: Int], scale: RatingScale, width: Int, submitted: inout [Bool],
        ratings: inout [Int8], comments: inout [CompactComment], notes: inout InputNotes
    ) {
        let itemOfColumn = answers.itemIDs.map { itemIndex[$0] ?? -1 }
        let columns = answers.itemIDs.count
        var sheetQuestionnaire = [Int](repeating: -1, count: answers.pairs.count)
        answers.codes.withUnsafeBufferPointer { codes in
            for (sheet, pair) in answers.pairs.enumerated() {
                guard let q = questionnaireOf(pair) else {
                    notes.responsesWithoutAssignment += 1
                    continue
                }
                guard !submitted[q] else { continue }
                submitted[q] = true
                sheetQuestionnaire[sheet] = q
                let row = sheet * columns
                for column in 0..<columns {
                    let code = codes[row + column]
                    guard code != AnswerTable.notAnswered else { continue }
                    let item = itemOfColumn[column]
                    guard item >= 0 else {
                        notes.invalidRatings += 1
                        continue
                    }
                    guard code != AnswerTable.cannotJudge else { continue }
                    guard scale.contains(Int(code)) else {
                        notes.invalidRatings += 1
                        continue
                    }
                    ratings[q * width + item] = code
                }
            }
        }
        for comment in answers.comments {
            let q = sheetQuestionnaire[comment.sheet]
            guard q >= 0, let question = questionIndex[comment.questionID],
                !comment.text.allSatisfy({ $0.isWhitespace })
            else { continue }
            comments.append(CompactComment(questionnaire: Int32(q), question: Int32(question), text: comment.text))
        }
    }
}
