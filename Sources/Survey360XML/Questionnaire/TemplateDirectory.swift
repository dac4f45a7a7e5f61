import Foundation

/// The `templates/` directory: questionnaires, schemas and stylesheets that
/// the program reads at run time and HR may edit.
///
/// ```swift
/// let templates = try TemplateDirectory.locate()   // the search path
/// let edited = try TemplateDirectory.locate("/srv/survey360/templates")
/// let schema = templates.schema(named: "questionnaire.xsd")
/// ```
public struct TemplateDirectory: Hashable, Sendable {
    public let url: URL

    public init(url: URL) {
        self.url = url
    }

    /// The environment variable that names the templates directory when no
    /// option does: how a service manager or a shell profile configures an
    /// installed program.
    public static let environmentVariable = "SURVEY360_TEMPLATES"

    /// Finds the templates the way installed command-line tools find their
    /// data, first match wins:
    ///
    /// 1. `path`, when one is given (the `--templates` option);
    /// 2. the directory in `SURVEY360_TEMPLATES`;
    /// 3. `../share/survey360/templates` next to the executable (symbolic
    ///    links resolved), where `scripts/install --prefix PREFIX` puts
    ///    them beside `PREFIX/bin/survey360`;
    /// 4. `templates/` in the current directory, for a checkout (the quick
    ///    start and the tests run there);
    /// 5. `survey360/templates` in each directory of `XDG_DATA_DIRS`
    ///    (by default `/usr/local/share` and `/usr/share`), the folders
    ///    configured for data shared by all programs.
    ///
    /// An explicit path or variable must exist: a typo is an error rather
    /// than a silent fall-back. A folder on the search path counts only if
    /// it holds `schemas/`, so that an unrelated `templates/` folder in the
    /// current directory is passed over.
    ///
    /// - Parameters:
    ///   - path: An explicit directory, absolute or relative to
    ///     `currentDirectory`.
    ///   - environment: Where `SURVEY360_TEMPLATES` and `XDG_DATA_DIRS` are
    ///     read; the process's environment unless a test says otherwise.
    ///   - executable: The running program; ``runningExecutable`` unless a
    ///     test says otherwise.
    ///   - currentDirectory: Where relative paths start; the process's
    ///     current directory unless a test says otherwise.
    /// - Throws: `XMLError` with code `.unreadable` naming the directory
    ///   that does not exist, or every place that was searched.
    public static func locate(
        _ path: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: URL? = runningExecutable,
        currentDirectory: URL = URL(
            filePath: FileManager.default.currentDirectoryPath, directoryHint: .isDirectory)
    ) throws -> TemplateDirectory {
        if let path {
            return try existing(path, relativeTo: currentDirectory, named: "Templates directory")
        }
        if let configured = environment[environmentVariable], !configured.isEmpty {
            return try existing(configured, relativeTo: currentDirectory, named: "\(environmentVariable) directory")
        }
        let candidates = searchPath(
            environment: environment, executable: executable, currentDirectory: currentDirectory)
        for candidate in candidates where isDirectory(candidate.appending(path: "schemas")) {
            return TemplateDirectory(url: candidate)
        }
        let tried = candidates.map { "'\($0.path)'" }.joined(separator: ", ")
        throw XMLError(
            .unreadable,
            "No templates directory found in \(tried); give one with --templates or \(environmentVariable)")
    }

    /// Steps 3 to 5 of ``locate(_:environment:executable:currentDirectory:)``,
    /// in order.
    public static func searchPath(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: URL? = runningExecutable,
        currentDirectory: URL = URL(
            filePath: FileManager.default.currentDirectoryPath, directoryHint: .isDirectory)
    ) -> [URL] {
        var candidates: [URL] = []
        if let executable {
            candidates.append(
                executable.resolvingSymlinksInPath().deletingLastPathComponent()
                    .appending(path: "../share/survey360/templates", directoryHint: .isDirectory).standardizedFileURL)
        }
        candidates.append(
            currentDirectory.appending(path: "templates", directoryHint: .isDirectory).standardizedFileURL)
        let dataDirectories =
            environment["XDG_DATA_DIRS"].flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/local/share:/usr/share"
        for directory in dataDirectories.split(separator: ":") where directory.hasPrefix("/") {
            candidates.append(
                URL(filePath: String(directory), directoryHint: .isDirectory)
                    .appending(path: "survey360/templates", directoryHint: .isDirectory).standardizedFileURL)
        }
        var seen: Set<String> = []
        return candidates.filter { seen.insert($0.path).inserted }
    }

    /// The program this process runs, as the kernel knows it
    /// (`/proc/self/exe`, which follows no `PATH` and no relative
    /// `argv[0]`), else the first argument.
    public static var runningExecutable: URL? {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(filePath: path)
        }
        return CommandLine.arguments.first.map { URL(filePath: $0) }
    }

    private static func existing(_ path: String, relativeTo base: URL, named what: String) throws -> TemplateDirectory {
        let candidate = URL(filePath: path, directoryHint: .isDirectory, relativeTo: base).standardizedFileURL
        guard isDirectory(candidate) else {
            throw XMLError(.unreadable, "\(what) '\(candidate.path)' does not exist")
        }
        return TemplateDirectory(url: candidate)
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
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
