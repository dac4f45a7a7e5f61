import Foundation
import Survey360Core

/// Reads HR's edits of a rater plan: a CSV of pairs to add
/// (`rater_id,ratee_id,group`) or to remove (`rater_id,ratee_id`).
public enum AssignmentEditsReader {
    /// Assignments read from a file, with the line of each.
    public struct Edits: Sendable {
        public let assignments: [Assignment]
        public let locations: [SourceLocation]
    }

    /// Reads pairs to add; every row needs a group.
    public static func additions(from url: URL) throws(ImportError) -> Edits {
        try read(url, columns: ["rater_id", "ratee_id", "group"])
    }

    /// Reads pairs to remove; a group column, if present, is ignored.
    public static func removals(from url: URL) throws(ImportError) -> (pairs: [RaterPair], locations: [SourceLocation])
    {
        let edits = try read(url, columns: ["rater_id", "ratee_id"])
        return (edits.assignments.map(\.pair), edits.locations)
    }

    private static func read(_ url: URL, columns: [String]) throws(ImportError) -> Edits {
        let table = try CSVTable.read(url, requiring: columns)
        let file = table.file
        var issues: [ValidationIssue] = []
        var assignments: [Assignment] = []
        var locations: [SourceLocation] = []
        for row in table.rows {
            let location = SourceLocation(file: file, line: row.line)
            let rater = row["rater_id"]
            let ratee = row["ratee_id"]
            guard !rater.isEmpty, !ratee.isEmpty else {
                issues.append(ValidationIssue("'rater_id' and 'ratee_id' are both needed", at: location))
                continue
            }
            var group = RaterGroup.functional
            if columns.contains("group") {
                guard let parsed = RaterGroup(rawValue: row["group"]) else {
                    let expected = RaterGroup.allCases.map(\.rawValue).joined(separator: ", ")
                    issues.append(
                        ValidationIssue("unknown group '\(row["group"])'; expected \(expected)", at: location))
                    continue
                }
                group = parsed
            }
            assignments.append(Assignment(rater: PersonID(rater), ratee: PersonID(ratee), group: group))
            locations.append(location)
        }
        guard issues.isEmpty else { throw ImportError(issues: issues) }
        return Edits(assignments: assignments, locations: locations)
    }
}
