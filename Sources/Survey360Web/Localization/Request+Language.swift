import Foundation
import Hummingbird
import Survey360Core

extension Request {
    /// The first language of the browser's `Accept-Language` that Survey360
    /// speaks, else Simplified Chinese: for pages shown before anyone is
    /// known (sign-in, a link that does not open).
    var preferredLanguage: SurveyLanguage {
        guard let header = headers[.acceptLanguage] else { return .simplifiedChinese }
        for entry in header.split(separator: ",") {
            let tag = entry.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if let language = SurveyLanguage(tag: tag) { return language }
            if tag.lowercased().hasPrefix("zh-hant") { return .traditionalChinese }
            if tag.lowercased().hasPrefix("en") { return .english }
        }
        return .simplifiedChinese
    }
}
