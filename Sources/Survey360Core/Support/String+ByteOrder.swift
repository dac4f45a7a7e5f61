extension String {
    /// Whether `self` sorts before `other` byte by byte in UTF-8, as
    /// SQLite's `BINARY` collation and C's `strcmp` sort.
    ///
    /// For text in Unicode's composed form (NFC) this is the order of `<`;
    /// unlike `<` it does not normalise, which made sorting large amounts of
    /// Chinese text several times slower, and two spellings of one accented
    /// letter stay apart, as they are apart in the store.
    package func precedesInBytes(_ other: String) -> Bool {
        byteOrder(other) < 0
    }

    /// Negative, zero or positive as `self` sorts before, with or after
    /// `other` byte by byte (see ``precedesInBytes(_:)``).
    package func byteOrder(_ other: String) -> Int {
        var left = self
        var right = other
        return left.withUTF8 { left in
            right.withUTF8 { right in
                for index in 0..<Swift.min(left.count, right.count) where left[index] != right[index] {
                    return Int(left[index]) - Int(right[index])
                }
                return left.count - right.count
            }
        }
    }
}
