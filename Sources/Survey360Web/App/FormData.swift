import Foundation
import Hummingbird

/// The fields of an `application/x-www-form-urlencoded` body.
///
/// Questionnaire forms have one field per item (`item.<id>`), whose names are
/// only known from the questionnaire, so the fields are read as a list of
/// pairs rather than decoded into a fixed type.
struct FormData: Sendable {
    private(set) var fields: [(name: String, value: String)] = []

    init(_ body: String) {
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]) else { continue }
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            if let value { fields.append((name, value)) }
        }
    }

    /// The first value of `name`.
    subscript(name: String) -> String? {
        fields.first { $0.name == name }?.value
    }

    /// Reads a request's form body, refusing more than `limit` bytes.
    ///
    /// - Throws: `HTTPError(.contentTooLarge)` past the limit.
    static func read(_ request: Request, limit: Int) async throws -> FormData {
        let buffer = try await request.body.collect(upTo: limit)
        return FormData(String(buffer: buffer))
    }

    private static func decode(_ text: Substring) -> String? {
        String(text.replacingOccurrences(of: "+", with: " ")).removingPercentEncoding
    }
}
