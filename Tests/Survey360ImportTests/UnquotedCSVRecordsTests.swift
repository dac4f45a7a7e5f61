import CSV
import Foundation
import Survey360Core
import Testing

@testable import Survey360Import

/// A piece without quotes is split at its bytes (``UnquotedCSVRecords``)
/// instead of by CSV.swift: the records and their lines must be exactly
/// CSV.swift's for the same text, whatever its line ends, blank lines,
/// trailing commas, spaces and non-ASCII text.
@Suite struct UnquotedCSVRecordsTests {
    /// CSV.swift's records of `text`, numbered as a piece with quotes is.
    static func csvSwiftRecords(of text: String, firstLine: Int) throws -> [(line: Int, values: [String])] {
        CSVPiece.records(of: try CSVReader(string: text, hasHeaderRow: false), firstLine: firstLine)
    }

    static func expectSame(_ text: String) throws {
        let fast = try #require(
            UnquotedCSVRecords.records(of: text, firstLine: 7), "no quote in \(text.debugDescription)")
        let reference = try csvSwiftRecords(of: text, firstLine: 7)
        #expect(fast.map(\.line) == reference.map(\.line), "lines of \(text.debugDescription)")
        #expect(fast.map(\.values) == reference.map(\.values), "values of \(text.debugDescription)")
    }

    @Test func readsWhatCSVSwiftReads() throws {
        for text in [
            "", "\n", "\r\n", "\r", "\n\n", "a", "a,", ",", ",,\n", "a,b\n", "a,b", "a,b,\n", "a,b,",
            "P1,P2,I1,5\r\nP1,P2,I2,NA\r\n", "P1,P2,I1,5\rP3,P4,I1,4\r", "x\r\r\ny\n\rz", " a , b \n\tc\n",
            "王一,張二,I1,3\n", "\u{1F600},é\r\n\n",
        ] {
            try Self.expectSame(text)
        }
    }

    /// Random texts over the characters that matter to a CSV reader, from a
    /// fixed seed so that a failure can be run again.
    @Test func readsWhatCSVSwiftReadsOnRandomTexts() throws {
        let pieces = ["P1", "7", "NA", ",", ",", "\n", "\r", "\r\n", " ", "é", "張", ""]
        var generator = SplitMix64(seed: 2026)
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...20, using: &generator)
            let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
            try Self.expectSame(text)
        }
    }

    /// A quote anywhere leaves the piece to CSV.swift.
    @Test func leavesQuotedTextToCSVSwift() {
        #expect(UnquotedCSVRecords.records(of: "P1,P2,I1,5\nP1,\"P2\",I2,4\n", firstLine: 2) == nil)
        #expect(UnquotedCSVRecords.records(of: "\"", firstLine: 2) == nil)
    }
}
