import Foundation

/// One invitation as an RFC 5322 message (`.eml`), which any mail client
/// opens and any mail-merge tool sends.
///
/// Headers with Chinese text use RFC 2047 encoded words and the body is
/// base64 UTF-8, so that the message survives any mail relay unchanged.
struct InvitationMessage {
    let from: String
    let toName: String
    let toAddress: String
    let subject: String
    let body: String
    let date: Date
    let messageID: String

    var rfc5322: String {
        let headers = [
            "From: \(from)",
            "To: \(Self.encodedWord(toName)) <\(toAddress)>",
            "Subject: \(Self.encodedWord(subject))",
            "Date: \(Self.rfc5322Date(date))",
            "Message-ID: <\(messageID)>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: base64",
        ]
        let crlfBody = body.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
        let encodedBody = Data(crlfBody.utf8)
            .base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + encodedBody + "\r\n"
    }

    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `date` in UTC as RFC 5322 writes it, `Tue, 01 Dec 2026 22:30:00 +0000`,
    /// from the Gregorian calendar's fields: a `DateFormatter` made for each
    /// message (ICU builds its formatter anew) was 28% of a launch's time.
    static func rfc5322Date(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
        func two(_ value: Int?) -> String {
            let value = value ?? 0
            return value < 10 ? "0\(value)" : String(value)
        }
        return "\(weekdays[(parts.weekday ?? 1) - 1]), \(two(parts.day)) \(months[(parts.month ?? 1) - 1]) "
            + "\(parts.year ?? 0) \(two(parts.hour)):\(two(parts.minute)):\(two(parts.second)) +0000"
    }

    /// An RFC 2047 encoded word for non-ASCII text; ASCII text as it is,
    /// quoted if it holds characters that are special in an address.
    static func encodedWord(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 32 }) {
            let special = CharacterSet(charactersIn: "()<>[]:;@\\,.\"")
            return text.unicodeScalars.contains(where: special.contains)
                ? "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                    + "\""
                : text
        }
        // An encoded word may not exceed 75 characters: 45 bytes of UTF-8
        // become 60 of base64, plus 12 of framing. Chunks end on character
        // boundaries, and long headers fold onto continuation lines.
        var chunks: [String] = []
        var current = ""
        for character in text {
            if current.utf8.count + String(character).utf8.count > 45 {
                chunks.append(current)
                current = ""
            }
            current.append(character)
        }
        chunks.append(current)
        return chunks.map { "=?UTF-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: "\r\n ")
    }
}
