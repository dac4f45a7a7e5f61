import Foundation

/// The records of a piece of CSV text that has no double quote, split at
/// its bytes: without a quote, RFC 4180 has nothing to interpret, a record
/// is a line and a value is the text between commas.
///
/// CSV.swift builds each value a scalar at a time, which was a third of a
/// 100,000-person ratings import's CPU time; a ratings file's pieces after
/// the header have ids and numbers only, so they are read here, and any
/// piece with a quote (a comment with a comma, an id someone quoted) is left
/// to CSV.swift. The records are CSV.swift's for the same text, line ends
/// and blank lines included (`UnquotedCSVRecordsTests` compares the two).
enum UnquotedCSVRecords {
    /// The records of `text`, each with the line it is on (`firstLine` for
    /// the first), or `nil` when `text` has a double quote.
    ///
    /// Lines end at LF, CRLF or a lone CR, as CSV.swift and ``CSVChunks``
    /// count them; a blank line is a record of one empty value, and the
    /// last line needs no line end.
    static func records(of text: String, firstLine: Int) -> [(line: Int, values: [String])]? {
        var text = text
        return text.withUTF8 { bytes -> [(line: Int, values: [String])]? in
            guard let base = bytes.baseAddress else { return [] }
            guard memchr(base, Int32(UInt8(ascii: "\"")), bytes.count) == nil else { return nil }
            var records: [(line: Int, values: [String])] = []
            var values: [String] = []
            var line = firstLine
            var fieldStart = 0
            func value(endingAt end: Int) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: bytes[fieldStart..<end]), as: UTF8.self)
            }
            var index = 0
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: ","):
                    values.append(value(endingAt: index))
                    fieldStart = index + 1
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                    values.append(value(endingAt: index))
                    records.append((line, values))
                    values = []
                    line += 1
                    if bytes[index] == UInt8(ascii: "\r"), index + 1 < bytes.count,
                        bytes[index + 1] == UInt8(ascii: "\n")
                    {
                        index += 1
                    }
                    fieldStart = index + 1
                default:
                    break
                }
                index += 1
            }
            // A last line without a line end, even one that ends in a comma.
            if fieldStart < bytes.count || !values.isEmpty {
                values.append(value(endingAt: bytes.count))
                records.append((line, values))
            }
            return records
        }
    }
}
