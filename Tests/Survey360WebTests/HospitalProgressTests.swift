import Foundation
import Survey360Core
import Survey360Import
import Survey360Storage
import Testing

@testable import Survey360Web

/// HR's progress page on the hospital sample (samples/hospital with the
/// assigner's plan): no row rests on fewer than five raters, and the counts
/// move only when a new period's snapshot is taken.
@Suite struct HospitalProgressTests {
    static let packageRoot = URL(filePath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let organisation = try! OrganisationImporter.read(
        directory: packageRoot.appending(path: "samples/hospital")
    ).organisation
    static let assignments = RaterAssigner.plan(for: organisation, rules: CampaignRules()).assignments

    /// Every third questionnaire submitted, every seventh a draft.
    static let statuses: [RaterPair: ResponseStatus] = Dictionary(
        uniqueKeysWithValues: assignments.enumerated().map { index, assignment in
            (assignment.pair, index % 3 == 0 ? .submitted : index % 7 == 0 ? .draft : .notStarted)
        })

    /// Distinct raters behind each department row, counted from the plan.
    static func raters(inDepartments names: Set<String>) -> Int {
        Set(
            assignments.filter {
                names.contains(organisation.department(organisation.person($0.raterID)!.departmentID)!.name)
            }.map(\.raterID)
        ).count
    }

    @Test func everyShownRowHasAtLeastFiveRatersAndTheSmallOnesAreMerged() throws {
        let progress = CampaignProgress(
            organisation: Self.organisation, assignments: Self.assignments, statuses: Self.statuses)
        let shown = progress.byDepartment.map(\.name)
        let merged = Set(Self.organisation.departments.map(\.name)).subtracting(shown)
        print("hospital progress rows: \(shown), merged: \(merged.sorted()), groups: \(progress.byGroup.map(\.group))")
        // Pinned: the four departments of at least five raters; the five
        // smaller ones (院長室, 人力資源室, 採購部, 財務科, 資訊室) make "other".
        #expect(shown == ["護理部", "檢驗科", "設備科", "供應室"])
        #expect(merged == ["人力資源室", "採購部", "財務科", "資訊室", "院長室"])
        for name in shown {
            #expect(Self.raters(inDepartments: [name]) >= 5, "\(name)")
        }
        // "Other" holds every department not shown, and enough raters.
        let other = try #require(progress.otherDepartments)
        #expect(Self.raters(inDepartments: merged) >= 5)
        let all = try #require(progress.total)
        #expect(all.assigned == Self.assignments.count)
        #expect(progress.byDepartment.map(\.counts.assigned).reduce(0, +) + other.assigned == all.assigned)
        for (group, _) in progress.byGroup {
            #expect(Set(Self.assignments.filter { $0.group == group }.map(\.raterID)).count >= 5, "\(group)")
        }
    }

    @Test func theCountsMoveOnlyWithTheNextSnapshot() async throws {
        let store = MemoryStore()
        try await store.replaceOrganisation(Self.organisation)
        let campaign = Campaign(
            id: "2026-Q4", title: "2026-Q4", opens: CalendarDate(year: 2026, month: 10, day: 5)!,
            closes: CalendarDate(year: 2026, month: 10, day: 23)!)
        try await store.createCampaign(
            campaign, event: AuditEvent(campaignID: campaign.id, actor: "hr", action: "created"))
        try await store.replaceAssignments(Self.assignments, in: campaign.id)
        try await store.transition(campaign.id, from: .draft, to: .open) { _ in
            AuditEvent(campaignID: campaign.id, actor: "hr", action: "launched")
        }
        let clock = TestClock()
        let snapshots = ProgressSnapshots(store: store, interval: 3600, now: clock.now)
        let before = try await snapshots.progress(of: campaign.id, organisation: Self.organisation).progress
        let first = Self.assignments[0]
        try await store.submit(
            Survey360Core.Response(rater: first.raterID, ratee: first.rateeID, ratings: [:]), in: campaign.id)
        clock.advance(60)
        let minuteLater = try await snapshots.progress(of: campaign.id, organisation: Self.organisation).progress
        #expect(minuteLater == before)
        clock.advance(3600)
        let hourLater = try await snapshots.progress(of: campaign.id, organisation: Self.organisation).progress
        #expect(hourLater.total?.submitted == (before.total?.submitted ?? 0) + 1)
    }
}
