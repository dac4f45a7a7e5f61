import Foundation

/// Comparisons whose duration does not depend on where two secrets differ.
///
/// A plain `==` stops at the first differing byte, and the time it takes
/// tells an attacker how much of a guessed token or hash is right.
enum ConstantTime {
    /// Whether `lhs` and `rhs` hold the same bytes; the time depends only on
    /// their lengths, which are public (a SHA-256 is always 32 bytes).
    static func equals(_ lhs: some Collection<UInt8>, _ rhs: some Collection<UInt8>) -> Bool {
        guard lhs.count == rhs.count else { return false }
        var difference: UInt8 = 0
        for (left, right) in zip(lhs, rhs) { difference |= left ^ right }
        return difference == 0
    }

    /// The same for text secrets (CSRF tokens, session ids).
    static func equals(_ lhs: String, _ rhs: String) -> Bool {
        equals(Array(lhs.utf8), Array(rhs.utf8))
    }
}
