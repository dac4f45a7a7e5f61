import ArgumentParser
import Foundation
import Survey360Storage

/// `survey360 org history`: every imported version of the organisation, and
/// the campaigns bound to each.
struct OrgHistoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List the versions of the organisation: when each was imported, from which files, how big it is.",
        discussion: """
            Each line gives the version's number, the time of its import (UTC), its counts and \\
            the campaigns bound to it, then the SHA-256 of each file it was read from.
            """
    )

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let context = try CommandContext(store)
        let versions = try await context.store.organisationVersions()
        guard let current = versions.last else {
            throw StorageError.noOrganisation
        }
        let campaigns = Dictionary(grouping: try await context.store.campaigns()) { $0.organisationVersion ?? 0 }
        for version in versions {
            let counts = version.counts
            var line =
                "Version \(version.number)  \(Self.timestamp(version.imported))  "
                + "\(counted(counts.people, "person", "people")), \(counted(counts.departments, "department")), "
                + "\(counted(counts.reportingLines, "reporting line")), \(counted(counts.services, "service relation")), "
                + "\(counted(counts.processes, "process chain")) (\(counted(counts.processStages, "stage")))"
            let bound = (campaigns[version.number] ?? []).map(\.id.rawValue)
            if !bound.isEmpty { line += "; campaigns \(bound.joined(separator: ", "))" }
            if version.number == current.number { line += " (current)" }
            Console.current.print(line)
            if version.files.isEmpty { Console.current.print("  files: not recorded") }
            for file in version.files { Console.current.print("  \(file.name.padded(16)) sha256 \(file.sha256)") }
        }
    }

    /// `2026-12-01 13:45:07Z`: to the second, in UTC, so that two servers print the same.
    static func timestamp(_ date: Date) -> String {
        var style = Date.ISO8601FormatStyle(timeZone: .gmt)
        style = style.dateSeparator(.dash).timeSeparator(.colon)
        return date.formatted(style).replacingOccurrences(of: "T", with: " ")
    }
}
