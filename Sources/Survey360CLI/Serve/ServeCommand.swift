import ArgumentParser
import Foundation
import Hummingbird
import Survey360Web

/// `survey360 serve`: the web application for raters, HR and managers.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the questionnaires to raters, progress to HR and scorecards to managers.",
        discussion: """
            HR signs in with the administrator password whose hash is in the environment \
            variable SURVEY360_ADMIN_PASSWORD_HASH ('survey360 hash-password' makes one). \
            Put the server behind HTTPS in production and set SURVEY360_SECURE_COOKIES=1, \
            with the reverse proxy's addresses in SURVEY360_TRUSTED_PROXIES. \
            Several servers may share one database (and its sessions); they then share \
            SURVEY360_FORM_KEY too.
            """
    )

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 lets the system choose one, which the first line printed names.")
    var port = 8080

    @OptionGroup var templates: TemplateOptions
    @OptionGroup var store: StoreOptions

    func run() async throws {
        var configuration: WebConfiguration
        do {
            configuration = try WebConfiguration(environment: ProcessInfo.processInfo.environment)
        } catch let error as WebConfigurationError {
            throw CommandFailure(error.description)
        }
        configuration.host = host
        configuration.port = port
        let directory = try templates.directory()
        if ProcessInfo.processInfo.environment["SURVEY360_ASSETS"] == nil {
            configuration.assetsDirectory = directory.url.appendingPathComponent("web").path
        }
        if configuration.administratorPasswordHash == nil {
            Console.current.printError(
                "warning: SURVEY360_ADMIN_PASSWORD_HASH is not set; HR pages cannot be signed in to")
        }
        let database = try store.open()
        let scorecards = try StoredScorecards(store: database, templates: directory, pseudonyms: try store.pseudonyms())
        // In the database, so that servers sharing it share sessions and
        // sign-in limits, and a re-issued credential ends a manager's
        // sessions on all.
        let sessions = store.sessions(in: database, limits: configuration.sessionLimits)
        let attempts = store.signInAttempts(in: database, window: configuration.failureWindow)
        let console = Console.current
        let served = store.displayName
        let host = host
        do {
            // Printed once the port is bound, so that the line is true and
            // names the port the system chose for --port 0.
            let app = try buildApplication(
                configuration: configuration, store: database, scorecards: scorecards, sessions: sessions,
                signInAttempts: attempts
            ) { port in
                console.print("Serving \(served) on http://\(host):\(port)")
            }
            try await app.runService()
        } catch let error as WebConfigurationError {
            throw CommandFailure(error.description)
        } catch {
            guard let sentence = ListeningFailure.description(of: error, host: host, port: port) else { throw error }
            throw CommandFailure(sentence)
        }
    }
}
