import Foundation
import Testing

@Suite struct CampaignCreateTests {
    @Test func aCampaignFileOverridesOnlyWhatItNames() async throws {
        let directory = try CommandRunner.temporaryDirectory()
        let database = directory.appendingPathComponent("db.sqlite").path
        let file = directory.appendingPathComponent("campaign.json")
        try
            #"{"title": "第四季內部客戶調查", "language": "zh-Hant", "rules": {"maximumQuestionnairesPerRater": 9, "hiredAfter": "2026-10-01", "maximumRaters": {"functional": 4}}, "policy": {"othersWeighting": "balanced"}}"#
            .write(to: file, atomically: true, encoding: .utf8)
        let created = await CommandRunner.run([
            "campaign", "create", "2026-Q4", "--file", file.path, "--no-self", "--database", database,
        ])
        #expect(created.exitCode == 0, "\(created.errors)")
        let shown = await CommandRunner.run(["campaign", "show", "2026-Q4", "--database", database])
        let lines = shown.output.split(separator: "\n").map(String.init)
        #expect(lines.contains("2026-Q4: 第四季內部客戶調查"))
        #expect(lines.contains("Template:  default, reports in zh-Hant"))
        #expect(lines.contains("Groups:    superior, subordinate, downstream, upstream, functional"))
        #expect(lines.contains("Caps:      at most 9 questionnaires per rater; seed 360"))
        #expect(lines.contains("Excluded:  status leave, left; hired after 2026-10-01"))
        #expect(lines.contains("Scoring:   all others balanced"))
    }

    @Test(arguments: [
        (
            #"{"rules": {"maximumQuestionaires": 9}}"#,
            "The campaign file 'campaign.json' has an unknown setting 'rules.maximumQuestionaires'"
        ),
        (#"{"state": "closed"}"#, "The campaign file 'campaign.json' cannot set 'state'; it is the campaign's own"),
        (
            #"{"rules": {"minimumRaters": {"peers": 2}}}"#,
            "The campaign file 'campaign.json' names an unknown group 'rules.minimumRaters.peers'"
        ),
        (#"{"opens": "2026-13-01"}"#, "The campaign file 'campaign.json' has an invalid value for 'opens'"),
    ])
    func aMistakeInTheCampaignFileIsRefused(_ json: String, _ message: String) async throws {
        let directory = try CommandRunner.temporaryDirectory()
        let file = directory.appendingPathComponent("campaign.json")
        try json.write(to: file, atomically: true, encoding: .utf8)
        let result = await CommandRunner.run([
            "campaign", "create", "2026-Q4", "--file", file.path, "--database",
            directory.appendingPathComponent("db.sqlite").path,
        ])
        #expect(result.exitCode != 0)
        #expect(result.errors.contains(message))
    }

    @Test func aQuarterIdIsRequired() async throws {
        let directory = try CommandRunner.temporaryDirectory()
        let result = await CommandRunner.run([
            "campaign", "create", "autumn", "--database", directory.appendingPathComponent("db.sqlite").path,
        ])
        #expect(result.exitCode != 0)
        #expect(result.errors.contains("'autumn'"))
    }
}
