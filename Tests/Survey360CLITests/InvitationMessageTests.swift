import Foundation
import Testing

@testable import Survey360CLI

@Suite struct InvitationMessageTests {
    /// The `Date:` header as RFC 5322 writes it, the same as
    /// `DateFormatter` writes it in the POSIX locale and UTC, for dates
    /// around the edges of days, months and leap years.
    @Test func theDateIsWrittenAsRFC5322WritesIt() {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        var random = SystemRandomNumberGenerator()
        let fixed: [TimeInterval] = [0, 951_782_400, 951_868_799.999, 1_798_761_599.5, 1_796_164_200, 4_102_444_800]
        // To the millisecond: ICU rounds a date to milliseconds before it
        // formats it, so 26.9996 s is ":27" to it and ":26" to the header,
        // which, like a clock, shows the seconds begun.
        let dates =
            fixed
            + (0..<200).map { _ in TimeInterval(Int.random(in: 0..<4_102_444_800_000, using: &random)) / 1000 }
        for seconds in dates {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(InvitationMessage.rfc5322Date(date) == formatter.string(from: date), "\(seconds)")
        }
        #expect(
            InvitationMessage.rfc5322Date(Date(timeIntervalSince1970: 1_796_164_200))
                == "Tue, 01 Dec 2026 22:30:00 +0000")
    }

    @Test func theBodyHasCRLFLineEnds() throws {
        let message = InvitationMessage(
            from: "hr@example.org", toName: "王小明", toAddress: "p1@example.org", subject: "Survey",
            body: "Dear 王小明,\n\nplease answer.\n", date: Date(timeIntervalSince1970: 0), messageID: "1@survey360")
        let encoded = try #require(message.rfc5322.components(separatedBy: "\r\n\r\n").last)
        let body = try #require(Data(base64Encoded: encoded, options: .ignoreUnknownCharacters))
        #expect(String(decoding: body, as: UTF8.self) == "Dear 王小明,\r\n\r\nplease answer.\r\n")
        #expect(message.rfc5322.contains("\r\nDate: Thu, 01 Jan 1970 00:00:00 +0000\r\n"))
    }
}
