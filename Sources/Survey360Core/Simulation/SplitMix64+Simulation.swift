/// The draws the organisation simulator makes.
///
/// Their way of drawing from the bits is fixed by this file, unlike the
/// standard library's `Int.random(in:using:)`, which is not promised to stay
/// the same across Swift releases: changing it would change every simulated
/// organisation, so don't.
extension SplitMix64 {
    /// A number in `range`, by Lemire's multiply-shift reduction; the bias
    /// is below 2⁻³² for the ranges the simulator asks for.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        let product = next().multipliedFullWidth(by: width)
        return range.lowerBound + Int(product.high)
    }

    /// `true` with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        nextUnit() < probability
    }

    /// An element of a non-empty collection.
    mutating func pick<C: RandomAccessCollection>(_ elements: C) -> C.Element {
        let offset = int(in: 0...(elements.count - 1))
        return elements[elements.index(elements.startIndex, offsetBy: offset)]
    }
}
