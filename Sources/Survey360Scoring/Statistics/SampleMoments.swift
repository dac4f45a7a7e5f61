/// Mean and sample variance, computed in two passes for accuracy.
struct SampleMoments {
    var count: Int
    var mean: Double
    /// Sample variance (n − 1 denominator); `nil` below two values.
    var variance: Double?

    init<C: Collection>(_ values: C) where C.Element == Double {
        count = values.count
        guard count > 0 else {
            mean = .nan
            variance = nil
            return
        }
        var sum = 0.0
        for value in values { sum += value }
        mean = sum / Double(count)
        guard count > 1 else {
            variance = nil
            return
        }
        var squares = 0.0
        for value in values {
            let deviation = value - mean
            squares += deviation * deviation
        }
        variance = squares / Double(count - 1)
    }

    /// Exact moments of integer ratings from their count, sum and sum of
    /// squares: integer arithmetic leaves a single rounding per figure.
    init(count: Int, sum: Int, sumOfSquares: Int) {
        self.count = count
        mean = count > 0 ? Double(sum) / Double(count) : .nan
        variance =
            count > 1
            ? Double(count * sumOfSquares - sum * sum) / Double(count * (count - 1)) : nil
    }
}
