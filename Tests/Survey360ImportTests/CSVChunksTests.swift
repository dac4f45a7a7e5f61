import Foundation
import Survey360Core
import Testing

@testable import Survey360Import

/// A large file is read in pieces of whole records (``CSVChunks``): whatever
/// the pieces' size, the records, their lines and the problems reported are
/// those of the file read whole.
@Suite struct CSVChunksTests {
    /// A BOM, CRLF and LF line ends, a quoted field with a line break and
    /// an escaped quote, Chinese text, a blank line, and a record with too
    /// few fields on line 11.
    static let file = Data(
        ("\u{FEFF}rater_id,ratee_id,item_id,value\r\n"
            + "P1,P2,I1,5\r\n"
            + "P1,\"P\n2\",I2,4\n"
            + "P1,P2,I3,\"say \"\"NA\"\"\"\n"
            + "\n"
            + "王一,張二,I1,3\n"
            + "P3,P4,I1,\"1\r\n2\"\r\n"
            + "P3,P4,I2,NA\n"
            + "P3,P4\n"
            + "P5,P6,I1,2").utf8)

    @Test func piecesEndAfterARecordAndKnowTheirFirstLine() throws {
        for size in 1...Self.file.count {
            var chunks = CSVChunks(Self.file, pieceBytes: size)
            var joined = Data()
            while let chunk = try chunks.next() {
                #expect(chunk.firstLine == Self.line(at: joined.count, in: Self.file), "piece size \(size)")
                joined.append(chunk.bytes)
                if joined.count < Self.file.count {
                    #expect(chunk.bytes.last == UInt8(ascii: "\n"))
                    #expect(!Self.isQuoted(at: joined.count, in: Self.file), "piece size \(size)")
                }
            }
            #expect(joined == Self.file, "piece size \(size)")
            #expect(chunks.unclosedQuoteLine == nil)
        }
    }

    @Test func recordsAndProblemsAreThoseOfTheWholeFile() {
        let whole = Self.outcome(Self.file, pieceBytes: CSVChunks.pieceBytes)
        #expect(whole == ["Issue people.csv:11: 2 fields, but the header has 4 columns"])
        var fixed = Self.file
        fixed.replaceSubrange(fixed.range(of: Data("P3,P4\n".utf8))!, with: Data("P3,P4,I3,1\n".utf8))
        let rows = Self.outcome(fixed, pieceBytes: CSVChunks.pieceBytes)
        #expect(
            rows == [
                "2 P1|P2|I1|5", "3 P1|P\n2|I2|4", "5 P1|P2|I3|say \"NA\"", "7 王一|張二|I1|3", "8 P3|P4|I1|1\r\n2",
                "10 P3|P4|I2|NA", "11 P3|P4|I3|1", "12 P5|P6|I1|2",
            ])
        for size in 1...Self.file.count {
            #expect(Self.outcome(Self.file, pieceBytes: size) == whole, "piece size \(size)")
            #expect(Self.outcome(fixed, pieceBytes: size) == rows, "piece size \(size)")
        }
    }

    /// A file's own problems are found in whichever piece holds them, on
    /// the file's line, and alone: its records are not reported.
    @Test func problemsOfTheTextAreOnTheirLineInAnyPiece() {
        var invalid = Self.file
        invalid.append(contentsOf: Data("\nP7,".utf8) + [0xB2, 0xE2] + Data(",I1,1\n".utf8))
        let forbidden = Self.file + Data("\nP7,P\u{1}8,I1,1\nP9,P10,I1,\u{7}\n".utf8)
        let unclosed = Self.file + Data("\nP7,\"P8,I1,1\nP9,P10,I1,2\n".utf8)
        for size in [1, 7, 40, CSVChunks.pieceBytes] {
            #expect(
                Self.outcome(invalid, pieceBytes: size)
                    == ["Issue people.csv:13: invalid UTF-8 on this line; save the file as UTF-8"])
            #expect(
                Self.outcome(forbidden, pieceBytes: size) == [
                    "Issue people.csv:13: control character U+0001 is not allowed; remove it",
                    "Issue people.csv:14: control character U+0007 is not allowed; remove it",
                ])
            #expect(
                Self.outcome(unclosed, pieceBytes: size)
                    == ["Issue people.csv:13: a quoted field starts here and is never closed"])
        }
    }

    @Test func aFileOfBlanksHasNoHeader() {
        for size in [1, 3, CSVChunks.pieceBytes] {
            #expect(
                Self.outcome(Data(" \n\r\n  \n".utf8), pieceBytes: size)
                    == ["Issue people.csv:1: the file is empty; it needs a header row"])
        }
    }

    /// "LINE v1|v2|…" per record, or "Issue …" per problem.
    static func outcome(_ data: Data, pieceBytes: Int) -> [String] {
        switch CSVTable.parse(data, file: "people.csv", pieceBytes: pieceBytes) {
        case .success(let table): table.rows.map { "\($0.line) \($0.values.joined(separator: "|"))" }
        case .failure(let error): error.issues.map { "Issue \($0)" }
        }
    }

    /// Whether the byte at `offset` is inside quotes.
    static func isQuoted(at offset: Int, in data: Data) -> Bool {
        data.prefix(offset).filter { $0 == UInt8(ascii: "\"") }.count % 2 == 1
    }

    /// The line of the byte at `offset`, counting CRLF, LF and CR once each.
    static func line(at offset: Int, in data: Data) -> Int {
        let text = String(decoding: data.prefix(offset), as: UTF8.self)
        return 1
            + text.unicodeScalars.reduce(into: (0, false)) { state, scalar in
                if scalar == "\r" || scalar == "\n" && !state.1 { state.0 += 1 }
                state.1 = scalar == "\r"
            }.0
    }
}
