import Foundation
import GRDB
import Survey360Core
import Survey360Storage

/// The item of each byte of a campaign's `answer_sheet.ratings`: rows of
/// `answer_item`, numbered in the order the items were first stored.
///
/// A sheet's blob is as long as the columns were when it was written; bytes
/// past its end are "not answered", so that a new item never rewrites old
/// sheets.
struct AnswerColumns {
    let campaign: CampaignID
    private(set) var items: [ItemID]
    private var columnOf: [ItemID: Int]

    /// The columns stored so far for `campaign`.
    init(of campaign: CampaignID, _ db: Database) throws {
        self.campaign = campaign
        items = try String.fetchAll(
            db, sql: #"SELECT item_id FROM answer_item WHERE campaign_id = ? ORDER BY "column""#,
            arguments: [campaign.rawValue]
        ).map { ItemID($0) }
        columnOf = Dictionary(uniqueKeysWithValues: items.enumerated().map { ($1, $0) })
    }

    /// The blob of `ratings`, adding a column for each item not seen before.
    ///
    /// - Throws: ``StorageError`` `.invalid` for a rating no byte holds.
    mutating func blob(of ratings: [ItemID: Answer], _ db: Database) throws -> Data {
        let unseen = ratings.keys.filter { columnOf[$0] == nil }
        for item in unseen.sorted() {
            columnOf[item] = items.count
            try db.execute(
                sql: #"INSERT INTO answer_item (campaign_id, "column", item_id) VALUES (?, ?, ?)"#,
                arguments: [campaign.rawValue, items.count, item.rawValue])
            items.append(item)
        }
        var codes = [Int8](repeating: AnswerTable.notAnswered, count: items.count)
        for (item, rating) in ratings {
            guard let code = AnswerTable.code(for: rating) else {
                throw StorageError.invalid(AnswerTable.ratingOutOfRange)
            }
            codes[columnOf[item]!] = code
        }
        return codes.withUnsafeBytes { Data($0) }
    }

    /// The ratings of a blob.
    func ratings(of blob: Data) -> [ItemID: Answer] {
        var ratings: [ItemID: Answer] = [:]
        for (column, byte) in blob.prefix(items.count).enumerated() {
            ratings[items[column]] = AnswerTable.answer(for: Int8(bitPattern: byte))
        }
        return ratings
    }
}
