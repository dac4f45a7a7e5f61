import Foundation
import Survey360Core

/// Writes answers as the two files ``ResponseFileReader`` reads,
/// `ratings.csv` (`rater_id,ratee_id,item_id,value`) and `comments.csv`
/// (`rater_id,ratee_id,question_id,text`), so that simulated answers can
/// take the path of answers collected on paper (`responses import`) and be
/// read by the quarter benchmark's references (pandas, a C SQLite loader).
///
/// Only simulated answers are ever written: the files say who rated whom
/// and how, which the product never publishes about real answers.
///
/// The responses are read once, as a sequence, and written in blocks, so
/// that 12 million ratings never have to be in memory together. Items and
/// questions are written in id order, so that the same responses give the
/// same bytes; fields are quoted as ``OrganisationCSVWriter`` quotes them.
///
/// ```swift
/// let counts = try ResponseFileWriter().write(simulator.responses(for: assignments), to: folder)
/// ```
public struct ResponseFileWriter: Sendable {
    public static let ratingsFile = "ratings.csv"
    public static let commentsFile = "comments.csv"

    /// What was written.
    public struct Counts: Hashable, Sendable {
        public var questionnaires = 0
        public var ratings = 0
        public var comments = 0
    }

    /// The size of the blocks handed to the file system.
    static let blockSize = 1 << 20

    public init() {}

    /// Writes the two files into `folder`, creating it if needed and
    /// replacing files of the same names.
    ///
    /// - Parameters:
    ///   - responses: The responses; drafts are written as if submitted,
    ///     since an import makes every pair a final submission.
    ///   - folder: The folder to write into.
    /// - Returns: How many questionnaires, ratings and comments were written.
    /// - Throws: The file system's error when a file cannot be written.
    @discardableResult
    public func write<Responses: Sequence<Response>>(_ responses: Responses, to folder: URL) throws -> Counts {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let ratings = try BlockFile(folder.appending(path: Self.ratingsFile), header: "rater_id,ratee_id,item_id,value")
        let comments = try BlockFile(
            folder.appending(path: Self.commentsFile), header: "rater_id,ratee_id,question_id,text")
        var counts = Counts()
        for response in responses {
            counts.questionnaires += 1
            let pair = "\(try field(response.raterID.rawValue)),\(try field(response.rateeID.rawValue)),"
            for (item, value) in response.ratings.sorted(by: { $0.key < $1.key }) {
                try ratings.append(pair + (try field(item.rawValue)) + "," + value.text + "\n")
                counts.ratings += 1
            }
            for (question, text) in response.comments.sorted(by: { $0.key < $1.key }) {
                try comments.append(pair + (try field(question.rawValue)) + "," + (try field(text)) + "\n")
                counts.comments += 1
            }
        }
        try ratings.close()
        try comments.close()
        return counts
    }

    private func field(_ text: String) throws -> String {
        OrganisationCSVWriter.needsQuotes(text) ? try OrganisationCSVWriter.quoted(text) : text
    }

    /// A file written in blocks of ``ResponseFileWriter/blockSize`` bytes.
    private final class BlockFile {
        let handle: FileHandle
        var buffer = ""

        init(_ url: URL, header: String) throws {
            guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
            handle = try FileHandle(forWritingTo: url)
            buffer = header + "\n"
        }

        func append(_ line: String) throws {
            buffer += line
            if buffer.utf8.count >= ResponseFileWriter.blockSize { try flush() }
        }

        func flush() throws {
            try handle.write(contentsOf: Data(buffer.utf8))
            buffer = ""
        }

        func close() throws {
            try flush()
            try handle.close()
        }
    }
}
