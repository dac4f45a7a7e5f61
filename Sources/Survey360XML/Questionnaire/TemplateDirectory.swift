import Foundation

/// The `templates/` directory: questionnaires, schemas and stylesheets that
/// the program reads at run time and HR may edit.
///
/// ```swift
/// let templates = try TemplateDirectory.locate("/etc/survey360/templates")
/// let schema = templates.schema(named: "questionnaire.xsd")
/// ```
public struct TemplateDirectory: Hashable, Sendable {
    public let url: URL

    public init(url: URL) {
        self.url = url
    }

    /// Finds the templates: the explicit path when one is given (from a
    /// command-line option or a configuration file), else `templates/` in
    /// the current directory, where the quick start runs.
    ///
    /// - Parameters:
    ///   - path: An explicit directory, absolute or relative to
    ///     `currentDirectory`.
    ///   - currentDirectory: Where relative paths start; the process's
    ///     current directory unless a test says otherwise.
    /// - Throws: `XMLError` with code `.unreadable` when the directory does
    ///   not exist, naming the path that was tried.
    public static func locate(
        _ path: String? = nil,
        currentDirectory: URL = URL(
            filePath: FileManager.default.currentDirectoryPath, directoryHint: .isDirectory)
    ) throws -> TemplateDirectory {
        let candidate = URL(
            filePath: path ?? "templates", directoryHint: .isDirectory, relativeTo: currentDirectory
        )
        .standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            let hint = path == nil ? "; run from the project directory or give the templates directory" : ""
            throw XMLError(.unreadable, "Templates directory '\(candidate.path)' does not exist\(hint)")
        }
        return TemplateDirectory(url: candidate)
    }

    /// `schemas/<name>`, such as `schemas/questionnaire.xsd`.
    public func schema(named name: String) -> URL {
        url.appending(path: "schemas").appending(path: name)
    }

    /// `questionnaires/<name>.xml`; `name` may also be a path to a copy
    /// elsewhere (ending in `.xml`), relative to the current directory.
    public func questionnaire(named name: String) -> URL {
        if name.hasSuffix(".xml") { return URL(filePath: name).standardizedFileURL }
        return url.appending(path: "questionnaires").appending(path: "\(name).xml")
    }

    /// Loads a questionnaire template and validates it against this
    /// directory's `schemas/questionnaire.xsd`.
    ///
    /// - Parameter name: A template name (`default`) or a path to an `.xml` file.
    /// - Throws: `XMLError`, see `QuestionnaireTemplate.load(contentsOf:schema:)`.
    public func loadQuestionnaire(_ name: String = "default") throws -> QuestionnaireTemplate {
        let schema = try XMLSchema(contentsOf: schema(named: "questionnaire.xsd"))
        return try QuestionnaireTemplate.load(contentsOf: questionnaire(named: name), schema: schema)
    }
}
