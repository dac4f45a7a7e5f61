import Foundation
import FuzzSupport
import Survey360Core

@testable import Survey360Import

// The CSV reader behind `org import`, `org check`, `assignments edit` and
// `responses import`: every file HR hands in goes through `CSVTable.parse`.
// The comment column has its own, longer limit, as in a comments file.
Fuzzer.run { data in
    switch CSVTable.parse(data, file: "fuzz.csv", longFields: ["text": InputLimits.commentCharacters]) {
    case .success(let table):
        Fuzzer.require(table.columns.count <= InputLimits.columns, "more columns than the limit")
        for row in table.rows {
            Fuzzer.require(row.line >= 2, "a record before the header")
            Fuzzer.require(row.values.count == table.columns.count, "a record of another width")
            for (column, value) in zip(table.columns, row.values) {
                Fuzzer.require(TextCharacters.firstForbidden(in: value) == nil, "a forbidden character accepted")
                Fuzzer.require(!value.unicodeScalars.contains(TextCharacters.byteOrderMark), "a byte order mark kept")
                // Columns are unique in a table read, and the fast trimming
                // reads as Foundation's would.
                Fuzzer.require(row.verbatim(column) == value, "column '\(column)' reads another value")
                Fuzzer.require(
                    row[column] == value.trimmingCharacters(in: .whitespaces), "'\(value)' trimmed differently")
            }
        }
    case .failure(let error):
        Fuzzer.require(!error.issues.isEmpty, "refused without a reason")
    }
}
