/// A rater and the person rated by their places in the scoring
/// organisation's people: the key of ``CompactCampaign``'s questionnaires
/// while it is built.
struct PlacePair: Hashable {
    var rater: Int32
    var ratee: Int32
}
