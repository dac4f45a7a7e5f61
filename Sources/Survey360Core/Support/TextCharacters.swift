/// Which characters Survey360 accepts in text people type or import.
///
/// Everything published goes through XML (reports, the archive, the HTML
/// pages), and XML 1.0 cannot carry a character outside its `Char`
/// production: one U+0001 in one comment would make the quarter's reports
/// fail. So every entry (the web form, the CSV imports) refuses or replaces
/// such characters, and the XML writer replaces them as a last line of
/// defence.
public enum TextCharacters {
    /// The character that takes the place of one XML cannot carry.
    public static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// Whether `scalar` is in XML 1.0's `Char` production: tab, line feed,
    /// carriage return, U+0020–U+D7FF, U+E000–U+FFFD and U+10000 upwards
    /// (Swift scalars are never surrogates).
    @inlinable
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xFFFD, 0x10000...: true
        default: false
        }
    }

    /// The first character of `text` that XML cannot carry, if any.
    public static func firstForbidden(in text: String) -> Unicode.Scalar? {
        // In UTF-8 every such character is a byte below 0x20 or begins with
        // 0xEF (U+FFFE, U+FFFF): a scan of the contiguous bytes clears
        // almost all text at once (a whole response file in milliseconds).
        var text = text
        let suspect = text.withUTF8 { bytes in
            bytes.contains { $0 < 0x20 && $0 != 0x9 && $0 != 0xA && $0 != 0xD || $0 == 0xEF }
        }
        return suspect ? text.unicodeScalars.first { !isAllowed($0) } : nil
    }

    /// `text` with every character XML cannot carry replaced by U+FFFD.
    public static func replacingForbidden(in text: String) -> String {
        guard firstForbidden(in: text) != nil else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(isAllowed(scalar) ? scalar : replacement)
        }
        return String(scalars)
    }

    /// `U+0001`: how messages name a character that cannot be shown.
    public static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The byte order mark, which spreadsheets write at the start of a file
    /// and concatenated files carry in the middle; it is never part of a
    /// value.
    public static let byteOrderMark: Unicode.Scalar = "\u{FEFF}"

}
