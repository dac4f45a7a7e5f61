// The server of the web benchmark (benchmarks/web/run.sh): seeds a SQLite
// database with an organisation of raters, one open campaign and their
// invitations, writes the raters' links to a file, then serves the Survey360
// web application and, for comparison in the same process, a plain
// Hummingbird application returning a static page. Loopback only.
//
//     survey360-web-bench --db bench.sqlite --links links.txt --raters 1000 \
//         --questionnaires 5 --port 8091 --static-port 8092
import Foundation
import Hummingbird
import Logging
import Survey360Core
import Survey360SQLite
import Survey360Storage
import Survey360Web

struct Options {
    var database = "bench.sqlite"
    var links = "links.txt"
    var raters = 1000
    var questionnaires = 5
    var port = 8091
    var staticPort = 8092
    var assets = "templates/web"

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let name = iterator.next() {
            guard let value = iterator.next() else { fatalError("Missing value after '\(name)'") }
            switch name {
            case "--db": database = value
            case "--links": links = value
            case "--raters": raters = Int(value)!
            case "--questionnaires": questionnaires = Int(value)!
            case "--port": port = Int(value)!
            case "--static-port": staticPort = Int(value)!
            case "--assets": assets = value
            default: fatalError("Unknown option '\(name)'")
            }
        }
    }
}

/// 1,000 people in 10 departments; each rates the next `questionnaires`
/// colleagues of the list as a functional customer.
func seed(_ store: SQLiteStore, _ options: Options) async throws -> [String] {
    let departments = (0..<10).map { Department(id: DepartmentID("D\($0)"), name: "部门\($0)") }
    let people = (0..<options.raters).map { index in
        Person(id: PersonID(String(format: "P%05d", index)), name: "员工\(index)", email: "", departmentID: DepartmentID("D\(index % 10)"))
    }
    try await store.replaceOrganisation(Organisation(departments: departments, people: people))
    let campaignID: CampaignID = "bench"
    try await store.createCampaign(
        Campaign(
            id: campaignID, title: "Benchmark", opens: CalendarDate(year: 2026, month: 10, day: 1)!,
            closes: CalendarDate(year: 2026, month: 12, day: 31)!),
        event: AuditEvent(campaignID: campaignID, actor: "bench", action: "created"))
    let dimensions = (1...7).map { Dimension(id: DimensionID("d\($0)"), title: LocalizedText([.simplifiedChinese: "维度\($0)"])) }
    let items = (1...14).map { index in
        QuestionnaireItem(
            id: ItemID("i\(index)"), dimensionID: DimensionID("d\((index - 1) / 2 + 1)"),
            wording: LocalizedText([.simplifiedChinese: "第\(index)题：在交接时主动说明下一步需要的信息"]))
    }
    let questions = (1...2).map { OpenQuestion(id: QuestionID("q\($0)"), prompt: LocalizedText([.simplifiedChinese: "意见\($0)"])) }
    try await store.setQuestionnaire(
        Questionnaire(
            id: "bench", version: "1", title: LocalizedText([.simplifiedChinese: "基准"]), dimensions: dimensions,
            items: items, openQuestions: questions), for: campaignID)
    var assignments: [Assignment] = []
    for (index, rater) in people.enumerated() {
        for offset in 1...options.questionnaires {
            assignments.append(Assignment(rater: rater.id, ratee: people[(index + offset) % people.count].id, group: .functional))
        }
    }
    try await store.replaceAssignments(assignments, in: campaignID)
    var links: [String] = []
    var invitations: [Invitation] = []
    for person in people {
        let token = RaterToken.generate()
        invitations.append(Invitation(campaignID: campaignID, raterID: person.id, tokenHash: token.hash))
        for number in 1...options.questionnaires { links.append("/r/\(token.linkText)/\(number)") }
    }
    try await store.storeInvitations(invitations, in: campaignID)
    try await store.transition(
        campaignID, from: .draft, to: .open, event: AuditEvent(campaignID: campaignID, actor: "bench", action: "launched"))
    return links.shuffled()
}

let options = Options(CommandLine.arguments)
try? FileManager.default.removeItem(atPath: options.database)
let store = try SQLiteStore(path: options.database)
let links = try await seed(store, options)
try links.joined(separator: "\n").appending("\n").write(toFile: options.links, atomically: true, encoding: .utf8)

var logger = Logger(label: "survey360.bench")
logger.logLevel = .warning
var configuration = WebConfiguration()
configuration.port = options.port
configuration.assetsDirectory = options.assets
configuration.maximumFailedAttempts = 1_000_000
let survey = try buildApplication(configuration: configuration, store: store, logger: logger)

// The reference: Hummingbird answering a static page of the questionnaire's size.
let staticPage = String(repeating: "<p>第1题：在交接时主动说明下一步需要的信息</p>\n", count: 120)
let staticRouter = Router()
staticRouter.get("/static") { _, _ in
    Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: staticPage)))
}
let reference = Application(
    router: staticRouter, configuration: .init(address: .hostname("127.0.0.1", port: options.staticPort)), logger: logger)

// Unbuffered, so that run.sh sees it at once.
FileHandle.standardOutput.write(
    Data("ready: survey on 127.0.0.1:\(options.port), static on 127.0.0.1:\(options.staticPort), \(links.count) links\n".utf8))
// Both run until run.sh ends the process; every accepted submission was
// committed by then (SQLite in WAL mode), which run.sh checks.
try await withThrowingDiscardingTaskGroup { group in
    group.addTask { try await survey.run() }
    group.addTask { try await reference.run() }
}
