import Foundation
import GRDB
import Survey360Storage

/// Every table of the SQLite schema, read and written whole for `store copy`.
extension SQLiteStore: TableStore {
    package func exportTables() async throws -> [StoredTable] {
        try await writer.read { db in
            try Self.tableNames(db).map { name in
                let columns = try db.columns(in: name).map(\.name)
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(name.quotedDatabaseIdentifier)").map { row in
                    Array(row.databaseValues.map(Self.storedValue))
                }
                return StoredTable(name: name, columns: columns, rows: rows)
            }
        }
    }

    package func importTables(_ tables: [StoredTable]) async throws {
        try await writer.write { db in
            let names = try Self.tableNames(db)
            for name in names
            where try Int.fetchOne(db, sql: "SELECT count(*) FROM \(name.quotedDatabaseIdentifier)") != 0 {
                throw StorageError.conflict("The target is not empty: its table '\(name)' has rows")
            }
            for table in tables {
                guard names.contains(table.name),
                    Set(try db.columns(in: table.name).map(\.name)) == Set(table.columns)
                else {
                    throw StorageError.conflict(
                        "The target's table '\(table.name)' differs from the source's: are both the same version?")
                }
                let columns = table.columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
                let placeholders = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
                let statement = try db.cachedStatement(
                    sql: "INSERT INTO \(table.name.quotedDatabaseIdentifier) (\(columns)) VALUES (\(placeholders))")
                for row in table.rows {
                    try statement.execute(arguments: StatementArguments(row.map(Self.databaseValue)))
                }
            }
        }
    }

    /// Survey360's tables: SQLite's own and GRDB's migration log aside.
    private static func tableNames(_ db: Database) throws -> [String] {
        try String.fetchAll(
            db,
            sql: """
                SELECT name FROM sqlite_master WHERE type = 'table'
                AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations' ORDER BY name
                """)
    }

    private static func storedValue(_ value: DatabaseValue) -> StoredValue {
        switch value.storage {
        case .null: .null
        case .int64(let integer): .integer(integer)
        case .double(let real): .real(real)
        case .string(let text): .text(text)
        case .blob(let blob): .blob(blob)
        }
    }

    private static func databaseValue(_ value: StoredValue) -> DatabaseValue {
        switch value {
        case .null: .null
        case .integer(let integer): integer.databaseValue
        case .real(let real): real.databaseValue
        case .text(let text): text.databaseValue
        case .blob(let blob): blob.databaseValue
        }
    }
}
