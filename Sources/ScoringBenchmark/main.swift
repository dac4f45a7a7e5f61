import Foundation
import Survey360Scoring

/// scoring-benchmark: scores a synthetic campaign and prints the time and
/// the peak memory.
///
///     swift run -c release scoring-benchmark [--people N] [--seed S]
var people = 100_000
var seed: UInt64 = 360
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--people":
        guard let value = arguments.popFirst().flatMap(Int.init), value >= 100 else {
            FileHandle.standardError.write(Data("Error: '--people' needs a number of at least 100\n".utf8))
            exit(64)
        }
        people = value
    case "--seed":
        guard let value = arguments.popFirst().flatMap(UInt64.init) else {
            FileHandle.standardError.write(Data("Error: '--seed' needs a non-negative number\n".utf8))
            exit(64)
        }
        seed = value
    case "--help", "-h":
        print("Usage: scoring-benchmark [--people N] [--seed S]")
        exit(0)
    default:
        FileHandle.standardError.write(Data("Error: unknown option '\(argument)'\n".utf8))
        exit(64)
    }
}

/// The peak resident set size in KiB, from the kernel's accounting.
func peakMemoryKiB() -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.split(separator: " ", omittingEmptySubsequences: true)[1])
    }
    return nil
}

let clock = ContinuousClock()
let generationStart = clock.now
let campaign = SyntheticCampaign.make(people: people, seed: seed)
let generated = clock.now - generationStart
let ratings = campaign.ratings.count { $0 != CompactCampaign.noAnswer }
print("people: \(campaign.personCount)")
print("questionnaires: \(campaign.questionnaireCount)")
print("ratings: \(ratings)")
print("generation seconds: \(String(format: "%.2f", Double(generated.components.seconds) + Double(generated.components.attoseconds) * 1e-18))")

let scoringStart = clock.now
let scores = CampaignScorer().score(campaign, policy: .init(), seed: seed)
let elapsed = clock.now - scoringStart
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
let published = scores.people.reduce(0) { total, person in
    total + person.groups.reduce(0) { $0 + $1.items.count { $0.isPublished } }
}
print("people rated: \(scores.people.count)")
print("published item cells: \(published)")
print("scoring seconds: \(String(format: "%.2f", seconds))")
if let peak = peakMemoryKiB() {
    print("peak memory MiB: \(String(format: "%.0f", Double(peak) / 1024))")
}
