import CSV
import Foundation
import Survey360Core

/// One piece of a CSV file (see ``CSVChunks``) decoded and read into
/// records on its own, so that the pieces of a file are read on every core:
/// CSV.swift builds each value a scalar at a time, and reading was two
/// thirds of a ratings import. A piece after the header without a quote is
/// split at its bytes instead (``UnquotedCSVRecords``). What is done with
/// the records (their checks, the caller's body) stays on one thread, in
/// the file's order, in ``CSVTable``.
enum CSVPiece: Sendable {
    /// Not UTF-8, records or a header that CSV.swift cannot read, or a
    /// header that `CSVTable.header` refuses (too many columns, a required
    /// one missing): the file is refused for this alone.
    case refused(ImportError)
    /// Characters XML cannot carry, one issue per line.
    case forbidden([ValidationIssue])
    /// Nothing but blank lines where the header should be.
    case blank
    /// Decoded but not read: the file is refused for an earlier piece or
    /// for a quote this piece never closes.
    case unread
    /// The records, each with the line it starts on; the header's piece
    /// also has the header and a problem for each column named twice.
    case records(header: (CSVTable.Header, [ValidationIssue])?, [(line: Int, values: [String])])

    /// Decodes `chunk` of the file named `file` and, if `read`, reads its
    /// records.
    ///
    /// - Parameters:
    ///   - isHeader: Whether the piece starts with the header, which must
    ///     have every column of `required`; its records start on line 2.
    ///   - read: `false` to decode only, for its refusals.
    static func read(
        _ chunk: CSVChunks.Chunk, file: String, isHeader: Bool, requiring required: [String], read: Bool
    ) -> CSVPiece {
        let text: String
        switch CSVTable.decode(chunk, file: file) {
        case .invalid(let error): return .refused(error)
        case .forbidden(let issues): return .forbidden(issues)
        case .text(let decoded): text = decoded
        }
        guard read else { return .unread }
        var line = chunk.firstLine
        let reader: CSVReader
        var header: (CSVTable.Header, [ValidationIssue])?
        if isHeader {
            // Blanks before the header are no header.
            guard text.unicodeScalars.contains(where: { !CharacterSet.whitespacesAndNewlines.contains($0) }) else {
                return .blank
            }
            guard let withHeader = try? CSVReader(string: text, hasHeaderRow: true) else {
                return .refused(CSVTable.issue("the header row cannot be read", file: file, line: 1))
            }
            // Checked before any record is read (see `CSVTable.header`).
            switch CSVTable.header(of: withHeader, file: file, requiring: required) {
            case .failure(let error): return .refused(error)
            case .success(let found): header = found
            }
            reader = withHeader
            line = 2
        } else if let records = UnquotedCSVRecords.records(of: text, firstLine: line) {
            return .records(header: nil, records)
        } else {
            // Never skipped: a piece that cannot be read would lose its
            // records without a word.
            guard let continuing = try? CSVReader(string: text, hasHeaderRow: false) else {
                return .refused(CSVTable.issue("the records from this line cannot be read", file: file, line: line))
            }
            reader = continuing
        }
        return .records(header: header, records(of: reader, firstLine: line))
    }

    /// The records `reader` has left, each with the line it starts on
    /// (`firstLine` for the first): a quoted value may span lines.
    static func records(of reader: CSVReader, firstLine: Int) -> [(line: Int, values: [String])] {
        var records: [(line: Int, values: [String])] = []
        var line = firstLine
        while let values = reader.next() {
            records.append((line, values))
            line += 1 + values.reduce(0) { $0 + CSVTable.lineBreaks(in: $1) }
        }
        return records
    }
}
