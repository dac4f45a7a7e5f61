import Foundation
import Logging
import PostgresNIO

/// A table's columns as a bulk insert sees them: rows travel as one JSON
/// array per batch and PostgreSQL unpacks them with `jsonb_to_recordset`,
/// so that thousands of rows cost one round trip and NULLs need no special
/// case (postgres-nio's array parameters cannot carry NULL elements).
///
/// Each row type's coding keys are its table's column names.
struct PostgreSQLTable: Sendable {
    struct Column: Sendable {
        var name: String
        /// The column's type as it travels in JSON.
        var type: String
        /// What is stored, from the travelling value `x.name`.
        var expression: String

        /// `name` as an SQL identifier: `answer_item` has a column named `column`.
        static func quoted(_ name: String) -> String { "\"\(name)\"" }

        init(_ name: String, _ type: String, stored expression: String? = nil) {
            self.name = name
            self.type = type
            self.expression = expression ?? "x.\(Self.quoted(name))"
        }
    }

    var name: String
    var columns: [Column]

    /// Rows per statement: large enough that a quarter's import is a few
    /// round trips, small enough that one message stays a few megabytes.
    static let batchSize = 5_000

    private var insertPrefix: String {
        """
        INSERT INTO \(name) (\(columns.map { Column.quoted($0.name) }.joined(separator: ", ")))
        SELECT \(columns.map(\.expression).joined(separator: ", "))
        FROM jsonb_to_recordset($1::jsonb)
            AS x(\(columns.map { "\(Column.quoted($0.name)) \($0.type)" }.joined(separator: ", ")))
        """
    }

    /// Inserts `rows` on `connection`, inside the caller's transaction, and
    /// returns how many were written: `suffix` may add an `ON CONFLICT`
    /// clause that skips some.
    @discardableResult
    func insert(
        _ rows: [some Encodable], suffix: String = "", on connection: PostgresConnection, logger: Logger
    ) async throws -> Int {
        var written = 0
        for query in try statements(
            rows, sql: { "WITH written AS (\($0) \(suffix) RETURNING 1) SELECT count(*)::bigint FROM written" })
        {
            for try await count in try await connection.query(query, logger: logger).decode(Int64.self) {
                written += Int(count)
            }
        }
        return written
    }

    /// One statement per batch of `rows`: `sql` wraps the batch's
    /// `INSERT … SELECT … FROM jsonb_to_recordset($1)` (to add `ON CONFLICT`
    /// and `RETURNING` clauses), so that callers decode what they need.
    func statements(_ rows: [some Encodable], sql: (String) -> String) throws -> [PostgresQuery] {
        let encoder = PostgreSQLRows.encoder
        return try stride(from: 0, to: rows.count, by: Self.batchSize).map { start in
            let batch = rows[start..<min(start + Self.batchSize, rows.count)]
            var bindings = PostgresBindings()
            bindings.append(String(decoding: try encoder.encode(Array(batch)), as: UTF8.self))
            return PostgresQuery(unsafeSQL: sql(insertPrefix), binds: bindings)
        }
    }
}
