import Crypto
import Foundation

/// Moves a whole store into an empty one, then proves the two hold the same:
/// the same tables, each with the same number of rows and the same SHA-256
/// over its rows.
///
/// The source is read in one snapshot and the target written in one
/// transaction, so a failure leaves the target empty. The whole store is held
/// in memory while it moves: about the size of the SQLite file.
package enum StoreCopy {
    /// What one table looks like on both sides after the copy.
    package struct TableSummary: Hashable, Sendable {
        package var name: String
        package var rows: Int
        /// SHA-256, in hexadecimal, over the rows in a canonical order.
        package var checksum: String
    }

    /// Copies `source` into `target` and returns the tables' summaries.
    ///
    /// - Throws: ``StorageError`` `.conflict` if the target is not empty, or
    ///   `.corrupt` if the target, read back, differs from the source.
    package static func copy(from source: any TableStore, to target: any TableStore) async throws -> [TableSummary] {
        let tables = try await source.exportTables()
        try await target.importTables(tables)
        let expected = summaries(of: tables)
        let copied = summaries(of: try await target.exportTables())
        guard copied == expected else {
            let differing = Set(expected).symmetricDifference(copied).map(\.name)
            throw StorageError.corrupt(
                "after the copy, the target differs from the source in "
                    + Set(differing).sorted().joined(separator: ", "))
        }
        return expected
    }

    /// Counts and checksums of `tables`, by table name.
    package static func summaries(of tables: [StoredTable]) -> [TableSummary] {
        tables.map { table in
            let encoded = table.rows.map(encode).sorted { $0.lexicographicallyPrecedes($1) }
            var hash = SHA256()
            hash.update(data: Data(table.columns.joined(separator: ",").utf8))
            for row in encoded { hash.update(data: row) }
            let checksum = hash.finalize().map { String(format: "%02x", $0) }.joined()
            return TableSummary(name: table.name, rows: table.rows.count, checksum: checksum)
        }.sorted { $0.name < $1.name }
    }

    /// A row as unambiguous bytes: each value tagged with its kind and length.
    private static func encode(_ row: [StoredValue]) -> Data {
        var data = Data()
        func append(_ tag: UInt8, _ bytes: Data) {
            data.append(tag)
            withUnsafeBytes(of: UInt64(bytes.count).bigEndian) { data.append(contentsOf: $0) }
            data.append(bytes)
        }
        for value in row {
            switch value {
            case .null: append(0, Data())
            case .integer(let integer): append(1, Data(String(integer).utf8))
            case .real(let real): append(2, Data(String(real).utf8))
            case .text(let text): append(3, Data(text.utf8))
            case .blob(let blob): append(4, blob)
            }
        }
        return data
    }
}
