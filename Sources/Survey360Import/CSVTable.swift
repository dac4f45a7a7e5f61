import CSV
import Foundation
import Survey360Core

/// A CSV file read whole, with the line on which each record starts.
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

    /// `value` without the spaces and tabs around it. Most values have none,
    /// and looking at the two ends costs far less than Foundation's
    /// trimming, which copies the string through UTF-16.
    static func trimmed(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last,
            CharacterSet.whitespaces.contains(first) || CharacterSet.whitespaces.contains(last)
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
    /// keeping them: a quarter's answer file has millions of records.
    ///
    /// `body` may have seen records when a later one turns out wrong; the
    /// file is then refused whole, and the caller drops what it gathered.
    static func forEachRow(
        in url: URL, requiring columns: [String], longFields: [String: Int] = [:],
        maximumBytes: Int = InputLimits.fileBytes, _ body: (Row) -> Void
    ) throws(ImportError) -> Header {
        let file = url.lastPathComponent
        // In a scope of its own, so that the file's bytes are released once
        // they are a string.
        let text = try decode(try contents(of: url, maximumBytes: maximumBytes).get(), file: file).get()
        return try records(of: text, file: file, requiring: columns, longFields: longFields, body).get()
    }

    /// The bytes of the CSV file at `url`, refused unread past
    /// `maximumBytes`.
    static func contents(of url: URL, maximumBytes: Int = InputLimits.fileBytes) -> Result<Data, ImportError> {
        let location = SourceLocation(file: url.lastPathComponent, line: 0)
        let size = (try? url.resourceValues(forKeys: [.fileSizeKey]))?.fileSize ?? 0
        guard size <= maximumBytes else {
            return .failure(
                ImportError(issues: [
                    ValidationIssue(
                        "file is larger than \(maximumBytes >> 20) MB, the most Survey360 reads",
                        at: location)
                ]))
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(ImportError(issues: [ValidationIssue("file cannot be read", at: location)]))
        }
        return .success(data)
    }

    /// Reads `data` as the file named `file`.
    ///
    /// - Parameter longFields: Columns allowed past
    ///   ``InputLimits/fieldCharacters``, with their own limit.
    /// - Returns: The table, or every problem that prevents reading it.
    static func parse(_ data: Data, file: String, longFields: [String: Int] = [:]) -> Result<CSVTable, ImportError> {
        decode(data, file: file).flatMap { text in
            var rows: [Row] = []
            return records(of: text, file: file, requiring: [], longFields: longFields) { rows.append($0) }.map {
                CSVTable(file: file, columns: $0.columns, positions: $0.positions, rows: rows)
            }
        }
    }

    private static func issue(_ message: String, file: String, line: Int) -> ImportError {
        ImportError(issues: [ValidationIssue(message, at: SourceLocation(file: file, line: line))])
    }

    /// The file's text, or why it is not a CSV file Survey360 reads: not
    /// UTF-8, a character XML cannot carry, a quote never closed, nothing
    /// but blanks.
    private static func decode(_ data: Data, file: String) -> Result<String, ImportError> {
        guard var text = String(validating: data, as: UTF8.self) else {
            let line = invalidUTF8Line(data)
            return .failure(issue("invalid UTF-8 on this line; save the file as UTF-8", file: file, line: line))
        }
        // At the start a byte order mark marks UTF-8; anywhere else (files
        // pasted together, a spreadsheet's odd export) it is invisible and
        // would become part of an id or a column name.
        if text.utf8.contains(0xEF), text.unicodeScalars.contains(TextCharacters.byteOrderMark) {
            text = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != TextCharacters.byteOrderMark }))
        }
        let forbidden = forbiddenCharacterIssues(text, file: file)
        if !forbidden.isEmpty { return .failure(ImportError(issues: forbidden)) }
        if let line = unterminatedQuoteLine(text) {
            return .failure(issue("a quoted field starts here and is never closed", file: file, line: line))
        }
        guard text.unicodeScalars.contains(where: { !CharacterSet.whitespacesAndNewlines.contains($0) }) else {
            return .failure(issue("the file is empty; it needs a header row", file: file, line: 1))
        }
        return .success(text)
    }

    /// Reads the header, which must have every column of `required`, then
    /// hands each record to `body`.
    private static func records(
        of text: String, file: String, requiring required: [String], longFields: [String: Int],
        _ body: (Row) -> Void
    ) -> Result<Header, ImportError> {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            return .failure(issue("the header row cannot be read", file: file, line: 1))
        }
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
        let fieldLimits = columns.map { longFields[$0] ?? InputLimits.fieldCharacters }
        var problems: [ValidationIssue] = []
        func problem(_ message: String, line: Int) {
            problems.append(ValidationIssue(message, at: SourceLocation(file: file, line: line)))
        }
        var positions: [String: Int] = [:]
        for (position, column) in columns.enumerated() {
            if positions[column] == nil {
                positions[column] = position
            } else {
                problem("column '\(column)' appears twice in the header", line: 1)
            }
        }
        var line = 2
        while let values = reader.next() {
            defer { line += 1 + values.reduce(0) { $0 + lineBreaks(in: $1) } }
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
            // Once the file is known to be refused, its records are only
            // read for their problems.
            if problems.isEmpty { body(Row(line: line, values: values, positions: positions)) }
        }
        return problems.isEmpty
            ? .success(Header(columns: columns, positions: positions)) : .failure(ImportError(issues: problems))
    }

    /// One issue per line that holds a character XML cannot carry (NUL and
    /// the other control characters but tab and line breaks): stored, it
    /// would stop every report and archive of the quarter.
    private static func forbiddenCharacterIssues(_ text: String, file: String) -> [ValidationIssue] {
        guard TextCharacters.firstForbidden(in: text) != nil else { return [] }
        var issues: [ValidationIssue] = []
        var line = 1
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
    private static func lineBreaks(in field: String) -> Int {
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
    private static func invalidUTF8Line(_ data: Data) -> Int {
        var line = 1
        var start = data.startIndex
        for index in data.indices where data[index] == UInt8(ascii: "\n") {
            if String(validating: data[start...index], as: UTF8.self) == nil { return line }
            line += 1
            start = data.index(after: index)
        }
        return line
    }

    /// The line on which an unclosed quoted field opens, if any.
    ///
    /// CSV.swift reads an unclosed quote to the end of the file without
    /// complaint, which would silently swallow every later record.
    ///
    /// Quotes and line breaks are ASCII, and no byte of a longer UTF-8
    /// sequence is, so the bytes are read rather than the characters.
    private static func unterminatedQuoteLine(_ text: String) -> Int? {
        var line = 1
        var quoteOpenedOn: Int?
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") {
                quoteOpenedOn = quoteOpenedOn == nil ? line : nil
            } else if byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r") || byte == UInt8(ascii: "\r") {
                line += 1
            }
            previous = byte
        }
        return quoteOpenedOn
    }
}
