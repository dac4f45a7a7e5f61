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
        /// No answer at all: the server was killed.
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

    @Test func aPostgreSQLRestartDuringABurstLosesNothingAcknowledged() async throws {
        let server = try PostgreSQLTestServer.dedicated()
        let campaign = try await LaunchedCampaign(database: try server.createDatabase())
        let servers = [
            try await ServeProcess(database: campaign.database, folder: campaign.folder),
            try await ServeProcess(database: campaign.database, folder: campaign.folder),
        ]
        let burst = Array(campaign.questionnaires.prefix(240))
        let clock = ContinuousClock()
        let start = clock.now
        // One submission every 25 ms for six seconds; the database is down
        // from the second second to the fourth.
        async let outage: Void = {
            try await Task.sleep(until: start + .seconds(1.5), clock: clock)
            try server.stop()
            try await Task.sleep(until: start + .seconds(3.5), clock: clock)
            try server.start()
        }()
        let outcomes = try await withThrowingTaskGroup(of: (LaunchedCampaign.Questionnaire, Outcome, Duration).self) {
            group in
            for (index, questionnaire) in burst.enumerated() {
                group.addTask {
                    try await Task.sleep(until: start + .milliseconds(25 * index), clock: clock)
                    let sent = clock.now
                    let reply = try await campaign.submit(questionnaire, through: servers[index % 2])
                    if reply.status == 503 {
                        #expect(reply.body.contains("Briefly unavailable") && reply.headers["retry-after"] == "30")
                    }
                    return (questionnaire, Outcome(reply), clock.now - sent)
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        try await outage

        let acknowledged = Set(outcomes.filter { $0.1 == .acknowledged }.map(\.0))
        let refused = outcomes.filter { $0.1 == .unavailable }.map(\.0)
        #expect(outcomes.allSatisfy { [.acknowledged, .unavailable].contains($0.1) }, "\(outcomes.map(\.1))")
        #expect(!refused.isEmpty, "no request met the outage")
        #expect(acknowledged.count > burst.count / 3)
        #expect(outcomes.allSatisfy { $0.2 < .seconds(20) }, "a request waited \(outcomes.map(\.2).max()!)")
        // Both servers recover by themselves: every refused submission goes
        // through on a retry (or turns out to have been committed after all).
        for (index, questionnaire) in refused.enumerated() {
            let outcome = try await Self.retry(questionnaire, through: servers[index % 2], campaign)
            #expect([.acknowledged, .alreadySubmitted].contains(outcome))
        }
        let stored = try await campaign.stored()
        #expect(acknowledged.isSubset(of: stored))
        #expect(stored == Set(burst))
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
