/// A fragment of HTML whose every interpolated string has been escaped.
///
/// Pages are built from string literals, which are markup written in this
/// module, and interpolations, which are text: a person's name, a comment, a
/// department. Interpolating a `String` escapes it; only another `HTML`
/// value is inserted as markup. There is no way to interpolate an unescaped
/// string, so a `<script>` in an HR export or a comment stays text.
///
/// ```swift
/// let name = "<script>alert(1)</script>"
/// let cell: HTML = "<td>\(name)</td>"   // <td>&lt;script&gt;…</td>
/// ```
public struct HTML: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The markup, ready to be sent.
    public private(set) var rendered: String

    public init(stringLiteral value: String) {
        rendered = value
    }

    public init(stringInterpolation: Interpolation) {
        rendered = stringInterpolation.output
    }

    /// Text shown as text: escaped for element content and quoted attributes.
    public init(text: String) {
        rendered = HTML.escape(text)
    }

    /// HTML that comes from a trusted producer, such as the reports module's
    /// renderer, which escapes its own text.
    public init(trusted markup: String) {
        rendered = markup
    }

    public static let empty: HTML = ""

    /// `text` escaped inside `<bdi>`: names and comments may carry
    /// right-to-left text or directional controls (U+202E), which must not
    /// reorder what the page writes after them.
    public static func isolated(_ text: String) -> HTML {
        HTML(trusted: "<bdi>\(escape(text))</bdi>")
    }

    public var description: String { rendered }

    /// Joins fragments, as `[String].joined()` does for strings.
    public static func join(_ parts: some Sequence<HTML>, separator: HTML = "") -> HTML {
        HTML(trusted: parts.map(\.rendered).joined(separator: separator.rendered))
    }

    /// Escapes the five characters that are special in element content and in
    /// double- or single-quoted attribute values.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// Collects literals as markup and interpolations as escaped text.
    public struct Interpolation: StringInterpolationProtocol {
        var output = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            output.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        public mutating func appendLiteral(_ literal: String) {
            output += literal
        }

        /// Text: escaped.
        public mutating func appendInterpolation(_ text: String) {
            output += HTML.escape(text)
        }

        /// A number: nothing to escape.
        public mutating func appendInterpolation(_ number: Int) {
            output += String(number)
        }

        /// Markup built the same way: inserted as is.
        public mutating func appendInterpolation(_ html: HTML) {
            output += html.rendered
        }

        /// Several fragments, one after the other.
        public mutating func appendInterpolation(_ parts: [HTML]) {
            for part in parts { output += part.rendered }
        }
    }
}
