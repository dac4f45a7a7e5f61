import Foundation

/// One value of a table row, in the few kinds both backends store: what
/// `store copy` carries from one database to the other. Booleans are
/// integers 0 and 1, as SQLite keeps them.
package enum StoredValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)
}

/// A table of Survey360's schema with all its rows, as `store copy` moves it.
package struct StoredTable: Hashable, Sendable {
    package var name: String
    package var columns: [String]
    package var rows: [[StoredValue]]

    package init(name: String, columns: [String], rows: [[StoredValue]]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }
}

/// A store whose tables can be read and written whole: the SQLite and the
/// PostgreSQL store, which hold the same tables under the same names, so
/// that a store moves between them table by table without knowing what the
/// tables mean (a table added later moves too).
package protocol TableStore: Sendable {
    /// Every table of the schema (migration bookkeeping aside), read in one
    /// consistent snapshot.
    func exportTables() async throws -> [StoredTable]
    /// Writes `tables` in one transaction.
    ///
    /// - Throws: ``StorageError`` `.conflict` if any table already has rows,
    ///   or if the tables or their columns are not this store's.
    func importTables(_ tables: [StoredTable]) async throws
}
