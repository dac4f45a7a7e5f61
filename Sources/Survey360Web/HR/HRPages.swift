import Foundation
import Survey360Core
import Survey360Storage

/// The markup of HR's pages.
enum HRPages {
    static func progress(
        campaign: Campaign, progress: CampaignProgress, takenAt: Date, log: [AuditEvent], strings: UIStrings
    ) -> HTML {
        let departmentRows =
            progress.byDepartment.map { countsRow($0.name, $0.counts) }
            + (progress.otherDepartments.map { [countsRow(strings.otherRow, $0)] } ?? [])
        let groupRows =
            progress.byGroup.map { countsRow(strings.groupName($0.group), $0.counts) }
            + (progress.otherGroups.map { [countsRow(strings.otherRow, $0)] } ?? [])
        let pendingRows = progress.pending.map { rater -> HTML in
            "<tr><td>\(HTML.isolated(rater.name))</td><td>\(rater.department)</td></tr>"
        }
        let formatter = ISO8601DateFormatter()
        let counts: HTML =
            progress.total.map { total in
                """
                <section><h2>\(strings.byDepartmentHeading)</h2>
                \(countsTable(strings.departmentColumn, departmentRows, total: total, strings))</section>
                <section><h2>\(strings.byGroupHeading)</h2>
                \(countsTable(strings.groupColumn, groupRows, total: total, strings))</section>
                """
            } ?? "<p>\(strings.tooFewRatersForCounts)</p>"
        let logRows = log.map { event -> HTML in
            """
            <tr><td>\(formatter.string(from: event.date))</td><td>\(event.actor)</td>\
            <td>\(event.action)</td><td>\(event.detail)</td></tr>
            """
        }
        let pending: HTML =
            progress.pending.isEmpty
            ? "<p>\(strings.nobodyPending)</p>"
            : """
            <table class="pending"><thead><tr><th scope="col">\(strings.nameColumn)</th>\
            <th scope="col">\(strings.departmentColumn)</th></tr>\
            </thead><tbody>\(pendingRows)</tbody></table>
            """
        return """
            <p><a href="/hr">\(strings.campaignsTitle)</a></p>
            <h1>\(strings.progressTitle(campaign.title))</h1>
            <p>\(strings.stateLabel)\(strings.colon)<span class="state">\(strings.state(campaign.state))</span></p>
            <p class="hint">\(strings.countsNote)</p>
            <p class="hint">\(strings.countsTaken(formatter.string(from: takenAt)))</p>
            \(counts)
            <section><h2>\(strings.pendingHeading)</h2>\(pending)</section>
            <section><h2>\(strings.auditHeading)</h2>
            <table class="audit"><thead><tr><th scope="col">\(strings.dateColumn)</th><th scope="col">\(strings.actorColumn)</th>\
            <th scope="col">\(strings.actionColumn)</th><th scope="col">\(strings.detailColumn)</th></tr></thead>\
            <tbody>\(logRows)</tbody></table></section>
            """
    }

    static func issueForm(_ strings: UIStrings, csrf: String) -> HTML {
        """
        <section><h2>\(strings.issueHeading)</h2>
        <form method="post" action="/hr/credentials" class="issue">
        <input type="hidden" name="csrf" value="\(csrf)">
        <label for="person">\(strings.personIDLabel)</label>
        <input id="person" name="person" required>
        <div class="actions"><button type="submit">\(strings.issueButton)</button></div>
        </form></section>
        """
    }

    private static func countsTable(
        _ heading: String, _ rows: [HTML], total: CampaignProgress.Counts, _ strings: UIStrings
    )
        -> HTML
    {
        """
        <table class="counts"><thead><tr><th scope="col">\(heading)</th><th scope="col" class="number">\(strings.assignedColumn)</th>\
        <th scope="col" class="number">\(strings.submittedColumn)</th><th scope="col" class="number">\(strings.draftColumn)</th>\
        <th scope="col" class="number">\(strings.notStartedColumn)</th><th scope="col" class="number">\(strings.rateColumn)</th></tr></thead>\
        <tbody>\(rows)</tbody><tfoot>\(countsRow(strings.totalRow, total))</tfoot></table>
        """
    }

    private static func countsRow(_ label: String, _ counts: CampaignProgress.Counts) -> HTML {
        """
        <tr><th scope="row">\(label)</th><td class="number">\(counts.assigned)</td>\
        <td class="number">\(counts.submitted)</td><td class="number">\(counts.drafts)</td>\
        <td class="number">\(counts.notStarted)</td><td class="number">\(counts.percent)%</td></tr>
        """
    }
}
