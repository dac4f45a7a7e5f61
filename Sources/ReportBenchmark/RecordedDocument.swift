import Foundation
import Survey360XML

/// A report document taken apart into the writer calls that make it
/// (start element, attribute, text, end element), with every value already
/// formatted, so that it can be written again through libxml2's
/// `xmlTextWriter` with no Swift-side work: no lookups, no number
/// formatting, no walking of scores.
///
/// Replaying recorded documents measures the floor under the report
/// writer: the same documents, byte for byte, at the speed of libxml2's own
/// writer (called through the thin `XMLStreamWriter` wrapper, since only
/// Survey360XML may touch libxml2).
struct RecordedDocument: Sendable {
    enum Event: Sendable {
        case start(String)
        case attribute(String, String)
        case text(String)
        case end
    }

    private(set) var events: [Event] = []

    /// Splits a document the report writer produced. Only what that writer
    /// emits is understood: elements, attributes in double quotes, text,
    /// the five predefined entities and character references.
    init(xml: Data) {
        let text = String(decoding: xml, as: UTF8.self)
        var rest = text[...]
        if let declaration = rest.range(of: "?>") { rest = rest[declaration.upperBound...] }
        while let open = rest.firstIndex(of: "<") {
            let between = rest[..<open].trimmingCharacters(in: .whitespacesAndNewlines)
            if !between.isEmpty { events.append(.text(Self.unescape(between))) }
            let close = rest[open...].firstIndex(of: ">")!
            var tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("/") {
                events.append(.end)
                continue
            }
            let selfClosing = tag.hasSuffix("/")
            if selfClosing { tag = tag.dropLast() }
            let name = tag.prefix { !$0.isWhitespace }
            events.append(.start(String(name)))
            for match in tag.matches(of: /([A-Za-z:]+)="([^"]*)"/) {
                events.append(.attribute(String(match.output.1), Self.unescape(match.output.2)))
            }
            if selfClosing { events.append(.end) }
        }
    }

    /// Writes the recorded document again.
    func replay() throws -> Data {
        let writer = XMLStreamWriter()
        for event in events {
            switch event {
            case .start(let name): try writer.startElement(name)
            case .attribute(let name, let value): try writer.attribute(name, value)
            case .text(let text): try writer.text(text)
            case .end: try writer.endElement()
            }
        }
        return try writer.finish()
    }

    private static func unescape(_ text: some StringProtocol) -> String {
        guard text.contains("&") else { return String(text) }
        return String(text).replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(
            of: "&gt;", with: ">"
        )
        .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#10;", with: "\n")
        .replacingOccurrences(of: "&#13;", with: "\r").replacingOccurrences(of: "&#9;", with: "\t")
        .replacingOccurrences(of: "&amp;", with: "&")
    }
}
