import CSV
import Foundation
import Survey360Core

/// A CSV file, with the line on which each record starts.
///
/// HR's files come from spreadsheets and HR systems: UTF-8 with or without a
/// byte order mark, CRLF or LF line ends, RFC 4180 quoting with line breaks
/// inside quoted fields, and Chinese text. The quoting itself is CSV.swift's
/// job; this type adds what an HR person needs to fix a file: every problem
/// reported with the file's name and the line where the record starts.
struct CSVTable {
    /// One record: its values in the header's order, and the header's
    /// column positions, shared by every row of the table (a response file
    /// has millions of rows; a dictionary each would be most of the cost of
    /// reading it).
    struct Row {
        let line: Int
        let values: [String]
        let positions: [String: Int]

        /// The value of `column` as the file has it; `nil` when the column
        /// is absent.
        func verbatim(_ column: String) -> String? {
            positions[column].map { values[$0] }
        }

        /// The trimmed value of `column`; empty when the column is absent.
        subscript(column: String) -> String {
            verbatim(column).map(CSVTable.trimmed) ?? ""
        }
    }

    /// `value` without the spaces and tabs around it. Most values have none:
    /// a value that starts and ends with a visible ASCII character is
    /// returned as it is, since a response file has four values per answer
    /// and looking them up in `CharacterSet.whitespaces` was a fifth of the
    /// time of reading one. Foundation's trimming, which copies the string
    /// through UTF-16, is left for the rest.
    static func trimmed(_ value: String) -> String {
        guard let first = value.utf8.first, let last = value.utf8.last else { return value }
        if first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return value }
        guard let firstScalar = value.unicodeScalars.first, let lastScalar = value.unicodeScalars.last,
            CharacterSet.whitespaces.contains(firstScalar) || CharacterSet.whitespaces.contains(lastScalar)
        else { return value }
        return value.trimmingCharacters(in: .whitespaces)
    }

    let file: String
    let columns: [String]
    /// Where each column is in a row's ``Row/values``.
    let positions: [String: Int]
    let rows: [Row]

    /// The columns of a file's header, and where each is in a row's
    /// ``Row/values``.
    struct Header {
        let columns: [String]
        let positions: [String: Int]
    }

    /// Reads the file at `url`, which must have every column of `columns`
    /// in its header (in any order, among others).
    ///
    /// - Throws: ``ImportError`` naming the file, and the line of every problem.
    /// - Parameters:
    ///   - url: The file.
    ///   - columns: The columns the header must have.
    ///   - longFields: Columns whose values may be longer than
    ///     ``InputLimits/fieldCharacters``, with their own limit (a comment's
    ///     text).
    ///   - maximumBytes: The largest file read.
    static func read(
        _ url: URL, requiring columns: [String], longFields: [String: Int] = [:],
        maximumBytes: Int = InputLimits.fileBytes
    ) throws(ImportError) -> CSVTable {
        var rows: [Row] = []
        let header = try forEachRow(in: url, requiring: columns, longFields: longFields, maximumBytes: maximumBytes) {
            rows.append($0)
        }
        return CSVTable(file: url.lastPathComponent, columns: header.columns, positions: header.positions, rows: rows)
    }

    /// Reads the file at `url` as ``read(_:requiring:longFields:maximumBytes:)``
    /// does, but hands each record to `body` as it is read instead of
    /// keeping them: a quarter's answer file has millions of records, and
    /// only a few megabytes of it are in memory at a time (``CSVChunks``).
    ///
    /// `body` may have seen records when a later one turns out wrong; the
    /// file is then refused whole, and the caller drops what it gathered.
    static func forEachRow(
        in url: URL, requiring columns: [String], longFields: [String: Int] = [:],
        maximumBytes: Int = InputLimits.fileBytes, _ body: (Row) -> Void
    ) throws(ImportError) -> Header {
        let file = url.lastPathComponent
        if let refusal = sizeRefusal(of: url, maximumBytes: maximumBytes) { throw refusal }
        guard let handle = try? FileHandle(forReadingFrom: url) else { throw unreadable(file) }
        defer { try? handle.close() }
        var chunks = CSVChunks(reading: handle)
        return try records(of: &chunks, file: file, requiring: columns, longFields: longFields, body).get()
    }

    /// The bytes of the CSV file at `url`, refused unread past
    /// `maximumBytes`.
    static func contents(of url: URL, maximumBytes: Int = InputLimits.fileBytes) -> Result<Data, ImportError> {
        if let refusal = sizeRefusal(of: url, maximumBytes: maximumBytes) { return .failure(refusal) }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(unreadable(url.lastPathComponent))
        }
        return .success(data)
    }

    private static func sizeRefusal(of url: URL, maximumBytes: Int) -> ImportError? {
        let size = (try? url.resourceValues(forKeys: [.fileSizeKey]))?.fileSize ?? 0
        guard size > maximumBytes else { return nil }
        return issue(
            "file is larger than \(maximumBytes >> 20) MB, the most Survey360 reads", file: url.lastPathComponent,
            line: 0)
    }

    private static func unreadable(_ file: String) -> ImportError {
        issue("file cannot be read", file: file, line: 0)
    }

    /// Reads `data` as the file named `file`.
    ///
    /// - Parameters:
    ///   - longFields: Columns allowed past ``InputLimits/fieldCharacters``,
    ///     with their own limit.
    ///   - pieceBytes: The size of the pieces it is read in; only tests
    ///     change it, to put piece ends everywhere in a small file.
    /// - Returns: The table, or every problem that prevents reading it.
    static func parse(
        _ data: Data, file: String, longFields: [String: Int] = [:], pieceBytes: Int = CSVChunks.pieceBytes
    ) -> Result<CSVTable, ImportError> {
        var chunks = CSVChunks(data, pieceBytes: pieceBytes)
        var rows: [Row] = []
        return records(of: &chunks, file: file, requiring: [], longFields: longFields) { rows.append($0) }.map {
            CSVTable(file: file, columns: $0.columns, positions: $0.positions, rows: rows)
        }
    }

    static func issue(_ message: String, file: String, line: Int) -> ImportError {
        ImportError(issues: [ValidationIssue(message, at: SourceLocation(file: file, line: line))])
    }

    /// A piece's text, or why the file is not a CSV file Survey360 reads:
    /// not UTF-8 (``CSVText/invalid``), or characters XML cannot carry
    /// (``CSVText/forbidden``), which are listed on every line of the file.
    enum CSVText {
        case text(String)
        case invalid(ImportError)
        case forbidden([ValidationIssue])
    }

    static func decode(_ chunk: CSVChunks.Chunk, file: String) -> CSVText {
        guard var text = String(validating: chunk.bytes, as: UTF8.self) else {
            let line = invalidUTF8Line(chunk.bytes, firstLine: chunk.firstLine)
            return .invalid(issue("invalid UTF-8 on this line; save the file as UTF-8", file: file, line: line))
        }
        // At the start a byte order mark marks UTF-8; anywhere else (files
        // pasted together, a spreadsheet's odd export) it is invisible and
        // would become part of an id or a column name.
        if text.utf8.contains(0xEF), text.unicodeScalars.contains(TextCharacters.byteOrderMark) {
            text = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != TextCharacters.byteOrderMark }))
        }
        let forbidden = forbiddenCharacterIssues(text, file: file, firstLine: chunk.firstLine)
        return forbidden.isEmpty ? .text(text) : .forbidden(forbidden)
    }

    /// Reads the file piece by piece: the header, which must have every
    /// column of `required`, then each record, handed to `body` in the
    /// file's order. The pieces after the header's are decoded and read a
    /// core's worth at a time, on every core (``CSVPiece``).
    ///
    /// A file with invalid UTF-8, forbidden characters or an unclosed quote
    /// is refused with only that problem, as if its records had not been
    /// read: they cannot be read as the file's author meant them.
    private static func records(
        of chunks: inout CSVChunks, file: String, requiring required: [String], longFields: [String: Int],
        _ body: (Row) -> Void
    ) -> Result<Header, ImportError> {
        var header: Header?
        var fieldLimits: [Int] = []
        var problems: [ValidationIssue] = []
        // Once a piece has a forbidden character, the rest are only read
        // for more of them.
        var forbidden: [ValidationIssue] = []
        func problem(_ message: String, line: Int) {
            problems.append(ValidationIssue(message, at: SourceLocation(file: file, line: line)))
        }
        // The header's piece is read alone; after it, a piece per core at a
        // time (at most that many pieces are in memory).
        let piecesAtOnce = max(1, ProcessInfo.processInfo.activeProcessorCount)
        while true {
            var batch: [CSVChunks.Chunk] = []
            do {
                while batch.count < (header == nil ? 1 : piecesAtOnce), let next = try chunks.next() {
                    batch.append(next)
                }
            } catch {
                return .failure(unreadable(file))
            }
            guard !batch.isEmpty else { break }
            // Known once the last piece is read, and before CSV.swift reads
            // it: it would read the quote to the end without complaint,
            // silently swallowing every later record.
            let unclosedQuote = chunks.unclosedQuoteLine
            let isHeader = header == nil
            let readRecords = forbidden.isEmpty
            let pieces = WorkQueue.map(batch.count) { [batch] index in
                CSVPiece.read(
                    batch[index], file: file, isHeader: isHeader, requiring: required,
                    read: readRecords && (unclosedQuote == nil || index < batch.count - 1))
            }
            for (index, piece) in pieces.enumerated() {
                switch piece {
                case .refused(let error): return .failure(error)
                case .forbidden(let issues): forbidden += issues; continue
                case .blank, .unread, .records: break
                }
                guard forbidden.isEmpty else { continue }
                if let line = unclosedQuote, index == pieces.count - 1 {
                    return .failure(issue("a quoted field starts here and is never closed", file: file, line: line))
                }
                guard case .records(let found, let records) = piece else { continue }
                if let (read, duplicates) = found {
                    header = read
                    problems += duplicates
                    fieldLimits = read.columns.map { longFields[$0] ?? InputLimits.fieldCharacters }
                }
                guard let header else { continue }
                let columns = header.columns
                for (line, values) in records {
                    if values.count == 1 && trimmed(values[0]).isEmpty { continue }
                    guard values.count == columns.count else {
                        problem("\(values.count) fields, but the header has \(columns.count) columns", line: line)
                        continue
                    }
                    for (index, value) in values.enumerated() where value.utf8.count > fieldLimits[index] {
                        let length = value.count
                        if length > fieldLimits[index] {
                            problem(
                                "'\(columns[index])' is \(length) characters long, more than the \(fieldLimits[index]) allowed",
                                line: line)
                        }
                    }
                    // Once the file is known to be refused, its records are
                    // only read for their problems.
                    if problems.isEmpty { body(Row(line: line, values: values, positions: header.positions)) }
                }
            }
        }
        if !forbidden.isEmpty { return .failure(ImportError(issues: forbidden)) }
        guard let header else {
            return .failure(issue("the file is empty; it needs a header row", file: file, line: 1))
        }
        return problems.isEmpty ? .success(header) : .failure(ImportError(issues: problems))
    }

    /// The header `reader` has read, with a problem for each column named
    /// twice, or why the file cannot be read: too many columns, or one of
    /// `required` missing.
    static func header(
        of reader: CSVReader, file: String, requiring required: [String]
    ) -> Result<(Header, [ValidationIssue]), ImportError> {
        let columns = (reader.headerRow ?? []).map(trimmed)
        // Checked before any record is read: a header of 100,000 empty
        // columns would make every record gigabytes.
        guard columns.count <= InputLimits.columns else {
            return .failure(
                issue(
                    "\(columns.count) columns, more than the \(InputLimits.columns) Survey360 reads", file: file,
                    line: 1))
        }
        if let missing = required.first(where: { !columns.contains($0) }) {
            return .failure(
                issue(
                    "missing column '\(missing)' in the header; expected \(required.joined(separator: ","))",
                    file: file, line: 1))
        }
        var duplicates: [ValidationIssue] = []
        var positions: [String: Int] = [:]
        for (position, column) in columns.enumerated() {
            if positions[column] == nil {
                positions[column] = position
            } else {
                duplicates.append(
                    ValidationIssue(
                        "column '\(column)' appears twice in the header", at: SourceLocation(file: file, line: 1)))
            }
        }
        return .success((Header(columns: columns, positions: positions), duplicates))
    }

    /// One issue per line that holds a character XML cannot carry (NUL and
    /// the other control characters but tab and line breaks): stored, it
    /// would stop every report and archive of the quarter.
    private static func forbiddenCharacterIssues(_ text: String, file: String, firstLine: Int) -> [ValidationIssue] {
        guard TextCharacters.firstForbidden(in: text) != nil else { return [] }
        var issues: [ValidationIssue] = []
        var line = firstLine
        var reportedLine = 0
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previous != "\r" || scalar == "\r" {
                line += 1
            } else if !TextCharacters.isAllowed(scalar) && reportedLine != line {
                reportedLine = line
                issues.append(
                    ValidationIssue(
                        "control character \(TextCharacters.codePoint(scalar)) is not allowed; remove it",
                        at: SourceLocation(file: file, line: line)))
            }
            previous = scalar
        }
        return issues
    }

    /// Counts line breaks as a text editor does: CRLF, LF and a lone CR.
    static func lineBreaks(in field: String) -> Int {
        guard field.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return 0 }
        return field.unicodeScalars.reduce(into: (count: 0, afterCR: false)) { state, scalar in
            switch scalar {
            case "\r": state.count += 1; state.afterCR = true
            case "\n": if !state.afterCR { state.count += 1 }; state.afterCR = false
            default: state.afterCR = false
            }
        }.count
    }

    /// The line of the first byte that is not valid UTF-8.
    private static func invalidUTF8Line(_ data: Data, firstLine: Int) -> Int {
        var line = firstLine
        var start = data.startIndex
        for index in data.indices where data[index] == UInt8(ascii: "\n") {
            if String(validating: data[start...index], as: UTF8.self) == nil { return line }
            line += 1
            start = data.index(after: index)
        }
        return line
    }
}
