import Foundation
import Testing

@testable import Survey360Core

/// The one parser of answers: what the web form and response files accept.
@Suite struct AnswerTests {
    @Test(arguments: [
        ("4", Answer.score(4)), (" 4 ", .score(4)), ("\t5\u{00A0}", .score(5)), ("+3", .score(3)),
        ("NA", .cannotJudge), ("na", .cannotJudge), ("N/A", .cannotJudge), (" n/a ", .cannotJudge),
    ])
    func readsScoresAndCannotJudge(text: String, expected: Answer) throws {
        #expect(try Answer(parsing: text, on: .fivePoint) == expected)
    }

    @Test(arguments: ["6", "0", "-1", "10"])
    func refusesWholeNumbersOffTheScale(text: String) {
        #expect(throws: AnswerError.self) { try Answer(parsing: text, on: .fivePoint) }
        #expect(message(parsing: text)?.contains("is outside the scale; write 1 to 5") == true)
    }

    @Test func namesTheValueAndSaysWhatToWrite() {
        #expect(
            message(parsing: "6") == "'6' is outside the scale; write 1 to 5, or 'NA' for cannot judge")
        #expect(
            message(parsing: "3.5", on: RatingScale(minimum: 0, maximum: 6))
                == "'3.5' is not a whole number; write 0 to 6, or 'NA' for cannot judge")
    }

    /// Values that are numbers or "NA" only to a lenient reader: Arabic-Indic
    /// and full-width digits, a NUL, words, an empty field.
    @Test(arguments: [
        "", " ", "٣", "３", "3\u{0}", "99999999999999999999", "four", "3.0", "1e0", "NAN", "N / A", "none", "null",
    ])
    func refusesWhatIsNotAnAnswer(text: String) {
        #expect(throws: AnswerError.self) { try Answer(parsing: text, on: .fivePoint) }
    }

    @Test func followsTheScale() throws {
        let sevenPoint = RatingScale(minimum: 0, maximum: 6)
        #expect(try Answer(parsing: "0", on: sevenPoint) == .score(0))
        #expect(throws: AnswerError.self) { try Answer(parsing: "0", on: .fivePoint) }
    }

    @Test func writesWhatItReads() throws {
        for answer in [Answer.score(1), .score(5), .cannotJudge] {
            #expect(try Answer(parsing: answer.text, on: .fivePoint) == answer)
        }
    }

    /// Stored questionnaires from before this type (`{"I1":4,"I2":null}`)
    /// read back unchanged.
    @Test func encodesAsTheNumberOrNull() throws {
        let ratings: [ItemID: Answer] = ["I1": .score(4), "I2": .cannotJudge]
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(ratings), as: UTF8.self)
        #expect(json == #"{"I1":4,"I2":null}"#)
        #expect(try JSONDecoder().decode([ItemID: Answer].self, from: Data(json.utf8)) == ratings)
    }

    private func message(parsing text: String, on scale: RatingScale = .fivePoint) -> String? {
        do {
            _ = try Answer(parsing: text, on: scale)
            return nil
        } catch {
            return error.description
        }
    }
}

@Suite struct AnswerWindowTests {
    @Test(arguments: [
        (CampaignState.draft, AnswerWindow.notYetOpen), (.open, .open), (.closed, .over), (.archived, .over),
    ])
    func agreesWithTheLifeCycle(state: CampaignState, window: AnswerWindow) throws {
        var campaign = try CampaignDefaults.campaign(for: "2026-Q4")
        campaign.state = state
        #expect(campaign.answerWindow == window)
        let accepted = (try? campaign.require(.answer)) != nil
        #expect(accepted == (window == .open))
    }
}
