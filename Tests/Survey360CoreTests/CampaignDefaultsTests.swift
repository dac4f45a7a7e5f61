import Testing

@testable import Survey360Core

@Suite struct CampaignDefaultsTests {
    @Test func aQuarterAloneMakesACampaign() throws {
        let campaign = try CampaignDefaults.campaign(for: "2026-Q4")
        #expect(campaign.id == "2026-Q4")
        #expect(campaign.title == "2026-Q4 internal customer survey")
        #expect(campaign.opens == CalendarDate(year: 2026, month: 12, day: 1))
        #expect(campaign.closes == CalendarDate(year: 2026, month: 12, day: 31))
        #expect(campaign.templateID == "default")
        #expect(campaign.rules == CampaignRules())
        #expect(campaign.state == .draft)
    }

    @Test(arguments: [
        ("2026-Q1", "2026-03-01", "2026-03-31"),
        ("2024-Q1", "2024-03-01", "2024-03-31"),
        ("2026-Q2", "2026-06-01", "2026-06-30"),
        ("2026-q3", "2026-09-01", "2026-09-30"),
    ])
    func datesFollowTheQuarter(quarter: String, opens: String, closes: String) throws {
        let campaign = try CampaignDefaults.campaign(for: quarter)
        #expect(campaign.id.rawValue == quarter.uppercased())
        #expect(campaign.opens.description == opens)
        #expect(campaign.closes.description == closes)
    }

    @Test(arguments: [
        ("2026-01-01", "2026-Q1"), ("2026-03-31", "2026-Q1"), ("2026-04-01", "2026-Q2"),
        ("2026-12-31", "2026-Q4"),
    ])
    func theQuarterOfADay(day: String, quarter: String) throws {
        let date = try #require(CalendarDate(iso: day))
        #expect(CampaignDefaults.Quarter(containing: date).description == quarter)
    }

    @Test func quarterBounds() {
        let quarter = CampaignDefaults.Quarter(year: 2024, number: 1)
        #expect(quarter.firstDay.description == "2024-01-01")
        #expect(quarter.lastDay.description == "2024-03-31")
        #expect(quarter < CampaignDefaults.Quarter(year: 2024, number: 2))
        #expect(CampaignDefaults.Quarter(year: 2023, number: 4) < quarter)
    }

    @Test(arguments: [
        "2026Q4", "2026-Q5", "2026-Q0", "26-Q4", "2026-Q4 ", "Q4-2026", "", "２０２６-Q4", "2026-Q٤",
    ])
    func anythingElseIsRefused(text: String) {
        #expect {
            try CampaignDefaults.campaign(for: text)
        } throws: { error in
            let error = error as? CampaignError
            return error?.code == .invalidQuarter
                && error?.description
                    == "campaign id '\(text)' is not a quarter; write the year and the quarter as YYYY-Qn, for example '2026-Q4'"
        }
    }
}

@Suite struct CampaignLifecycleTests {
    func campaign(_ state: CampaignState) throws -> Campaign {
        var campaign = try CampaignDefaults.campaign(for: "2026-Q4")
        campaign.state = state
        return campaign
    }

    func message(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return (error as? CampaignError)?.description
        }
    }

    @Test func aCampaignMovesForwardOneStateAtATime() throws {
        var campaign = try campaign(.draft)
        try campaign.require(.assign)
        try campaign.perform(.open)
        #expect(campaign.state == .open)
        try campaign.require(.answer)
        try campaign.transition(to: .closed)
        #expect(campaign.state == .closed)
        try campaign.require(.report)
        try campaign.perform(.archive)
        #expect(campaign.state == .archived)
    }

    @Test func refusalsNameTheCampaignItsStateAndTheStateNeeded() throws {
        #expect(
            message { try campaign(.open).require(.assign) }
                == "campaign '2026-Q4' is open; only a draft campaign can be assigned")
        #expect(
            message { try campaign(.closed).require(.answer) }
                == "campaign '2026-Q4' is closed; only an open campaign can be answered")
        #expect(
            message { try campaign(.open).require(.report) }
                == "campaign '2026-Q4' is open; only a closed campaign can be reported on")
        #expect(
            message {
                var draft = try campaign(.draft)
                try draft.perform(.close)
            } == "campaign '2026-Q4' is draft; only an open campaign can be closed")
        #expect(
            message {
                var open = try campaign(.open)
                try open.transition(to: .archived)
            } == "campaign '2026-Q4' is open; only a closed campaign can be archived")
        #expect(
            message {
                var closed = try campaign(.closed)
                try closed.transition(to: .draft)
            } == "campaign '2026-Q4' is closed; a campaign never returns to draft")
        #expect(
            message {
                var archived = try campaign(.archived)
                try archived.transition(to: .open)
            } == "campaign '2026-Q4' is archived; only a draft campaign can be opened")
        #expect(
            message {
                var draft = try campaign(.draft)
                try draft.perform(.assign)
            } == "'assign' does not change a campaign's state")
    }
}
