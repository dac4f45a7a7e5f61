import ArgumentParser
import Survey360Core
import Survey360XML

/// The `--templates` option: where questionnaires, schemas and report
/// stylesheets are read from at run time, so HR edits them without
/// recompiling. Without it the templates are looked for as
/// ``TemplateDirectory/locate(_:environment:executable:currentDirectory:)``
/// says, so that an installed `survey360` finds its own from any directory.
struct TemplateOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The templates directory; else $SURVEY360_TEMPLATES, ../share/survey360/templates next to the "
                + "program, ./templates, then survey360/templates in $XDG_DATA_DIRS (/usr/local/share, /usr/share).",
            valueName: "path"))
    var templates: String?

    /// The templates directory; a missing one ends the command with its
    /// message alone (it is not a usage mistake, so no usage text).
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
