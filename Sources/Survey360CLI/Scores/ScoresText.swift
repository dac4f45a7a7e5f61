import Foundation
import Survey360Core
import Survey360Reports
import Survey360Scoring
import Survey360XML

/// The text of `survey360 scores`: tables a person reads in a terminal.
struct ScoresText {
    let scores: CampaignScores
    let input: ScoringInput
    let language: SurveyLanguage
    /// The reports' string table, for the words of withholding reasons
    /// (the tables of this command are in English).
    let strings: ReportStrings

    // MARK: - Campaign overview

    func overview(campaign: Campaign) -> [String] {
        let submitted = input.submittedCount
        var lines = [
            "\(campaign.id): \(campaign.title)",
            "\(counted(scores.people.count, "person", "people")) rated; "
                + "\(submitted) of \(input.assignments.count) questionnaires submitted "
                + "(\(percent(submitted, of: input.assignments.count)))",
            "All others: \(scores.policy.othersWeighting.rawValue) mean",
            "",
            "Reliability of each dimension (Cronbach's alpha over complete rater x item rows):",
        ]
        for alpha in scores.analytics.alphas {
            let value = alpha.alpha.map { number($0, 3) } ?? "n/a"
            lines.append("  \(dimensionTitle(alpha.dimension).padded(28)) \(value)  (\(alpha.completeCases) rows)")
        }
        lines.append("")
        lines.append("Agreement between raters of a group about the same person (overall score):")
        for icc in scores.analytics.intraclassCorrelations where icc.dimension == nil {
            let icc1 = icc.icc1.map { number($0, 3) } ?? "n/a"
            let icc2 = icc.icc2.map { number($0, 3) } ?? "n/a"
            lines.append(
                "  \(icc.group.rawValue.padded(12)) ICC(1) \(icc1)  ICC(2) \(icc2)  (\(icc.peopleRated) people)")
        }
        lines.append("")
        lines.append("Departments (internal customer satisfaction index, people rated weigh the same):")
        for department in scores.departments {
            let name = input.organisation.department(department.departmentID)?.name ?? department.departmentID.rawValue
            lines.append("  \(name.padded(16)) \(figure(department.satisfactionIndex.outcome))")
        }
        return lines
    }

    // MARK: - One person

    func person(_ person: PersonScores) -> [String] {
        let name = input.organisation.person(person.personID)?.name ?? ""
        var lines = ["\(person.personID) \(name)", ""]
        let shown = person.groups
        let header = "".padded(28) + shown.map { $0.group.rawValue.padded(14) }.joined()
        lines.append(header)
        for (index, _) in scores.dimensionIDs.enumerated() {
            // A merged or suppressed column keeps no cells of its own:
            // `cell(at:)` gives its reason for every position.
            lines.append(
                dimensionTitle(index).padded(28)
                    + shown.map { cell($0.cell(at: .dimension(index))).padded(14) }.joined())
        }
        lines.append("Overall".padded(28) + shown.map { cell($0.overall).padded(14) }.joined())
        lines.append("")
        lines.append("Cells show mean (n); a dash means withheld:")
        var reasons: Set<String> = []
        for group in shown {
            for cell in [group.overall] + group.dimensions {
                if let reason = cell.withholdingReason { reasons.insert("  \(group.group.rawValue): \(words(reason))") }
            }
        }
        lines += reasons.sorted()
        let findings = person.gaps.filter { $0.finding == .blindSpot || $0.finding == .hiddenStrength }
        if !findings.isEmpty {
            lines.append("")
            for gap in findings {
                let label = gap.finding == .blindSpot ? "Blind spot" : "Hidden strength"
                let what = gap.dimension.map(dimensionTitle) ?? "Overall"
                lines.append(
                    "\(label): \(what), self \(number(gap.selfScore, 2)) vs others \(number(gap.othersScore, 2))")
            }
        }
        if !person.topItems.isEmpty {
            lines.append("")
            lines.append("Highest items: " + person.topItems.map { itemLabel($0) }.joined(separator: "; "))
            lines.append("Lowest items:  " + person.bottomItems.map { itemLabel($0) }.joined(separator: "; "))
        }
        return lines
    }

    // MARK: - One department

    func department(_ department: DepartmentScores) -> [String] {
        let name = input.organisation.department(department.departmentID)?.name ?? ""
        var lines = [
            "\(department.departmentID) \(name): \(counted(department.peopleRated, "person", "people")) rated", "",
        ]
        switch department.responseRate.outcome {
        case .published(let invited, let submitted):
            lines.append("Response rate: \(submitted) of \(invited) (\(percent(submitted, of: invited)))")
        case .withheld(let reason):
            lines.append("Response rate: withheld (\(words(reason)))")
        }
        lines.append("Satisfaction index: \(figure(department.satisfactionIndex.outcome))")
        for figureValue in department.dimensions {
            let title = figureValue.dimension.map(dimensionTitle) ?? "Overall"
            lines.append("  \(title.padded(28)) \(figure(figureValue.outcome))")
        }
        return lines
    }

    // MARK: - Formatting

    private func words(_ reason: WithholdingReason) -> String {
        strings.reason(reason, policy: scores.policy, language: .english)
    }

    private func cell(_ cell: ScoreCell) -> String {
        guard let statistics = cell.statistics else { return "—" }
        return "\(number(statistics.mean, 2)) (\(statistics.count))"
    }

    private func figure(_ outcome: DepartmentScores.Figure.Outcome) -> String {
        switch outcome {
        case .published(let mean, _, let people, let respondents):
            "\(number(mean, 2)) (\(counted(people, "person", "people")), \(counted(respondents, "respondent")))"
        case .withheld(let reason): "— \(words(reason))"
        }
    }

    private func itemLabel(_ item: RankedItem) -> String {
        "\(scores.itemIDs[item.item]) \(number(item.mean, 2))"
    }

    private func dimensionTitle(_ index: Int) -> String {
        let id = scores.dimensionIDs[index]
        return input.questionnaire.dimensions.first { $0.id == id }?.title.text(in: language) ?? id.rawValue
    }

    /// Rounded as the reports round (half away from zero), so that a figure
    /// reads the same here as in the report it comes from.
    private func number(_ value: Double, _ decimals: Int) -> String {
        XMLStreamWriter.decimal(value, fractionDigits: decimals)
    }

    private func percent(_ part: Int, of whole: Int) -> String {
        whole == 0 ? "0%" : "\(Int((100 * Double(part) / Double(whole)).rounded()))%"
    }
}
