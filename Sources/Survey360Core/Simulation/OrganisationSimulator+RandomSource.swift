extension OrganisationSimulator {
    /// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number
    /// generators", OOPSLA 2014), the generator that seeds Java's
    /// `SplittableRandom` and xoshiro.
    ///
    /// The simulator needs the same organisation for the same seed on every
    /// machine and every Swift release, so that a test, a benchmark or a bug
    /// report can name an organisation by its seed. `SystemRandomNumberGenerator`
    /// is never reproducible and `Hasher` is seeded per process, so neither
    /// will do; SplitMix64 is eight lines, passes BigCrush, and every
    /// 64-bit seed (zero included) gives a full-period sequence.
    ///
    /// Its algorithm is fixed by this file: changing it changes every
    /// simulated organisation, so don't.
    public struct RandomSource: RandomNumberGenerator, Sendable {
        private var state: UInt64

        public init(seed: UInt64) {
            state = seed
        }

        public mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        /// A number in `range`, by Lemire's multiply-shift reduction.
        ///
        /// The standard library's `Int.random(in:using:)` would also work
        /// with this generator, but its way of drawing from the bits is not
        /// promised to stay the same across Swift releases; this one is.
        /// The bias is below 2⁻³² for the ranges the simulator asks for.
        mutating func int(in range: ClosedRange<Int>) -> Int {
            let width = UInt64(range.upperBound - range.lowerBound) + 1
            let product = next().multipliedFullWidth(by: width)
            return range.lowerBound + Int(product.high)
        }

        /// A number in `0..<1` with 53 random bits.
        mutating func unit() -> Double {
            Double(next() >> 11) * 0x1.0p-53
        }

        /// `true` with probability `probability`.
        mutating func chance(_ probability: Double) -> Bool {
            unit() < probability
        }

        /// An element of a non-empty collection.
        mutating func pick<C: RandomAccessCollection>(_ elements: C) -> C.Element {
            let offset = int(in: 0...(elements.count - 1))
            return elements[elements.index(elements.startIndex, offsetBy: offset)]
        }
    }
}
