import Survey360Core

/// The key of an `answer_sheet` row, compared as SQLite's `BINARY`
/// collation orders it: byte by byte, rater after person rated.
///
/// Swift's own `String` order compares canonical equivalents as equal, so
/// walking two key-ordered queries side by side needs this order instead.
struct SheetKey: Comparable {
    var ratee: String
    var rater: String

    init(ratee: String, rater: String) {
        self.ratee = ratee
        self.rater = rater
    }

    init(_ pair: RaterPair) {
        self.init(ratee: pair.rateeID.rawValue, rater: pair.raterID.rawValue)
    }

    static func == (left: Self, right: Self) -> Bool {
        left.ratee.utf8.elementsEqual(right.ratee.utf8) && left.rater.utf8.elementsEqual(right.rater.utf8)
    }

    static func < (left: Self, right: Self) -> Bool {
        if left.ratee.utf8.elementsEqual(right.ratee.utf8) {
            return left.rater.utf8.lexicographicallyPrecedes(right.rater.utf8)
        }
        return left.ratee.utf8.lexicographicallyPrecedes(right.ratee.utf8)
    }
}
