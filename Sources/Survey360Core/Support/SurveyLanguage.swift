/// A language in which questionnaires, invitations and reports are written.
///
/// The tags are BCP 47, as HR directories and browsers send them; Chinese is
/// split by script because a Taipei reader and a Shanghai reader expect
/// different characters for the same words.
public enum SurveyLanguage: String, CaseIterable, Hashable, Sendable, Codable, CodingKeyRepresentable {
    case simplifiedChinese = "zh-Hans"
    case traditionalChinese = "zh-Hant"
    case english = "en"

    /// Reads a tag loosely, as directories write it (`zh-CN`, `zh_TW`, `EN`).
    ///
    /// - Returns: `nil` for a language Survey360 has no questionnaire in.
    public init?(tag: String) {
        let normalized = String(tag.lowercased().map { $0 == "_" ? "-" : $0 })
        switch normalized {
        case "zh-hans", "zh-cn", "zh-sg", "zh": self = .simplifiedChinese
        case "zh-hant", "zh-tw", "zh-hk", "zh-mo": self = .traditionalChinese
        case "en", "en-us", "en-gb": self = .english
        default: return nil
        }
    }
}
