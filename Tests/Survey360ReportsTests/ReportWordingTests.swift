import Foundation
import Survey360Core
import Survey360Reports
import Survey360Scoring
import Testing

/// Rules and withholding reasons are codes with parameters in the XML and
/// words only in the templates' string tables, in the page's language.
@Suite struct ReportWordingTests {
    @Test func theXMLCarriesCodesAndParametersNotWords() throws {
        for file in ReportSetFixture.files("xml") {
            let text = ReportSetFixture.text(file)
            #expect(!text.contains("Fewer raters"), "\(file.lastPathComponent)")
            #expect(!text.contains("Withheld so that"), "\(file.lastPathComponent)")
            #expect(!text.contains("respondent-weighted mean"), "\(file.lastPathComponent)")
        }
        let campaign = ReportSetFixture.text(ReportSetFixture.directory.appending(path: "campaign.xml"))
        #expect(
            campaign.contains(
                "<rule code=\"complementary-suppression\" applications=\"")
                && campaign.contains("<parameter name=\"minimum\" value=\"3\"/>"))
    }

    @Test func pagesWordThemInTheCampaignsLanguageWithTheParametersFilledIn() throws {
        // The hospital campaign is in Traditional Chinese.
        let index = ReportSetFixture.text(ReportSetFixture.directory.appending(path: "index.html"))
        #expect(index.contains("評價人變動少於 3 人時不顯示變化"))
        #expect(index.contains("每個數值至少 5 位作答人，評語至少 10 位"))
        #expect(index.contains("「所有他人」是所有非自評評價人的平均（按人數加權）"))
        for file in ReportSetFixture.files("html") {
            let text = ReportSetFixture.text(file)
            let unworded = text.contains(/>(rule|reason)\.[a-z.-]+</) || text.contains("{minimum}")
            #expect(!unworded, "\(file.lastPathComponent)")
        }
    }

    @Test func theCommandLineReadsTheSameTable() throws {
        let strings = try ReportStrings(templates: HospitalCampaign.templates)
        let policy = ScoringPolicy()
        #expect(
            strings.reason(.tooFewUnidentifiableRaters, policy: policy, language: .english)
                == "Fewer than 3 raters besides the superior, who knows their own ratings and could subtract them")
        #expect(
            strings.reason(.belowDepartmentMinimum, policy: policy, language: .simplifiedChinese) == "作答人数低于部门最低人数（5 人）"
        )
        // Every reason has words in every language.
        for reason in WithholdingReason.allCases {
            for language in SurveyLanguage.allCases {
                let text = strings.reason(reason, policy: policy, language: language)
                #expect(!text.hasPrefix("reason.") && !text.contains("{"), "\(reason.code) \(language)")
            }
        }
    }
}
