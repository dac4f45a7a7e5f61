extension String {
    /// The string padded with spaces to `width` terminal columns, for tables.
    ///
    /// Chinese characters take two columns in a terminal, so counting
    /// characters would push every column after a department name askew.
    func padded(_ width: Int) -> String {
        let used = displayWidth
        return used >= width ? self + " " : self + String(repeating: " ", count: width - used)
    }

    /// The columns the string takes in a terminal: two for East Asian wide
    /// characters, one for the rest.
    var displayWidth: Int {
        unicodeScalars.reduce(0) { width, scalar in
            switch scalar.value {
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
                0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
                return width + 2
            default:
                return width + 1
            }
        }
    }
}
