import Foundation

/// A small, fast, seedable pseudo-random generator (Steele, Lea and Flood's
/// SplitMix64, as used to seed Java's `SplittableRandom` and xoshiro).
///
/// Rater assignment and response simulation must give the same result for
/// the same seed on every machine and in every process, so that HR can
/// re-run an assignment and get the plan they reviewed. Swift's
/// `SystemRandomNumberGenerator` and `Hasher` are seeded anew per process,
/// and the standard library does not promise that `shuffle(using:)` or
/// `random(in:using:)` keep their algorithms across releases, so everything
/// random in Survey360 goes through this generator and the helpers below.
///
/// ```swift
/// var random = SplitMix64(seed: 360)
/// let pick = random.next(below: 10)  // always the same for seed 360
/// ```
public struct SplitMix64: RandomNumberGenerator, Hashable, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// Derives a generator from a seed and a stream name, so that
    /// independent uses of one campaign seed (sampling, simulation) do not
    /// draw the same numbers.
    public init(seed: UInt64, stream: String) {
        self.init(seed: SplitMix64.mix(seed ^ SplitMix64.fingerprint(stream)))
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    /// A uniform integer in `0..<bound` without modulo bias (Lemire's
    /// multiply-and-reject method).
    ///
    /// - Precondition: `bound > 0`.
    public mutating func next(below bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        let limit = UInt64(bound)
        var product = next().multipliedFullWidth(by: limit)
        if product.low < limit {
            let threshold = (0 &- limit) % limit
            while product.low < threshold {
                product = next().multipliedFullWidth(by: limit)
            }
        }
        return Int(product.high)
    }

    /// A uniform double in `[0, 1)`, from the top 53 bits.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A standard normal deviate (Box–Muller; one of the pair is dropped to
    /// keep the generator stateless apart from its counter).
    public mutating func nextGaussian() -> Double {
        let u1 = 1.0 - nextUnit()  // (0, 1]: log stays finite
        let u2 = nextUnit()
        return (-2.0 * log(u1)).squareRoot() * cos(2.0 * Double.pi * u2)
    }

    /// Shuffles `elements` in place with Fisher–Yates, an algorithm fixed
    /// here so that a seed gives the same order in every Swift release.
    public mutating func shuffle<T>(_ elements: inout [T]) {
        guard elements.count > 1 else { return }
        for index in stride(from: elements.count - 1, to: 0, by: -1) {
            let other = next(below: index + 1)
            if other != index { elements.swapAt(index, other) }
        }
    }

    /// The SplitMix64 finaliser: a bijective mix of 64 bits.
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A stable 64-bit fingerprint of a string (FNV-1a over its UTF-8
    /// bytes), the same in every process, unlike `hashValue`.
    public static func fingerprint(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
