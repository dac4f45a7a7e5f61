import ArgumentParser
import Survey360Core
import Survey360XML

/// The `--templates` option: where questionnaires, schemas and report
/// stylesheets are read from at run time, so HR edits them without
/// recompiling.
struct TemplateOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("The templates directory; ./templates if absent.", valueName: "path"))
    var templates: String?

    func directory() throws -> TemplateDirectory {
        do {
            return try TemplateDirectory.locate(templates)
        } catch let error as XMLError {
            throw CommandFailure(error.description)
        }
    }

    /// Loads and validates the campaign's questionnaire template.
    func questionnaire(for campaign: Campaign) throws -> QuestionnaireTemplate {
        do {
            return try directory().loadQuestionnaire(campaign.templateID)
        } catch let error as XMLError {
            Console.current.printError(error.description)
            throw ExitCode(1)
        }
    }
}
