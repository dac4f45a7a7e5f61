/// The one number format of every report: a `.` decimal point, at most six
/// decimals rounded half away from zero, trailing zeros dropped (`4.25`,
/// `4`, `-0.333333`), whatever the machine's locale.
///
/// Byte-identical output for identical input depends on this: no
/// `String(describing:)` of a Double, whose shortest form may differ
/// between platforms. Six decimals keep every figure re-derivable to 1e-6,
/// well within what a 1–5 scale can mean.
enum ReportNumber {
    private static let scale = 1_000_000.0

    static func format(_ value: Double) -> String {
        precondition(value.isFinite, "Reports never contain NaN or infinity")
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return String(value) }
        let units = Int(scaled)
        var whole = units / 1_000_000
        var fraction = units % 1_000_000
        var digits = 6
        while digits > 0 && fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        // Built right to left in a fixed buffer: millions of numbers per run.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
            var position = 32
            func put(_ byte: UInt8) {
                position -= 1
                buffer[position] = byte
            }
            if digits > 0 {
                for _ in 0..<digits {
                    put(UInt8(48 + fraction % 10))
                    fraction /= 10
                }
                put(UInt8(ascii: "."))
            }
            repeat {
                put(UInt8(48 + whole % 10))
                whole /= 10
            } while whole > 0
            if value < 0 && units != 0 { put(UInt8(ascii: "-")) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[position..<32]), as: UTF8.self)
        }
    }
}
