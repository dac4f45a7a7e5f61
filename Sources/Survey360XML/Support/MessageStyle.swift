/// Rewrites libxml2's messages into the house style: lower case after the
/// `file:line:` prefix, element names without their namespace, the common
/// schema errors phrased as a person would say them, no final period.
///
/// `Element '{urn:…}item': The attribute 'dimension' is required but missing.`
/// becomes `element 'item': missing attribute 'dimension'`.
enum MessageStyle {
    static func houseStyle(_ raw: String) -> String {
        var text = raw.trimmingWhitespace()
        rewrite(&text, #"\{[^}]*\}"#) { _ in "" }
        rewrite(&text, #"The attribute '([^']*)' is required but missing\."#) {
            "missing attribute '\($0[1])'"
        }
        rewrite(&text, #"The attribute '([^']*)' is not allowed\."#) {
            "attribute '\($0[1])' is not allowed here"
        }
        rewrite(&text, #"This element is not expected\. Expected is one of \( ([^)]*) \)\."#) {
            "element not expected here; expected one of \(quotedList($0[1]))"
        }
        rewrite(&text, #"This element is not expected\. Expected is \( ([^)]*) \)\."#) {
            "element not expected here; expected \(quotedList($0[1]))"
        }
        rewrite(&text, #"This element is not expected\."#) { _ in "element not expected here" }
        rewrite(&text, #"Missing child element\(s\)\. Expected is one of \( ([^)]*) \)\."#) {
            "missing child element; expected one of \(quotedList($0[1]))"
        }
        rewrite(&text, #"Missing child element\(s\)\. Expected is \( ([^)]*) \)\."#) {
            "missing child element \(quotedList($0[1]))"
        }
        rewrite(
            &text, #"\[facet 'enumeration'\] The value '([^']*)' is not an element of the set \{([^}]*)\}\."#
        ) {
            "value '\($0[1])' is not one of \($0[2])"
        }
        rewrite(
            &text,
            #"'([^']*)' is not a valid value of the (?:atomic|local atomic|list|local list|union) type '([^']*)'\."#
        ) {
            "'\($0[1])' is not a valid '\($0[2])'"
        }
        // "Element 'x': Rest." → "element 'x': rest"
        let parts = text.split(separator: ": ", omittingEmptySubsequences: false)
        text = parts.map { lowercasingFirst(String($0)) }.joined(separator: ": ")
        while text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// Lower-cases a leading capital unless it starts an acronym (`XPath`,
    /// `XSD`), which stay as written.
    static func lowercasingFirst(_ text: String) -> String {
        guard let first = text.first, first.isUppercase else { return text }
        if let second = text.dropFirst().first, second.isUppercase { return text }
        return first.lowercased() + text.dropFirst()
    }

    /// Replaces every match of `pattern`; `build` sees the whole match as
    /// element 0 and the capture groups after it.
    private static func rewrite(_ text: inout String, _ pattern: String, _ build: ([String]) -> String) {
        guard let regex = try? Regex(pattern) else { return }
        text = text.replacing(regex) { match -> String in
            let groups: [String] = match.output.map { element in element.substring.map(String.init) ?? "" }
            return build(groups)
        }
    }

    /// `a, b` → `'a', 'b'`
    private static func quotedList(_ list: String) -> String {
        list.split(separator: ",").map { "'\(String($0).trimmingWhitespace())'" }.joined(separator: ", ")
    }
}
