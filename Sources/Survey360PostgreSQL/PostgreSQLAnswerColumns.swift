import Foundation
import PostgresNIO
import Survey360Core
import Survey360Storage

/// The item of each byte of a campaign's `answer_sheet.ratings`: rows of
/// `answer_item`, numbered in the order the items were first stored, exactly
/// as SQLite's `AnswerColumns` numbers them, so that both backends hold the
/// same bytes for the same writes.
///
/// A sheet's bytes are as many as the columns were when it was written;
/// bytes past its end are "not answered", so that a new item never rewrites
/// old sheets.
struct PostgreSQLAnswerColumns {
    let campaign: CampaignID
    private(set) var items: [ItemID] = []
    private var columnOf: [ItemID: Int] = [:]

    /// The columns stored so far for `campaign`.
    static func load(_ campaign: CampaignID, on connection: PostgresConnection, logger: Logger) async throws
        -> Self
    {
        var columns = Self(campaign: campaign)
        try await columns.reload(on: connection, logger: logger)
        return columns
    }

    private init(campaign: CampaignID) {
        self.campaign = campaign
    }

    private mutating func reload(on connection: PostgresConnection, logger: Logger) async throws {
        items = []
        for try await item in try await connection.query(
            #"SELECT item_id FROM answer_item WHERE campaign_id = \#(campaign.rawValue) ORDER BY "column""#,
            logger: logger
        ).decode(String.self) {
            items.append(ItemID(item))
        }
        columnOf = Dictionary(uniqueKeysWithValues: items.enumerated().map { ($1, $0) })
    }

    /// Adds a column for every item of `responses` not seen before: for each
    /// response in turn, its new items in order, as SQLite does.
    ///
    /// Servers writing the first answers of a campaign at once would number
    /// the same items twice, so the numbering is serialised per campaign by
    /// an advisory lock held to the end of the transaction, and re-read under
    /// it. Once a campaign's items are stored (after its first answer) no
    /// write takes the lock.
    mutating func add(itemsOf responses: [Response], on connection: PostgresConnection, logger: Logger)
        async throws
    {
        guard responses.contains(where: { $0.ratings.keys.contains { columnOf[$0] == nil } }) else { return }
        try await connection.query(
            "SELECT pg_advisory_xact_lock(360361, hashtext(\(campaign.rawValue)))", logger: logger)
        try await reload(on: connection, logger: logger)
        var added: [String] = []
        for response in responses {
            for item in response.ratings.keys.filter({ columnOf[$0] == nil }).sorted() {
                columnOf[item] = items.count
                items.append(item)
                added.append(item.rawValue)
            }
        }
        guard !added.isEmpty else { return }
        let first = items.count - added.count
        try await connection.query(
            #"""
            INSERT INTO answer_item (campaign_id, "column", item_id)
            SELECT \#(campaign.rawValue), \#(first) + ordinality - 1, item
            FROM unnest(\#(added)::text[]) WITH ORDINALITY AS added(item, ordinality)
            """#, logger: logger)
    }

    /// The bytes of `ratings`, whose items ``add(itemsOf:on:logger:)`` has
    /// given columns.
    ///
    /// - Throws: ``StorageError`` `.invalid` for a rating no byte holds.
    func bytes(of ratings: [ItemID: Answer]) throws -> Data {
        var codes = [Int8](repeating: AnswerTable.notAnswered, count: items.count)
        for (item, rating) in ratings {
            guard let code = AnswerTable.code(for: rating), let column = columnOf[item] else {
                throw StorageError.invalid(AnswerTable.ratingOutOfRange)
            }
            codes[column] = code
        }
        return codes.withUnsafeBytes { Data($0) }
    }

    /// The ratings of a sheet's bytes.
    func ratings(of bytes: Data) -> [ItemID: Answer] {
        var ratings: [ItemID: Answer] = [:]
        for (column, byte) in bytes.prefix(items.count).enumerated() {
            ratings[items[column]] = AnswerTable.answer(for: Int8(bitPattern: byte))
        }
        return ratings
    }
}
