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
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        let headers = [
            "From: \(from)",
            "To: \(Self.encodedWord(toName)) <\(toAddress)>",
            "Subject: \(Self.encodedWord(subject))",
            "Date: \(formatter.string(from: date))",
            "Message-ID: <\(messageID)>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: base64",
        ]
        let encodedBody = Data(body.replacingOccurrences(of: "\n", with: "\r\n").utf8)
            .base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + encodedBody + "\r\n"
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
