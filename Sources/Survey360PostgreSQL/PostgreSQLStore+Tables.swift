import Foundation
import PostgresNIO
import Survey360Storage

/// Every table of the PostgreSQL schema, read and written whole for
/// `store copy`. Values travel as SQLite holds them (see
/// ``PostgreSQLMigrations``): booleans as 0 and 1, `bytea` as blobs.
extension PostgreSQLStore: TableStore {
    package func exportTables() async throws -> [StoredTable] {
        try await database.snapshot { connection in
            var tables: [StoredTable] = []
            for (name, columns) in try await Self.schema(on: connection, logger: Self.logger) {
                let select = columns.map { "\"\($0.name)\"::text" }.joined(separator: ", ")
                var rows: [[StoredValue]] = []
                for try await row in try await connection.query(
                    PostgresQuery(unsafeSQL: "SELECT \(select) FROM \"\(name)\""), logger: Self.logger)
                {
                    let cells = row.makeRandomAccess()
                    rows.append(
                        try columns.indices.map { index in
                            try Self.storedValue(try cells[index].decode(String?.self), type: columns[index].type)
                        })
                }
                tables.append(StoredTable(name: name, columns: columns.map(\.name), rows: rows))
            }
            return tables
        }
    }

    package func importTables(_ tables: [StoredTable]) async throws {
        try await database.write { connection in
            let schema = try await Self.schema(on: connection, logger: Self.logger)
            for (name, _) in schema {
                let rows = try await connection.query(
                    PostgresQuery(unsafeSQL: "SELECT 1 FROM \"\(name)\" LIMIT 1"), logger: Self.logger
                ).collect()
                guard rows.isEmpty else {
                    throw StorageError.conflict("The target is not empty: its table '\(name)' has rows")
                }
            }
            for table in tables {
                guard let columns = schema.first(where: { $0.name == table.name })?.columns,
                    Set(columns.map(\.name)) == Set(table.columns)
                else {
                    throw StorageError.conflict(
                        "The target's table '\(table.name)' differs from the source's: are both the same version?")
                }
                let types = Dictionary(uniqueKeysWithValues: columns.map { ($0.name, $0.type) })
                let target = PostgreSQLTable(
                    name: table.name,
                    columns: table.columns.map { column in
                        types[column] == "bytea"
                            ? .init(column, "text", stored: "decode(x.\(PostgreSQLTable.Column.quoted(column)), 'hex')")
                            : .init(column, types[column] ?? "text")
                    })
                try await target.insert(
                    table.rows.map { TravellingRow(columns: table.columns, types: types, values: $0) },
                    on: connection, logger: Self.logger)
            }
            // Rows came with their positions: serial columns must go on from
            // the largest, or the next campaign would take a used one.
            for (name, columns) in schema {
                for column in columns where column.isSerial {
                    try await connection.query(
                        PostgresQuery(
                            unsafeSQL: """
                                SELECT setval(pg_get_serial_sequence('\(name)', '\(column.name)'),
                                    coalesce(max("\(column.name)"), 0) + 1, false) FROM "\(name)"
                                """), logger: Self.logger)
                }
            }
        }
    }

    private struct Column {
        var name: String
        var type: String
        var isSerial: Bool
    }

    /// Survey360's tables and their columns, the migration log aside.
    private static func schema(on connection: PostgresConnection, logger: Logger) async throws
        -> [(name: String, columns: [Column])]
    {
        var schema: [(name: String, columns: [Column])] = []
        for try await (table, column, type, serial) in try await connection.query(
            """
            SELECT c.table_name::text, c.column_name::text, c.data_type::text,
                coalesce(c.column_default LIKE 'nextval(%', false)
            FROM information_schema.columns c JOIN information_schema.tables t
                ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
                AND c.table_name <> 'survey360_migration'
            ORDER BY c.table_name, c.ordinal_position
            """, logger: Self.logger
        ).decode((String, String, String, Bool).self) {
            let entry = Column(name: column, type: type, isSerial: serial)
            if schema.last?.name == table {
                schema[schema.count - 1].columns.append(entry)
            } else {
                schema.append((table, [entry]))
            }
        }
        return schema
    }

    /// A value read as text, back in the kind SQLite would hold.
    private static func storedValue(_ text: String?, type: String) throws -> StoredValue {
        guard let text else { return .null }
        switch type {
        case "integer", "bigint", "smallint":
            guard let integer = Int64(text) else { throw StorageError.corrupt("'\(text)' is not an integer") }
            return .integer(integer)
        case "boolean": return .integer(text == "true" ? 1 : 0)
        case "double precision", "real", "numeric":
            guard let real = Double(text) else { throw StorageError.corrupt("'\(text)' is not a number") }
            return .real(real)
        case "bytea": return .blob(try hexData(text.dropFirst(2)))
        default: return .text(text)
        }
    }

    private static func hexData(_ hex: Substring) throws -> Data {
        var data = Data(capacity: hex.count / 2)
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2, limitedBy: hex.endIndex) ?? hex.endIndex
            guard let byte = UInt8(hex[index..<next], radix: 16) else {
                throw StorageError.corrupt("a blob is not hexadecimal")
            }
            data.append(byte)
            index = next
        }
        return data
    }
}

/// A row of any table on its way into ``PostgreSQLTable/insert``: a JSON
/// object from column names to values of the kind each column takes.
private struct TravellingRow: Encodable {
    var columns: [String]
    var types: [String: String]
    var values: [StoredValue]

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        for (column, value) in zip(columns, values) {
            let key = Key(stringValue: column)
            switch value {
            case .null: try container.encodeNil(forKey: key)
            case .integer(let integer) where types[column] == "boolean": try container.encode(integer != 0, forKey: key)
            case .integer(let integer): try container.encode(integer, forKey: key)
            case .real(let real): try container.encode(real, forKey: key)
            case .text(let text): try container.encode(text, forKey: key)
            case .blob(let blob): try container.encode(PostgreSQLRows.hex(blob), forKey: key)
            }
        }
    }
}
