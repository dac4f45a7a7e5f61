import Testing

@testable import Survey360Core

@Suite struct SplitMix64Tests {
    /// The first outputs for seed 1234567 published with the reference C
    /// implementation (Vigna, splitmix64.c): the generator is SplitMix64
    /// exactly, so seeds mean the same here as anywhere.
    @Test func matchesTheReferenceImplementation() {
        var random = SplitMix64(seed: 1_234_567)
        let outputs = (0..<5).map { _ in random.next() }
        #expect(
            outputs == [
                6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
                4_593_380_528_125_082_431, 16_408_922_859_458_223_821,
            ])
        var zero = SplitMix64(seed: 0)
        #expect(zero.next() == 0xE220_A839_7B1D_CDAF)
    }

    @Test func boundedDrawsAreUniformAndInRange() {
        var random = SplitMix64(seed: 9)
        var counts = [Int](repeating: 0, count: 6)
        for _ in 0..<60_000 { counts[random.next(below: 6)] += 1 }
        #expect(counts.allSatisfy { (9_500...10_500).contains($0) })
        #expect((0..<1_000).allSatisfy { _ in random.nextUnit() < 1 })
    }

    @Test func gaussianDrawsHaveMeanZeroAndUnitVariance() {
        var random = SplitMix64(seed: 11)
        let draws = (0..<100_000).map { _ in random.nextGaussian() }
        let mean = draws.reduce(0, +) / Double(draws.count)
        let variance = draws.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(draws.count - 1)
        #expect(abs(mean) < 0.02)
        #expect(abs(variance - 1) < 0.02)
    }

    @Test func shufflingIsAPermutationFixedByTheSeed() {
        var first = SplitMix64(seed: 5)
        var second = SplitMix64(seed: 5)
        var a = Array(0..<50)
        var b = Array(0..<50)
        first.shuffle(&a)
        second.shuffle(&b)
        #expect(a == b)
        #expect(a != Array(0..<50))
        #expect(a.sorted() == Array(0..<50))
    }

    /// FNV-1a 64 of "a" is 0xaf63dc4c8601ec8c in the FNV reference tables.
    @Test func fingerprintsAreFNV1a() {
        #expect(SplitMix64.fingerprint("") == 0xCBF2_9CE4_8422_2325)
        #expect(SplitMix64.fingerprint("a") == 0xAF63_DC4C_8601_EC8C)
        #expect(SplitMix64(seed: 1, stream: "x") != SplitMix64(seed: 1, stream: "y"))
    }
}
