extension String {
    /// The string without leading and trailing white space, which
    /// spreadsheets add around numbers and people around comments.
    var trimmingWhitespace: String {
        // Most values are bare: skip the Unicode look-ups for them.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 {
            return self
        }
        guard let start = firstIndex(where: { !$0.isWhitespace }),
            let end = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[start...end])
    }
}
