import Foundation

extension XSLTStylesheet {
    /// Quotes `value` as an XPath 1.0 string literal: `'it'`, `"it's"`, or,
    /// for a value with both kinds of quote, `concat('say "', "it's", '"')`,
    /// since XPath 1.0 has no escape character.
    ///
    /// The quotes are looked for byte by byte: every page rendered passes the
    /// inlined `report.css` through here, and Foundation's substring search
    /// was 2% of rendering a page.
    public static func xpathLiteral(_ value: String) -> String {
        if !value.utf8.contains(UInt8(ascii: "'")) { return "'\(value)'" }
        if !value.utf8.contains(UInt8(ascii: "\"")) { return "\"\(value)\"" }
        let pieces = value.split(separator: "'", omittingEmptySubsequences: false).map { "'\($0)'" }
        return "concat(" + pieces.joined(separator: ", \"'\", ") + ")"
    }

    /// Calls `body` with libxslt's parameter array: name, value, …, NULL,
    /// values quoted as XPath literals, in name order so runs are repeatable.
    func withParameterArray<Result>(
        _ parameters: [String: String], _ body: (UnsafeMutablePointer<UnsafePointer<CChar>?>) throws -> Result
    ) rethrows -> Result {
        let flat = parameters.sorted { $0.key < $1.key }.flatMap { [$0.key, Self.xpathLiteral($0.value)] }
        let strings = flat.map { strdup($0)! }
        defer { strings.forEach { free($0) } }
        var array: [UnsafePointer<CChar>?] = strings.map { UnsafePointer($0) } + [nil]
        return try array.withUnsafeMutableBufferPointer { try body($0.baseAddress!) }
    }
}
