extension XMLStreamWriter {
    /// Formats `value` with exactly `fractionDigits` digits after a `.`,
    /// rounding half away from zero: `decimal(4.125, fractionDigits: 2)` is
    /// `"4.13"`.
    ///
    /// Reports must read the same on every machine, so this ignores the
    /// locale (no `,` decimal separator, no grouping) and is fast enough for
    /// millions of scores.
    public static func decimal(_ value: Double, fractionDigits: Int) -> String {
        precondition((0...9).contains(fractionDigits), "fractionDigits must be between 0 and 9")
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-INF" : "INF") }
        var scale = 1
        for _ in 0..<fractionDigits { scale *= 10 }
        let scaled = (abs(value) * Double(scale)).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e18 else { return String(value) }
        let units = Int(scaled)
        let sign = value < 0 && units != 0 ? "-" : ""
        let whole = String(units / scale)
        guard fractionDigits > 0 else { return sign + whole }
        let fraction = String(units % scale)
        return sign + whole + "." + String(repeating: "0", count: fractionDigits - fraction.count) + fraction
    }

    /// Writes an attribute with an integer value.
    public func attribute(_ name: String, _ value: some BinaryInteger) throws {
        try attribute(name, String(value))
    }
}
