import Foundation
import PostgreSQLTestServer
import Survey360Core
import Survey360PostgreSQL
import Testing

/// Several `survey360 serve` processes on one PostgreSQL database behave as
/// one service, and faults lose nothing that was acknowledged: real server
/// processes, a real PostgreSQL server, real HTTP over loopback.
@Suite(.serialized) struct SeveralServersTests {
    /// A launched hospital campaign: its questionnaires as rater links.
    struct LaunchedCampaign {
        struct Questionnaire: Hashable, Sendable {
            var rater: PersonID
            var link: String
            var number: Int
        }

        let database: String
        let folder: URL
        let questionnaires: [Questionnaire]
        let form: [(String, String)]

        init(database: String) async throws {
            self.database = database
            folder = try CommandRunner.temporaryDirectory()
            let invitations = folder.appendingPathComponent("invitations").path
            for arguments in [
                ["org", "import", CommandRunner.repositoryRoot.appendingPathComponent("samples/hospital").path],
                ["campaign", "create", "2026-Q4"], ["campaign", "assign", "2026-Q4"],
                [
                    "campaign", "launch", "2026-Q4", "--out", invitations, "--templates",
                    CommandRunner.repositoryRoot.appendingPathComponent("templates").path,
                ],
            ] {
                let result = await CommandRunner.run(
                    arguments + [
                        "--database", database, "--pseudonym-key", folder.appendingPathComponent("pseudonym-key").path,
                    ])
                try #require(result.exitCode == 0, "\(arguments): \(result.errors)")
            }
            // invitations.csv: rater_id,name,email,language,questionnaires,closes,subject,link
            let rows = try String(contentsOfFile: invitations + "/invitations.csv", encoding: .utf8)
                .split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
            questionnaires = try rows.flatMap { row in
                let link = try #require(URL(string: row.last!)).path
                return (1...Int(row[4])!).map { Questionnaire(rater: PersonID(row[0]), link: link, number: $0) }
            }
            let questionnaire = try #require(try await PostgreSQLStore(url: database).questionnaire(for: "2026-Q4"))
            form = [("action", "submit")] + questionnaire.items.map { ("item.\($0.id.rawValue)", "4") }
        }

        func submit(_ questionnaire: Questionnaire, through server: ServeProcess) async throws -> WebClient.Reply {
            try await WebClient.shared.post("\(server.base)\(questionnaire.link)/\(questionnaire.number)", form: form)
        }

        /// The questionnaires stored as submitted, read straight from the database.
        func stored() async throws -> Set<Questionnaire> {
            let store = try PostgreSQLStore(url: database)
            let submitted = Set(try await store.responses(in: "2026-Q4", includeDrafts: false).map(\.pair))
            var stored: Set<Questionnaire> = []
            for rater in Set(questionnaires.map(\.rater)) {
                let assignments = try await store.assignments(in: "2026-Q4", rater: rater)
                for (index, assignment) in assignments.enumerated() where submitted.contains(assignment.pair) {
                    stored.insert(questionnaires.first { $0.rater == rater && $0.number == index + 1 }!)
                }
            }
            #expect(stored.count == submitted.count)
            return stored
        }
    }

    /// What one submission got back.
    enum Outcome: Equatable {
        case acknowledged
        case alreadySubmitted
        case unavailable
        /// No answer at all: the server was killed, or the request hung
        /// past the client's 60 s timeout.
        case noAnswer
        case unexpected(Int)

        init(_ reply: WebClient.Reply) {
            switch reply.status {
            case 303: self = .acknowledged
            case 409: self = .alreadySubmitted
            case 503: self = .unavailable
            default: self = .unexpected(reply.status)
            }
        }
    }

    @Test func submissionsRacingThroughTwoServersAreStoredExactlyOnce() async throws {
        let campaign = try await LaunchedCampaign(database: try await PostgreSQLTestServer.newDatabase())
        let first = try await ServeProcess(database: campaign.database, folder: campaign.folder)
        let second = try await ServeProcess(database: campaign.database, folder: campaign.folder)
        let raced = Array(campaign.questionnaires.prefix(150))
        // Each questionnaire is submitted through both servers at once.
        let outcomes = try await withThrowingTaskGroup(of: [Outcome].self) { group in
            for questionnaire in raced {
                group.addTask {
                    async let one = campaign.submit(questionnaire, through: first)
                    async let other = campaign.submit(questionnaire, through: second)
                    return [Outcome(try await one), Outcome(try await other)]
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outcomes.count == raced.count)
        let wonOnce = outcomes.filter { $0.contains(.acknowledged) && $0.contains(.alreadySubmitted) }
        #expect(
            wonOnce.count == raced.count,
            "outcomes other than one success and one refusal: \(outcomes.filter { !wonOnce.contains($0) }.prefix(5))")
        #expect(try await campaign.stored() == Set(raced))
    }

    /// PostgreSQL stops in the middle of a burst of submissions through two
    /// servers and starts again: nothing acknowledged is lost, no request
    /// hangs, requests meet the outage and get the 503 page, and both
    /// servers recover by themselves.
    ///
    /// No timer decides the outage: the database stops while submissions
    /// flow, stays down until each server has turned a request away (a
    /// request waits at most ``PostgreSQLDatabase/leaseTimeout`` for a
    /// connection), and starts again. A 503 can come after the commit
    /// reached the server (the connection was lost before its answer): the
    /// retry then gets "already submitted", and the database holds it.
    @Test func aPostgreSQLRestartDuringABurstLosesNothingAcknowledged() async throws {
        let server = try PostgreSQLTestServer.dedicated()
        let campaign = try await LaunchedCampaign(database: try server.createDatabase())
        let servers = [
            try await ServeProcess(database: campaign.database, folder: campaign.folder),
            try await ServeProcess(database: campaign.database, folder: campaign.folder),
        ]
        var waiting = campaign.questionnaires[...]
        let (answers, answered) = AsyncStream.makeStream(of: (server: Int, outcome: Outcome, sentWhileDown: Bool).self)
        let stopped = Flag()
        let clock = ContinuousClock()
        let (outcomes, refusedWhileDown) = try await withThrowingTaskGroup(of: Submitted.self) { group in
            var sent = 0
            /// Submits the next questionnaire through the servers in turn,
            /// then waits `pause` before the next.
            func submitNext(pause: Duration = .milliseconds(25)) async throws {
                if let questionnaire = waiting.popFirst() {
                    let number = sent
                    sent += 1
                    let sentWhileDown = stopped.isSet
                    group.addTask {
                        let began = clock.now
                        let outcome: Outcome
                        do {
                            let reply = try await campaign.submit(questionnaire, through: servers[number % 2])
                            outcome = Outcome(reply)
                            if outcome == .unavailable {
                                #expect(
                                    reply.body.contains("Briefly unavailable") && reply.headers["retry-after"] == "30")
                            }
                        } catch {
                            outcome = .noAnswer
                        }
                        answered.yield((number % 2, outcome, sentWhileDown))
                        return Submitted(questionnaire: questionnaire, outcome: outcome, wait: clock.now - began)
                    }
                }
                try await Task.sleep(for: pause)
            }
            // The burst, and the database stopping in its middle, faster
            // while it stops so that many requests are in flight when their
            // connections die.
            for _ in 0..<60 { try await submitNext() }
            let stopping = Task {
                defer { stopped.set() }
                try await Self.offCooperativeThreads { try server.stop() }
            }
            while !stopped.isSet { try await submitNext(pause: .milliseconds(5)) }
            try await stopping.value
            for _ in 0..<40 { try await submitNext() }
            // Down until each server has turned away a request sent while
            // the database was down (not only one whose connection died),
            // or until every request has been answered (then none met the
            // outage, which the expectations below report).
            var refusedBy: Set<Int> = []
            var answeredCount = 0
            for await answer in answers {
                answeredCount += 1
                if answer.outcome == .unavailable && answer.sentWhileDown { refusedBy.insert(answer.server) }
                if refusedBy.count == 2 || answeredCount == sent { break }
            }
            try await Self.offCooperativeThreads { try server.start() }
            // Both servers take submissions again by themselves.
            for _ in 0..<40 { try await submitNext() }
            return (try await group.reduce(into: []) { $0.append($1) }, refusedBy)
        }
        answered.finish()

        let acknowledged = Set(outcomes.filter { $0.outcome == .acknowledged }.map(\.questionnaire))
        let refused = outcomes.filter { $0.outcome == .unavailable }.map(\.questionnaire)
        let wait = outcomes.map(\.wait).max()!
        print(
            "restart burst: \(outcomes.count) of \(campaign.questionnaires.count) questionnaires submitted, "
                + "\(acknowledged.count) acknowledged, \(refused.count) refused, longest wait \(wait)")
        #expect(
            outcomes.allSatisfy { [.acknowledged, .unavailable].contains($0.outcome) },
            "\(outcomes.map(\.outcome).filter { ![.acknowledged, .unavailable].contains($0) })")
        #expect(refusedWhileDown == [0, 1], "a server answered every request sent while the database was down")
        // Every refused submission goes through on a retry, or turns out to
        // have been committed after all.
        var committedAfterAll = 0
        for (index, questionnaire) in refused.enumerated() {
            let outcome = try await Self.retry(questionnaire, through: servers[index % 2], campaign)
            #expect([.acknowledged, .alreadySubmitted].contains(outcome))
            if outcome == .alreadySubmitted { committedAfterAll += 1 }
        }
        print("restart burst: \(committedAfterAll) refused submissions were committed after all")
        let stored = try await campaign.stored()
        #expect(acknowledged.isSubset(of: stored))
        #expect(stored == Set(outcomes.map(\.questionnaire)))
    }

    /// Set once, read from any task.
    final class Flag: @unchecked Sendable {
        // @unchecked: `value` is read and written under `lock` only.
        private let lock = NSLock()
        private var value = false

        var isSet: Bool { lock.withLock { value } }
        func set() { lock.withLock { value = true } }
    }

    /// One submission of a burst and what it got back.
    struct Submitted: Sendable {
        var questionnaire: LaunchedCampaign.Questionnaire
        var outcome: Outcome
        var wait: Duration
    }

    @Test func killingOneServerMidBurstLosesNothingAcknowledged() async throws {
        let campaign = try await LaunchedCampaign(database: try await PostgreSQLTestServer.newDatabase())
        let victim = try await ServeProcess(database: campaign.database, folder: campaign.folder)
        let survivor = try await ServeProcess(database: campaign.database, folder: campaign.folder)
        let burst = Array(campaign.questionnaires.prefix(200))
        let clock = ContinuousClock()
        let start = clock.now
        async let killing: Void = {
            try await Task.sleep(until: start + .seconds(2), clock: clock)
            victim.kill()
        }()
        let outcomes = try await withThrowingTaskGroup(of: (LaunchedCampaign.Questionnaire, Outcome).self) { group in
            for (index, questionnaire) in burst.enumerated() {
                group.addTask {
                    try await Task.sleep(until: start + .milliseconds(20 * index), clock: clock)
                    do {
                        let reply = try await campaign.submit(
                            questionnaire, through: index % 2 == 0 ? victim : survivor)
                        return (questionnaire, Outcome(reply))
                    } catch {
                        return (questionnaire, .noAnswer)
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        try await killing
        #expect(!victim.isRunning)
        let acknowledged = Set(outcomes.filter { $0.1 == .acknowledged }.map(\.0))
        let unanswered = outcomes.filter { $0.1 != .acknowledged }.map(\.0)
        #expect(!unanswered.isEmpty, "the kill came after the burst")
        #expect(acknowledged.count > burst.count / 3)
        #expect(acknowledged.isSubset(of: try await campaign.stored()))
        // The surviving server takes what the killed one never answered.
        for questionnaire in unanswered {
            let outcome = try await Self.retry(questionnaire, through: survivor, campaign)
            #expect([.acknowledged, .alreadySubmitted].contains(outcome))
        }
        #expect(try await campaign.stored() == Set(burst))
    }

    /// Runs `body`, which waits for a process (`pg_ctl`), off Swift's
    /// cooperative threads: with two cores, a blocked thread stops every
    /// other test's tasks, the store's deadline timers included.
    static func offCooperativeThreads(_ body: @escaping @Sendable () throws -> Void) async throws {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
        }
    }

    /// Submits until the answer is final, for up to thirty seconds.
    static func retry(
        _ questionnaire: LaunchedCampaign.Questionnaire, through server: ServeProcess, _ campaign: LaunchedCampaign
    ) async throws -> Outcome {
        var outcome = Outcome.unavailable
        for _ in 0..<60 {
            outcome = Outcome(try await campaign.submit(questionnaire, through: server))
            if outcome != .unavailable { return outcome }
            try await Task.sleep(for: .milliseconds(500))
        }
        return outcome
    }
}
