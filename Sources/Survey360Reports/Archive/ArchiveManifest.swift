/// The manifest of an audit archive, `MANIFEST.sha256`: the SHA-256 of every
/// file and the schema each document must satisfy.
///
/// It is plain text so that an auditor needs no Survey360 to check it; the
/// checksum lines are in the format of `sha256sum`, which skips the `#`
/// lines, so `sha256sum -c MANIFEST.sha256` checks every file:
///
///     # survey360-archive 1
///     # validate documents/person-P0042.xml schemas/report.xsd
///     9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  documents/person-P0042.xml
///     60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752  schemas/report.xsd
///
/// Lines are sorted by path, so the same files always give the same bytes
/// (and the same signature).
struct ArchiveManifest: Hashable, Sendable {
    static let header = "# survey360-archive 1"

    /// SHA-256 in lower-case hex, by path inside the archive.
    var checksums: [String: String] = [:]
    /// The schema path of each document path.
    var schemas: [String: String] = [:]

    /// The manifest's text, one line per entry, ending with a newline.
    var text: String {
        var lines = [Self.header]
        lines += schemas.keys.sorted().map { "# validate \($0) \(schemas[$0]!)" }
        lines += checksums.keys.sorted().map { "\(checksums[$0]!)  \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads a manifest, reporting each line it cannot understand.
    static func parse(_ text: String, file: String) -> (ArchiveManifest, [ArchiveFailure]) {
        var manifest = ArchiveManifest()
        var failures: [ArchiveFailure] = []
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.first.map(String.init) != header {
            failures.append(ArchiveFailure(file: file, line: 1, message: "first line is not '\(header)'"))
        }
        for (index, line) in lines.enumerated().dropFirst() {
            let fields = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            if line.isEmpty && index == lines.count - 1 { continue }
            if fields.count == 4 && fields[0] == "#" && fields[1] == "validate"
                && manifest.schemas[fields[2]] == nil
            {
                manifest.schemas[fields[2]] = fields[3]
            } else if fields.count == 3 && fields[1].isEmpty && isSHA256(fields[0])
                && manifest.checksums[fields[2]] == nil
            {
                manifest.checksums[fields[2]] = fields[0]
            } else {
                failures.append(ArchiveFailure(file: file, line: index + 1, message: "line not understood"))
            }
        }
        return (manifest, failures)
    }

    private static func isSHA256(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
}
