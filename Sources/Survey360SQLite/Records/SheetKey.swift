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
        left.ratee.byteOrder(right.ratee) == 0 && left.rater.byteOrder(right.rater) == 0
    }

    static func < (left: Self, right: Self) -> Bool {
        let ratees = left.ratee.byteOrder(right.ratee)
        return ratees != 0 ? ratees < 0 : left.rater.precedesInBytes(right.rater)
    }
}
