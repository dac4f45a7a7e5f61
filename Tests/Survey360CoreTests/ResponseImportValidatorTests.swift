import Testing

@testable import Survey360Core

@Suite struct ResponseImportValidatorTests {
    static let questionnaire = Questionnaire(
        id: "default", version: "1", title: LocalizedText([.english: "Internal customer survey"]),
        dimensions: [
            Dimension(id: "LT", title: LocalizedText([.english: "Lead time"])),
            Dimension(id: "FT", title: LocalizedText([.english: "Follow-through"])),
        ],
        items: [
            QuestionnaireItem(
                id: "LT-1", dimensionID: "LT", wording: LocalizedText([.english: "Gives me time"])),
            QuestionnaireItem(
                id: "LT-2", dimensionID: "LT", wording: LocalizedText([.english: "Warns early"])),
            QuestionnaireItem(
                id: "FT-1", dimensionID: "FT", wording: LocalizedText([.english: "Tracks progress"])),
        ],
        openQuestions: [
            OpenQuestion(id: "KEEP", prompt: LocalizedText([.english: "Keep doing"])),
            OpenQuestion(id: "CHANGE", prompt: LocalizedText([.english: "Change"])),
        ])

    static let assigned: Set<RaterPair> = [
        RaterPair(rater: "P1", ratee: "P2"), RaterPair(rater: "P3", ratee: "P2"),
        RaterPair(rater: "P2", ratee: "P2"),
    ]

    var campaign: Campaign = {
        var campaign = try! CampaignDefaults.campaign(for: "2026-Q4")
        campaign.state = .open
        return campaign
    }()

    func rating(_ line: Int, _ rater: String, _ ratee: String, _ item: String, _ value: String) -> RatingRow {
        RatingRow(
            rater: PersonID(rater), ratee: PersonID(ratee), item: ItemID(item), value: value,
            at: SourceLocation(file: "ratings.csv", line: line))
    }

    func comment(_ line: Int, _ rater: String, _ ratee: String, _ question: String, _ text: String)
        -> CommentRow
    {
        CommentRow(
            rater: PersonID(rater), ratee: PersonID(ratee), question: QuestionID(question), text: text,
            at: SourceLocation(file: "comments.csv", line: line))
    }

    var goodRatings: [RatingRow] {
        [
            rating(2, "P1", "P2", "LT-1", "4"), rating(3, "P1", "P2", "LT-2", " NA "),
            rating(4, "P1", "P2", "FT-1", "5"), rating(5, "P3", "P2", "LT-1", "2"),
        ]
    }

    var goodComments: [CommentRow] {
        [comment(2, "P1", "P2", "KEEP", "準時交付設備，主動回報進度"), comment(3, "P3", "P2", "CHANGE", "  ")]
    }

    func validate(
        _ ratings: [RatingRow], _ comments: [CommentRow] = [], stored: [Response] = [],
        campaign: Campaign? = nil
    ) throws -> ResponseImport {
        try ResponseImportValidator.validate(
            ratings: ratings, comments: comments, questionnaire: Self.questionnaire, assigned: Self.assigned,
            campaign: campaign ?? self.campaign, stored: stored)
    }

    func messages(_ body: () throws -> ResponseImport) -> [String] {
        do {
            _ = try body()
            return []
        } catch {
            return (error as? CampaignError)?.issues.map(\.description) ?? ["\(error)"]
        }
    }

    @Test func aGoodFileBecomesSubmittedResponsesPerPair() throws {
        let result = try validate(goodRatings, goodComments)
        #expect(
            Array(result.responses) == [
                Response(
                    rater: "P1", ratee: "P2",
                    ratings: ["LT-1": .score(4), "LT-2": .cannotJudge, "FT-1": .score(5)],
                    comments: ["KEEP": "準時交付設備，主動回報進度"], isSubmitted: true),
                Response(rater: "P3", ratee: "P2", ratings: ["LT-1": .score(2)], isSubmitted: true),
            ])
        #expect(result.unchanged.isEmpty)
    }

    @Test func importingTheSameFileAgainChangesNothing() throws {
        let first = try validate(goodRatings, goodComments)
        let again = try validate(goodRatings, goodComments, stored: Array(first.responses))
        #expect(again.responses.isEmpty)
        #expect(
            again.unchanged == [RaterPair(rater: "P1", ratee: "P2"), RaterPair(rater: "P3", ratee: "P2")])
    }

    @Test func aDraftIsReplacedByTheImportedSubmission() throws {
        let draft = Response(rater: "P1", ratee: "P2", ratings: ["LT-1": .score(1)], isSubmitted: false)
        let result = try validate(goodRatings, stored: [draft])
        #expect(result.responses.count == 2)
        #expect(result.responses[0].ratings["LT-1"] == .score(4))
    }

    @Test func aDifferentSecondSubmissionIsRefusedWithoutQuotingTheFirst() throws {
        let stored = [Response(rater: "P1", ratee: "P2", ratings: ["LT-1": .score(3)], isSubmitted: true)]
        #expect(
            messages { try validate(goodRatings, goodComments, stored: stored) } == [
                "comments.csv:2: rater 'P1' has already submitted the questionnaire for 'P2'; a submitted questionnaire is final"
            ])
    }

    @Test func everyRowProblemIsReportedWithItsLineAndValue() {
        let ratings = [
            rating(2, "P1", "P2", "LT-1", "4"),
            rating(3, "P1", "P2", "LT-9", "3"),
            rating(4, "P1", "P2", "LT-2", "6"),
            rating(5, "P1", "P2", "FT-1", "four"),
            rating(6, "P1", "P2", "LT-1", "4"),
            rating(7, "P9", "P2", "LT-1", "0"),
            rating(8, "P9", "P2", "LT-2", "3.5"),
            rating(9, "P3", "P2", "FT-1", ""),
        ]
        let comments = [
            comment(2, "P3", "P2", "KEEP", "Answers the same day"),
            comment(3, "P3", "P2", "KEEP", "Again"),
            comment(4, "P3", "P2", "WHY", "?"),
        ]
        #expect(
            messages { try validate(ratings, comments) } == [
                "comments.csv:3: question 'KEEP' is answered a second time by 'P3' for 'P2'; the first answer is at comments.csv:2",
                "comments.csv:4: unknown question 'WHY'",
                "ratings.csv:3: unknown item 'LT-9'",
                "ratings.csv:4: rating '6' of item 'LT-2' is outside the scale; write 1 to 5, or 'NA' for cannot judge",
                "ratings.csv:5: rating 'four' of item 'FT-1' is not a whole number; write 1 to 5, or 'NA' for cannot judge",
                "ratings.csv:6: item 'LT-1' is rated a second time by 'P1' for 'P2'; the first rating is at ratings.csv:2",
                "ratings.csv:7: rater 'P9' is not assigned to rate 'P2' in campaign '2026-Q4'",
                "ratings.csv:7: rating '0' of item 'LT-1' is outside the scale; write 1 to 5, or 'NA' for cannot judge",
                "ratings.csv:8: rating '3.5' of item 'LT-2' is not a whole number; write 1 to 5, or 'NA' for cannot judge",
                "ratings.csv:9: rating '' of item 'FT-1' is not a whole number; write 1 to 5, or 'NA' for cannot judge",
            ])
    }

    /// Rows handed over in another order (two files merged) are read in
    /// file and line order: "the first rating" is the one on the lower line.
    @Test func rowsAreReadInLineOrder() throws {
        let rows = [rating(6, "P1", "P2", "LT-1", "4"), rating(2, "P1", "P2", "LT-1", "5")]
        #expect(
            messages { try validate(rows) } == [
                "ratings.csv:6: item 'LT-1' is rated a second time by 'P1' for 'P2'; the first rating is at ratings.csv:2"
            ])
        let result = try validate(goodRatings.reversed(), goodComments.reversed())
        #expect(Array(result.responses) == Array(try validate(goodRatings, goodComments).responses))
    }

    @Test func aCampaignThatIsNotOpenAcceptsNothing() throws {
        var closed = campaign
        closed.state = .closed
        #expect(
            messages { try validate(goodRatings, campaign: closed) } == [
                "ratings.csv: campaign '2026-Q4' is closed; only an open campaign can be answered"
            ])
        var draft = campaign
        draft.state = .draft
        #expect(
            messages { try validate([rating(2, "P1", "P2", "LT-1", "9")], campaign: draft) } == [
                "ratings.csv: campaign '2026-Q4' is draft; only an open campaign can be answered",
                "ratings.csv:2: rating '9' of item 'LT-1' is outside the scale; write 1 to 5, or 'NA' for cannot judge",
            ])
    }

    @Test func theScaleComesFromTheQuestionnaire() throws {
        var sevenPoint = Self.questionnaire
        sevenPoint.scale = RatingScale(minimum: 1, maximum: 7)
        let result = try ResponseImportValidator.validate(
            ratings: [rating(2, "P2", "P2", "LT-1", "7")], comments: [], questionnaire: sevenPoint,
            assigned: Self.assigned, campaign: campaign, stored: [])
        #expect(result.responses.first?.ratings["LT-1"] == .score(7))
        #expect(
            messages {
                try ResponseImportValidator.validate(
                    ratings: [rating(2, "P2", "P2", "LT-1", "8")], comments: [], questionnaire: sevenPoint,
                    assigned: Self.assigned, campaign: campaign, stored: [])
            } == [
                "ratings.csv:2: rating '8' of item 'LT-1' is outside the scale; write 1 to 7, or 'NA' for cannot judge"
            ])
    }

    /// The lines pair raters with people rated: they are for HR's screen,
    /// while the description, which loggers use, only counts them.
    @Test func theDescriptionCountsProblemsWithoutNamingRaters() throws {
        let stored = [Response(rater: "P1", ratee: "P2", ratings: ["LT-1": .score(3)], isSubmitted: true)]
        let rows = goodRatings + [rating(9, "P9", "P2", "LT-1", "4")]
        do {
            _ = try validate(rows, stored: stored)
            Issue.record("expected the import to be refused")
        } catch let error as CampaignError {
            #expect(error.code == .invalidResponses)
            #expect("\(error)" == "2 problems in the responses; nothing was stored")
            #expect(
                String(reflecting: error)
                    == """
                    ratings.csv:2: rater 'P1' has already submitted the questionnaire for 'P2'; a submitted questionnaire is final
                    ratings.csv:9: rater 'P9' is not assigned to rate 'P2' in campaign '2026-Q4'
                    """)
        }
    }
}
