/// Exact linear algebra over the prime field GF(2³¹ − 1), for the attacker.
///
/// The published figures are linear in the raters' answers with rational
/// coefficients (1/n, 1/(m·n)); over a large prime field their ranks are
/// those over the rationals except with a vanishing probability, and no
/// rounding tolerance decides whether a leak exists.
struct ModularSpan {
    static let prime = 2_147_483_647

    let width: Int
    /// The row space in reduced row echelon form.
    private(set) var rows: [[Int]] = []
    /// The pivot column of each row.
    private(set) var pivots: [Int] = []
    private var pivotRow: [Int]

    init(width: Int) {
        self.width = width
        pivotRow = [Int](repeating: -1, count: width)
    }

    static func multiply(_ a: Int, _ b: Int) -> Int { a * b % prime }

    static func inverse(_ value: Int) -> Int {
        var result = 1
        var base = value % prime
        var exponent = prime - 2
        while exponent > 0 {
            if exponent & 1 == 1 { result = multiply(result, base) }
            base = multiply(base, base)
            exponent >>= 1
        }
        return result
    }

    /// `numerator / denominator` in the field.
    static func fraction(_ numerator: Int, _ denominator: Int) -> Int {
        let top = ((numerator % prime) + prime) % prime
        return multiply(top, inverse(denominator))
    }

    /// `row` with every pivot of the span eliminated.
    func reduced(_ row: [Int]) -> [Int] {
        var row = row
        for (index, pivot) in pivots.enumerated() where row[pivot] != 0 {
            let factor = row[pivot]
            let basis = rows[index]
            for column in pivot..<width where basis[column] != 0 {
                row[column] = (row[column] - Self.multiply(factor, basis[column]) + Self.prime) % Self.prime
            }
        }
        return row
    }

    /// Whether `row` is a combination of the rows added so far.
    func contains(_ row: [Int]) -> Bool { reduced(row).allSatisfy { $0 == 0 } }

    /// Adds a row, keeping the reduced echelon form.
    mutating func add(_ row: [Int]) {
        var row = reduced(row)
        guard let pivot = row.firstIndex(where: { $0 != 0 }) else { return }
        let scale = Self.inverse(row[pivot])
        for column in pivot..<width where row[column] != 0 { row[column] = Self.multiply(row[column], scale) }
        for index in rows.indices where rows[index][pivot] != 0 {
            let factor = rows[index][pivot]
            for column in pivot..<width where row[column] != 0 {
                rows[index][column] =
                    (rows[index][column] - Self.multiply(factor, row[column]) + Self.prime) % Self.prime
            }
        }
        pivotRow[pivot] = rows.count
        rows.append(row)
        pivots.append(pivot)
    }

    /// For each column (unknown), its coordinates in a basis of the null
    /// space. A set of unknowns J can be isolated (some combination of the
    /// rows is nonzero on J and zero elsewhere) exactly when these vectors
    /// of J are linearly dependent.
    func nullSpaceCoordinates() -> [[Int]] {
        let free = (0..<width).filter { pivotRow[$0] < 0 }
        var freeIndex = [Int](repeating: -1, count: width)
        for (index, column) in free.enumerated() { freeIndex[column] = index }
        return (0..<width).map { column in
            var vector = [Int](repeating: 0, count: free.count)
            if freeIndex[column] >= 0 {
                vector[freeIndex[column]] = 1
            } else {
                let row = rows[pivotRow[column]]
                for (index, other) in free.enumerated() where row[other] != 0 {
                    vector[index] = (Self.prime - row[other]) % Self.prime
                }
            }
            return vector
        }
    }

    /// Whether `vectors` (all of the same length) are linearly dependent.
    static func dependent(_ vectors: [[Int]]) -> Bool {
        guard let length = vectors.first?.count else { return false }
        if vectors.count > length { return true }
        var span = ModularSpan(width: length)
        for vector in vectors {
            let before = span.rows.count
            span.add(vector)
            if span.rows.count == before { return true }
        }
        return false
    }
}
