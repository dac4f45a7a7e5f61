import Foundation
import Survey360Core
import Survey360Storage

/// The rows the store writes in bulk, one type per table, with the table's
/// columns as ``PostgreSQLTable`` sees them. Coding keys are column names.
///
/// Values are stored as the SQLite store stores them (dates as text,
/// rules and answers as JSON text with sorted keys), so that both backends
/// hold the same representation and a copy between them is lossless.
enum PostgreSQLRows {
    /// Turns the rows' property names into their columns' names (`raterID`
    /// into `rater_id`). Rows hold no dictionaries, whose keys it would
    /// change too: JSON values travel as pre-encoded text.
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }()

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decodeJSON<Value: Decodable>(_ type: Value.Type, _ text: String) throws -> Value {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    /// Bytes as JSON carries them, for `decode(…, 'hex')`.
    static func hex(_ data: Data) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text = [UInt8]()
        text.reserveCapacity(data.count * 2)
        for byte in data {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// A date as GRDB stores it in SQLite: `yyyy-MM-dd HH:mm:ss.SSS` in UTC,
    /// the milliseconds truncated.
    static func text(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let (seconds, fraction) = milliseconds.quotientAndRemainder(dividingBy: 1000)
        let parts = utc.dateComponents(
            [.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: Double(seconds)))
        return String(
            format: "%04d-%02d-%02d %02d:%02d:%02d.%03d", parts.year!, parts.month!, parts.day!, parts.hour!,
            parts.minute!, parts.second!, Int((fraction + 1000) % 1000))
    }

    /// The date ``text(_:)`` wrote.
    static func date(_ text: String) throws -> Date {
        let fields = text.split(whereSeparator: { "- :.".contains($0) }).compactMap { Int($0) }
        guard fields.count == 7,
            let date = utc.date(
                from: DateComponents(
                    year: fields[0], month: fields[1], day: fields[2], hour: fields[3], minute: fields[4],
                    second: fields[5]))
        else { throw StorageError.corrupt("a date '\(text)' cannot be read") }
        return date.addingTimeInterval(Double(fields[6]) / 1000)
    }

    private static let utc: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        return calendar
    }()

    struct Department: Encodable {
        static let table = PostgreSQLTable(
            name: "department",
            columns: [
                .init("version", "integer"), .init("position", "integer"), .init("id", "text"), .init("name", "text"),
                .init("parent_id", "text"), .init("attributes", "text"),
            ])
        var version: Int
        var position: Int
        var id: String
        var name: String
        var parentID: String?
        /// JSON, encoded before the row is, so that its keys stay as they are.
        var attributes: String
    }

    struct Person: Encodable {
        static let table = PostgreSQLTable(
            name: "person",
            columns: [
                .init("version", "integer"), .init("position", "integer"), .init("id", "text"), .init("name", "text"),
                .init("email", "text"),
                .init("department_id", "text"), .init("manager_id", "text"), .init("title", "text"),
                .init("hire_date", "text"), .init("status", "text"), .init("language", "text"),
                .init("attributes", "text"),
            ])
        var version: Int
        var position: Int
        var id: String
        var name: String
        var email: String
        var departmentID: String
        var managerID: String?
        var title: String
        var hireDate: String?
        var status: String
        var language: String?
        /// JSON, encoded before the row is, so that its keys stay as they are.
        var attributes: String
    }

    struct ServiceRelation: Encodable {
        static let table = PostgreSQLTable(
            name: "service_relation",
            columns: [
                .init("version", "integer"), .init("position", "integer"), .init("provider_id", "text"),
                .init("customer_id", "text"),
            ])
        var version: Int
        var position: Int
        var providerID: String
        var customerID: String
    }

    struct ProcessStage: Encodable {
        static let table = PostgreSQLTable(
            name: "process_stage",
            columns: [
                .init("version", "integer"), .init("position", "integer"), .init("process_id", "text"),
                .init("process_name", "text"),
                .init("step", "integer"), .init("department_id", "text"), .init("person_ids", "text"),
            ])
        var version: Int
        var position: Int
        var processID: String
        var processName: String
        var step: Int
        var departmentID: String
        /// JSON, like ``Department/attributes``.
        var personIDs: String?

        enum CodingKeys: String, CodingKey {
            case version, position, step, processID, processName, departmentID
            case personIDs = "person_ids"
        }
    }

    struct Assignment: Encodable {
        static let table = PostgreSQLTable(
            name: "assignment",
            columns: [
                .init("campaign_id", "text"), .init("ratee_id", "text"), .init("rater_id", "text"),
                .init("rater_group", "text"),
            ])
        var campaignID: String
        var rateeID: String
        var raterID: String
        var raterGroup: String
    }

    struct Invitation: Encodable {
        static let table = PostgreSQLTable(
            name: "invitation",
            columns: [
                .init("token_hash", "text", stored: "decode(x.token_hash, 'hex')"), .init("campaign_id", "text"),
                .init("rater_id", "text"),
            ])
        /// Hexadecimal, because JSON has no bytes.
        var tokenHash: String
        var campaignID: String
        var raterID: String

        init(_ invitation: Survey360Storage.Invitation) {
            tokenHash = hex(invitation.tokenHash)
            campaignID = invitation.campaignID.rawValue
            raterID = invitation.raterID.rawValue
        }
    }

    /// A questionnaire's row of `answer_sheet`: its ratings one byte per
    /// item column (see ``PostgreSQLAnswerColumns``).
    struct AnswerSheet: Encodable {
        static let table = PostgreSQLTable(
            name: "answer_sheet",
            columns: [
                .init("campaign_id", "text"), .init("ratee_id", "text"), .init("rater_id", "text"),
                .init("submitted", "boolean"), .init("ratings", "text", stored: "decode(x.ratings, 'hex')"),
            ])
        var campaignID: String
        var rateeID: String
        var raterID: String
        var submitted: Bool
        /// Hexadecimal, because JSON has no bytes.
        var ratings: String
    }

    /// An answered open question: a row of `answer_comment`.
    struct AnswerComment: Encodable {
        static let table = PostgreSQLTable(
            name: "answer_comment",
            columns: [
                .init("campaign_id", "text"), .init("ratee_id", "text"), .init("rater_id", "text"),
                .init("question_id", "text"), .init("text", "text"),
            ])
        var campaignID: String
        var rateeID: String
        var raterID: String
        var questionID: String
        var text: String
    }

    struct AuditEvent: Encodable {
        static let table = PostgreSQLTable(
            name: "audit_event",
            columns: [
                .init("campaign_id", "text"), .init("actor", "text"), .init("action", "text"),
                .init("detail", "text"), .init("date", "text"),
            ])
        var campaignID: String
        var actor: String
        var action: String
        var detail: String
        var date: String

        init(_ event: Survey360Storage.AuditEvent) {
            campaignID = event.campaignID.rawValue
            actor = event.actor
            action = event.action
            detail = event.detail
            date = text(event.date)
        }
    }
}
