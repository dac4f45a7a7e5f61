import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A real `survey360 serve` process on a port of its own, its output in a
/// log file (never a pipe that nobody reads).
final class ServeProcess: @unchecked Sendable {
    /// The `survey360` executable built beside the test bundle.
    static var executable: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("survey360")
            .path
    }

    /// The port the server chose (it is started with `--port 0`).
    private(set) var port = 0
    let log: URL
    private let process = Process()

    /// Starts the server on `database`, on a port the system chooses, and
    /// waits until it answers. No port is guessed: a guessed port can be
    /// taken meanwhile, for instance as the local end of another test's
    /// connection.
    init(database: String, folder: URL, environment extra: [String: String] = [:]) async throws {
        log = folder.appendingPathComponent("serve-\(UUID().uuidString).log")
        // FileHandle(forWritingTo:) below fails, naming the file, if it
        // could not be made.
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let output = try FileHandle(forWritingTo: log)
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = [
            "serve", "--port", "0", "--database", database, "--templates",
            CommandRunner.repositoryRoot.appendingPathComponent("templates").path,
        ]
        // A SQLite store keeps its key beside the database, where the
        // commands that launched the campaign found it; PostgreSQL needs one.
        if database.hasPrefix("postgres") {
            process.arguments! += ["--pseudonym-key", folder.appendingPathComponent("pseudonym-key").path]
        }
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = output
        try process.run()
        try output.close()
        try await waitUntilServing()
    }

    /// The hash of `password` as HR makes it for
    /// SURVEY360_ADMIN_PASSWORD_HASH: `survey360 hash-password < password.txt`.
    static func passwordHash(of password: String) throws -> String {
        let result = try hashPassword(input: password + "\n")
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `survey360 hash-password` run with `input` on its standard input.
    static func hashPassword(input text: String) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["hash-password"]
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let written = output.fileHandleForReading.readDataToEndOfFile()
        let said = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: written, as: UTF8.self), String(decoding: said, as: UTF8.self)
        )
    }

    var base: String { "http://127.0.0.1:\(port)" }
    var isRunning: Bool { process.isRunning }

    /// Ends the server as `kill -9` would: no chance to finish anything.
    func kill() {
        guard process.isRunning else { return }
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }

    deinit { kill() }

    /// Waits up to a minute for the line that names the port, then for
    /// `/healthz`: a debug build started beside a hundred other tests on two
    /// cores can take that long. A server that exits stops the wait at once,
    /// and its log says why.
    private func waitUntilServing() async throws {
        for _ in 0..<300 {
            if port == 0, let line = logText.split(separator: "\n").first(where: { $0.hasPrefix("Serving ") }),
                let chosen = line.split(separator: ":").last.flatMap({ Int($0) })
            {
                port = chosen
            }
            if port != 0, let response = try? await WebClient.shared.get("\(base)/healthz"), response.status == 200 {
                return
            }
            guard process.isRunning else { break }
            try await Task.sleep(for: .milliseconds(200))
        }
        throw ServeProcessError(description: "survey360 serve did not answer: \(logText.suffix(2000))")
    }

    private var logText: String { (try? String(contentsOf: log, encoding: .utf8)) ?? "" }
}

struct ServeProcessError: Error, CustomStringConvertible {
    let description: String
}

/// An HTTP client that does not follow redirects, so that a submission's
/// `303 See Other` (the success) is seen as such.
final class WebClient: NSObject, URLSessionTaskDelegate, @unchecked Sendable {
    static let shared = WebClient()

    struct Reply: Sendable {
        var status: Int
        var body: String
        var headers: [String: String]
    }

    private lazy var session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpShouldSetCookies = false
        configuration.timeoutIntervalForRequest = 60
        configuration.httpMaximumConnectionsPerHost = 64
        return URLSession(configuration: configuration, delegate: self, delegateQueue: nil)
    }()

    func get(_ url: String, cookie: String? = nil) async throws -> Reply {
        var request = URLRequest(url: URL(string: url)!)
        if let cookie { request.setValue(cookie, forHTTPHeaderField: "Cookie") }
        return try await send(request)
    }

    func post(_ url: String, form: [(String, String)], cookie: String? = nil) async throws -> Reply {
        var request = URLRequest(url: URL(string: url)!)
        request.httpMethod = "POST"
        request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
        if let cookie { request.setValue(cookie, forHTTPHeaderField: "Cookie") }
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        request.httpBody = Data(
            form.map { name, value in
                "\(name.addingPercentEncoding(withAllowedCharacters: allowed)!)="
                    + value.addingPercentEncoding(withAllowedCharacters: allowed)!
            }.joined(separator: "&").utf8)
        return try await send(request)
    }

    private func send(_ request: URLRequest) async throws -> Reply {
        let (data, response) = try await session.data(for: request)
        let http = response as! HTTPURLResponse
        var headers: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
        }
        return Reply(status: http.statusCode, body: String(decoding: data, as: UTF8.self), headers: headers)
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}
