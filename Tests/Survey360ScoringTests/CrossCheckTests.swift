import Foundation
import Survey360Core
import Testing

@testable import Survey360Scoring

/// Re-derives the published statistics with an independent implementation
/// (numpy + scipy, `scripts/crosscheck/crosscheck.py`) and asserts agreement
/// to 1e-9.
@Suite struct CrossCheckTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func statisticsAgreeWithScipy() throws {
        let python = Self.repositoryRoot.appendingPathComponent(".venv/bin/python")
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            Issue.record("'.venv/bin/python' is missing: run scripts/install-dependencies to create it")
            return
        }
        let campaign = SyntheticCampaign.make(people: 200, seed: 11)
        let scores = CampaignScorer().score(campaign, policy: ScoringPolicy(), seed: 11)
        let swift = CrossCheckFigures(scores)
        #expect(swift.cells.count > 5_000)
        #expect(swift.percentiles.count > 100)

        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("survey360-crosscheck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let encoder = JSONEncoder()
        try encoder.encode(CrossCheckDataset(campaign)).write(
            to: directory.appendingPathComponent("dataset.json"))
        try encoder.encode(swift).write(to: directory.appendingPathComponent("swift.json"))

        let process = Process()
        process.executableURL = python
        process.arguments = [
            Self.repositoryRoot.appendingPathComponent("scripts/crosscheck/crosscheck.py").path,
            directory.path,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")

        let theirs = try JSONDecoder().decode(
            CrossCheckFigures.self, from: Data(contentsOf: directory.appendingPathComponent("python.json")))
        try #require(theirs.cells.count == swift.cells.count)
        for (ours, python) in zip(swift.cells, theirs.cells) {
            #expect(ours.n == python.n, "\(ours.key)")
            for (name, a, b) in [
                ("mean", ours.mean, python.mean), ("sd", ours.sd, python.sd), ("se", ours.se, python.se),
                ("ciLower", ours.ciLower, python.ciLower), ("ciUpper", ours.ciUpper, python.ciUpper),
                ("agreement", ours.agreement, python.agreement),
            ] {
                #expect(
                    agree(a, b),
                    "\(name) of \(ours.key): \(String(describing: a)) vs \(String(describing: b))")
            }
        }
        for (ours, python) in zip(swift.alphas, theirs.alphas) {
            #expect(agree(ours.alpha, python.alpha), "alpha of dimension \(ours.dimension)")
        }
        #expect(swift.alphas.allSatisfy { $0.alpha != nil })
        for (ours, python) in zip(swift.iccs, theirs.iccs) {
            #expect(agree(ours.icc1, python.icc1), "ICC(1) of \(ours.group)")
            #expect(agree(ours.icc2, python.icc2), "ICC(2) of \(ours.group)")
        }
        #expect(swift.iccs.contains { $0.icc1 != nil })
        for (ours, python) in zip(swift.percentiles, theirs.percentiles) {
            #expect(agree(ours.percentile, python.percentile), "percentile of person \(ours.person)")
        }
    }

    private func agree(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case (let a?, let b?): abs(a - b) <= 1e-9
        default: false
        }
    }
}
