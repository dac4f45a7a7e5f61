import Survey360Core
import Survey360Storage

/// The rater's two pages: the list of questionnaires and one questionnaire.
struct RaterPages: Sendable {
    let visit: RaterVisit
    let organisation: Organisation
    let strings: UIStrings
    /// The link's base, `/r/<token>`: the link is the rater's credential.
    let base: String

    init(visit: RaterVisit, organisation: Organisation, base: String) {
        self.visit = visit
        self.organisation = organisation
        self.base = base
        let rater = organisation.person(visit.invitation.raterID)
        strings = UIStrings(rater?.language ?? visit.campaign.language)
    }

    var language: SurveyLanguage { strings.language }

    // MARK: - The list

    func list(statuses: [RaterPair: ResponseStatus]) -> Page {
        let items = visit.assignments.enumerated().map { offset, assignment -> HTML in
            let person = organisation.person(assignment.rateeID)
            let department = person.flatMap { organisation.department($0.departmentID) }?.name ?? ""
            let status = statuses[assignment.pair] ?? .notStarted
            let (label, action): (String, String) =
                switch status {
                case .notStarted: (strings.notStarted, strings.openAction)
                case .draft: (strings.draftStatus, strings.openAction)
                case .submitted: (strings.submittedStatus, strings.viewAction)
                }
            return """
                <li class="questionnaire status-\(status.rawValue)">\
                <a href="\(base)/\(offset + 1)"><span class="person">\(HTML.isolated(person?.name ?? assignment.rateeID.rawValue))</span>\
                <span class="action">\(action)</span></a>\
                <dl><dt>\(strings.departmentColumn)</dt><dd>\(department)</dd>\
                <dt>\(strings.roleColumn)</dt><dd>\(strings.role(assignment.group))</dd>\
                <dt>\(strings.statusColumn)</dt><dd>\(label)</dd></dl></li>
                """
        }
        let finished = visit.assignments.allSatisfy { statuses[$0.pair] == .submitted }
        let hasSuperior = visit.assignments.contains { $0.group == .superior }
        let body: HTML = """
            <h1>\(strings.questionnairesTitle)</h1>
            <p class="campaign">\(visit.campaign.title)<br>\(strings.answerBy(visit.campaign.closes))</p>
            \(finished && !visit.assignments.isEmpty ? "<p class=\"done\" role=\"status\">\(strings.allDone)</p>" : HTML.empty)
            <p>\(strings.questionnairesIntro)</p>
            \(hasSuperior ? "<p class=\"note\">\(strings.superiorNote)</p>" : HTML.empty)
            <ul class="questionnaires">\(items)</ul>
            """
        return Page(title: strings.questionnairesTitle, language: language, body: body)
    }

    // MARK: - One questionnaire

    /// The form, editable until submitted and read-only after.
    func questionnaire(
        number: Int, assignment: Assignment, response: Response?, message: HTML = .empty
    ) -> Page {
        let questionnaire = visit.questionnaire
        let readOnly = response?.isSubmitted == true
        // Isolated (FSI … PDI, the plain-text form of `<bdi>`, as the name
        // also goes into the page's title) so that directional controls in
        // a name cannot reorder the words around it.
        let name = "\u{2068}\(organisation.person(assignment.rateeID)?.name ?? assignment.rateeID.rawValue)\u{2069}"
        let disabled: HTML = readOnly ? " disabled" : ""
        let dimensions = questionnaire.dimensions.compactMap { dimension -> HTML? in
            let items = questionnaire.items(in: dimension.id)
            guard !items.isEmpty else { return nil }
            let fieldsets = items.map { item in
                itemFieldset(item, group: assignment.group, answer: response?.ratings[item.id], disabled: disabled)
            }
            let summary = dimension.summary.text(in: language)
            return """
                <section class="dimension"><h2>\(dimension.title.text(in: language))</h2>\
                \(summary.isEmpty ? HTML.empty : "<p class=\"summary\">\(summary)</p>")\(fieldsets)</section>
                """
        }
        let comments = questionnaire.openQuestions.enumerated().map { offset, question -> HTML in
            let text = response?.comments[question.id] ?? ""
            return """
                <div class="open-question"><label for="comment-\(offset + 1)">\(question.prompt.text(in: language))</label>\
                <textarea id="comment-\(offset + 1)" name="comment.\(question.id.rawValue)" rows="4" dir="auto" \
                maxlength="4000"\(disabled)>\(text)</textarea></div>
                """
        }
        let actions: HTML =
            readOnly
            ? "<p class=\"done\" role=\"status\">\(strings.submittedMessage)</p>"
            : """
            <p id="autosave-status" class="autosave" role="status" aria-live="polite"></p>\
            <div class="actions"><button type="submit" name="action" value="save">\(strings.saveDraftButton)</button>\
            <button type="submit" name="action" value="submit" class="primary">\(strings.submitButton)</button></div>\
            <p class="hint">\(strings.submitNote)</p>
            """
        let body: HTML = """
            <p><a href="\(base)">\(strings.backToList)</a></p>
            <h1>\(strings.rating(name))</h1>
            <p class="role">\(strings.roleColumn)\(strings.colon)\(strings.role(assignment.group))</p>
            \(assignment.group == .superior ? "<p class=\"note\">\(strings.superiorNote)</p>" : HTML.empty)
            \(message)
            <form method="post" action="\(base)/\(number)" class="questionnaire-form" data-autosave="\(readOnly ? "off" : "on")" \
            data-saved="\(strings.autosaveSaved)" data-failed="\(strings.autosaveFailed)" data-ready="\(strings.autosaveReady)">
            <p class="scale">\(strings.scaleExplanation)</p>
            \(dimensions)
            \(comments.isEmpty ? HTML.empty : "<section class=\"comments\"><h2>\(strings.commentsHeading)</h2><p class=\"hint\">\(strings.commentsNote)</p>\(comments)</section>")
            \(actions)
            </form>
            """
        return Page(
            title: strings.rating(name), language: language, body: body,
            scripts: readOnly ? [] : ["/assets/autosave.js"])
    }

    private func itemFieldset(_ item: QuestionnaireItem, group: RaterGroup, answer: Answer?, disabled: HTML) -> HTML {
        let scale = visit.questionnaire.scale
        let field = "item.\(item.id.rawValue)"
        let choices = (scale.minimum...scale.maximum).map { value -> HTML in
            let checked: HTML = answer == .score(value) ? " checked" : ""
            return
                "<label class=\"choice\"><input type=\"radio\" name=\"\(field)\" value=\"\(value)\"\(checked)\(disabled)><span>\(value)</span></label>"
        }
        let cannotJudge: HTML = answer == .cannotJudge ? " checked" : ""
        return """
            <fieldset class="item"><legend>\(item.wording(for: group).text(in: language))</legend>\
            <div class="choices">\(choices)<label class="choice na"><input type="radio" name="\(field)" \
            value="\(Answer.cannotJudge.text)"\(cannotJudge)\(disabled)><span>\(strings.cannotJudge)</span></label></div></fieldset>
            """
    }
}
