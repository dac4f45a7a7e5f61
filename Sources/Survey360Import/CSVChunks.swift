import Foundation

/// A CSV file's bytes in pieces of whole records, so that reading a file
/// takes memory for one piece, not for the file: a 100,000-person quarter's
/// ratings file is 460 MB, and held whole, then decoded, it was twice that.
///
/// A piece ends after a line feed that is outside quotes, so each piece is
/// valid UTF-8 on its own if the file is (a line feed is never part of a
/// longer UTF-8 sequence), no record or CRLF is cut, and a piece knows the
/// line it starts on. Quotes are counted as ``CSVTable`` always has: every
/// `"` opens or closes a quoted part (an escaped `""` does both).
///
/// ```swift
/// var chunks = CSVChunks(reading: handle)
/// while let chunk = try chunks.next() { … chunk.bytes, chunk.firstLine … }
/// if let line = chunks.unclosedQuoteLine { … }
/// ```
struct CSVChunks {
    struct Chunk {
        let bytes: Data
        /// The line of the file on which the piece's first byte is.
        let firstLine: Int
    }

    /// The size of the blocks read: a piece is what they hold up to their
    /// last record end, so it is about this size unless one record is
    /// longer.
    static let pieceBytes = 4 << 20

    private let read: (Int) throws -> Data?
    private let pieceBytes: Int
    /// Bytes read but not yet handed on; `scanned` of them are counted.
    private var pending = Data()
    private var scanned = 0
    /// The end of the last record in `pending`, and the line after it.
    private var recordEnd = 0
    private var lineAfterRecordEnd = 1
    private var line = 1
    private var firstLineOfPending = 1
    private var quoteOpenedOn: Int?
    private var previous: UInt8 = 0
    private var atEnd = false

    /// The pieces of an open file, read a block at a time.
    init(reading handle: FileHandle, pieceBytes: Int = CSVChunks.pieceBytes) {
        read = { try handle.read(upToCount: $0) }
        self.pieceBytes = pieceBytes
    }

    /// The pieces of bytes already in memory.
    init(_ data: Data, pieceBytes: Int = CSVChunks.pieceBytes) {
        var rest = data[...]
        read = { count in
            guard !rest.isEmpty else { return nil }
            defer { rest = rest.dropFirst(count) }
            return Data(rest.prefix(count))
        }
        self.pieceBytes = pieceBytes
    }

    /// The line on which a quoted field opens that the file never closes,
    /// once ``next()`` has returned the last piece.
    var unclosedQuoteLine: Int? { atEnd ? quoteOpenedOn : nil }

    /// The next piece: once at least ``pieceBytes`` are read, the records
    /// that end in them; at the end, the rest of the file; then `nil`.
    mutating func next() throws -> Chunk? {
        while !atEnd && (pending.count < pieceBytes || recordEnd == 0) {
            guard let block = try read(pieceBytes), !block.isEmpty else {
                atEnd = true
                break
            }
            pending.append(block)
            scan()
        }
        if atEnd {
            guard !pending.isEmpty else { return nil }
            let chunk = Chunk(bytes: pending, firstLine: firstLineOfPending)
            pending = Data()
            return chunk
        }
        let chunk = Chunk(bytes: pending.prefix(recordEnd), firstLine: firstLineOfPending)
        pending = Data(pending.dropFirst(recordEnd))
        firstLineOfPending = lineAfterRecordEnd
        scanned -= recordEnd
        recordEnd = 0
        return chunk
    }

    /// Counts lines and quotes in the bytes not yet scanned, and notes the
    /// last line feed outside quotes. Quotes and line breaks are ASCII, and
    /// no byte of a longer UTF-8 sequence is, so bytes are read, not
    /// characters.
    private mutating func scan() {
        pending.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            for index in scanned..<bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") {
                    quoteOpenedOn = quoteOpenedOn == nil ? line : nil
                } else if byte == UInt8(ascii: "\n") {
                    if previous != UInt8(ascii: "\r") { line += 1 }
                    if quoteOpenedOn == nil {
                        recordEnd = index + 1
                        lineAfterRecordEnd = line
                    }
                } else if byte == UInt8(ascii: "\r") {
                    line += 1
                }
                previous = byte
            }
        }
        scanned = pending.count
    }
}
