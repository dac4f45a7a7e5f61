/// One rating as read from a response file, before it is checked: the
/// value is still text, so that a bad value can be reported as HR wrote it.
public struct RatingRow: Hashable, Sendable {
    public var raterID: PersonID
    public var rateeID: PersonID
    public var itemID: ItemID
    /// The answer as written, read later by ``Answer/init(parsing:on:)``.
    public var value: String
    public var location: SourceLocation

    public init(rater: PersonID, ratee: PersonID, item: ItemID, value: String, at location: SourceLocation) {
        self.raterID = rater
        self.rateeID = ratee
        self.itemID = item
        self.value = value
        self.location = location
    }

    public var pair: RaterPair { RaterPair(rater: raterID, ratee: rateeID) }
}
