import ArgumentParser
import Foundation
import Survey360Core

/// A campaign file: JSON that overrides any of a campaign's defaults.
///
/// ```json
/// { "title": "Q4 survey", "language": "zh-Hant",
///   "rules": { "maximumQuestionnairesPerRater": 10, "hiredAfter": "2026-10-01" },
///   "policy": { "othersWeighting": "balanced" } }
/// ```
///
/// The file is laid over the defaults key by key, so it names only what
/// differs; a key the campaign does not have is refused rather than ignored,
/// because a misspelt threshold silently left at its default would weaken
/// confidentiality without anyone noticing.
enum CampaignFile {
    /// Settings that may be absent from the defaults because they default
    /// to nothing.
    private static let optionalKeys: Set<String> = ["hiredAfter"]

    static func apply(_ url: URL, to campaign: Campaign) throws -> Campaign {
        let name = url.lastPathComponent
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw CommandFailure("Cannot read the campaign file '\(url.path)'")
        }
        let overrides: Any
        do {
            overrides = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw CommandFailure("The campaign file '\(name)' is not valid JSON")
        }
        let encoder = JSONEncoder()
        let defaults = try JSONSerialization.jsonObject(with: encoder.encode(campaign))
        let merged = try merge(overrides, over: defaults, path: "", file: name)
        do {
            return try JSONDecoder().decode(Campaign.self, from: JSONSerialization.data(withJSONObject: merged))
        } catch let DecodingError.dataCorrupted(context), let DecodingError.typeMismatch(_, context) {
            let key = context.codingPath.map(\.stringValue).joined(separator: ".")
            throw CommandFailure("The campaign file '\(name)' has an invalid value for '\(key)'")
        }
    }

    private static func merge(_ override: Any, over base: Any, path: String, file: String) throws -> Any {
        guard let overrideObject = override as? [String: Any], let baseObject = base as? [String: Any] else {
            return override
        }
        var result = baseObject
        for (key, value) in overrideObject {
            let keyPath = path.isEmpty ? key : "\(path).\(key)"
            if path.isEmpty && (key == "id" || key == "state") {
                throw CommandFailure("The campaign file '\(file)' cannot set '\(key)'; it is the campaign's own")
            }
            if isMap(path) {
                guard RaterGroup(rawValue: key) != nil else {
                    throw CommandFailure("The campaign file '\(file)' names an unknown group '\(keyPath)'")
                }
                result[key] = value
                continue
            }
            guard let existing = baseObject[key] else {
                guard optionalKeys.contains(key) else {
                    throw CommandFailure("The campaign file '\(file)' has an unknown setting '\(keyPath)'")
                }
                result[key] = value
                continue
            }
            result[key] = try merge(value, over: existing, path: keyPath, file: file)
        }
        return result
    }

    /// Per-group maps are merged group by group; their keys are groups.
    private static func isMap(_ path: String) -> Bool {
        path.hasSuffix("minimumRaters") || path.hasSuffix("maximumRaters")
    }
}
