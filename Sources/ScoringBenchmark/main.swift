import Foundation
import Survey360Scoring

/// scoring-benchmark: scores a synthetic campaign and prints the time and
/// the peak memory.
///
///     swift run -c release scoring-benchmark [--people N] [--seed S] [--with-previous]
var people = 100_000
var seed: UInt64 = 360
var withPrevious = false
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
    case "--with-previous":
        withPrevious = true
    case "--help", "-h":
        print("Usage: scoring-benchmark [--people N] [--seed S] [--with-previous]")
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

/// User plus system CPU seconds of this process so far: on a shared
/// machine, wall-clock time says more about the neighbours than the code.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

let clock = ContinuousClock()
let generationStart = clock.now
let campaign = SyntheticCampaign.make(people: people, seed: seed)
// The previous quarter: the same organisation with other draws, for trends.
let previous = withPrevious ? SyntheticCampaign.make(people: people, seed: seed &+ 1) : nil
let generated = clock.now - generationStart
let ratings = campaign.ratings.count { $0 != CompactCampaign.noAnswer }
print("people: \(campaign.personCount)")
print("questionnaires: \(campaign.questionnaireCount)")
print("rating slots (questionnaires x items): \(campaign.ratings.count)")
print("ratings given (submitted, not 'cannot judge'): \(ratings)")
print(
    "generation seconds: \(String(format: "%.2f", Double(generated.components.seconds) + Double(generated.components.attoseconds) * 1e-18))"
)

let scoringStart = clock.now
let cpuStart = cpuSeconds()
let scores = CampaignScorer().score(
    campaign, policy: .init(), seed: seed, previous: previous.map { (campaign: $0, policy: .init()) })
let elapsed = clock.now - scoringStart
let cpu = cpuSeconds() - cpuStart
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
let published = scores.people.reduce(0) { total, person in
    total + person.groups.reduce(0) { $0 + $1.items.count { $0.isPublished } }
}
print("people rated: \(scores.people.count)")
if withPrevious {
    let changes = scores.people.reduce(0) { total, person in
        total + person.trends.count { if case .change = $0.outcome { true } else { false } }
    }
    print("trend figures published: \(changes)")
}
print("published item cells: \(published)")
print("scoring seconds (wall clock): \(String(format: "%.2f", seconds))")
print("scoring CPU seconds (user + system, all threads): \(String(format: "%.2f", cpu))")
if let peak = peakMemoryKiB() {
    print("peak memory MiB: \(String(format: "%.0f", Double(peak) / 1024))")
}
