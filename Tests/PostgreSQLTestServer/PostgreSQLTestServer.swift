import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A real PostgreSQL server from Debian's `postgresql` package, started by
/// the tests themselves: one per test process, in a temporary directory, on
/// loopback, as the unprivileged `postgres` user (the server refuses to run
/// as root, and the tests run as root in CI).
///
/// ```swift
/// let url = try await PostgreSQLTestServer.newDatabase()
/// let store = try PostgreSQLStore(url: url)
/// ```
///
/// Nothing is left running: the server stops when the process exits, and a
/// small watchdog stops it even if the process is killed. The server never
/// writes to a pipe of ours: `pg_ctl` keeps its standard output open in the
/// server it starts, so it is given `/dev/null` and a log file instead
/// (a pipe read to its end would wait for the server to stop).
///
/// A test that cannot start the server fails with the reason and the end of
/// the server's log; it never skips.
public final class PostgreSQLTestServer: Sendable {
    /// Where Debian installs the server's programs.
    public static let binaries = URL(fileURLWithPath: "/usr/lib/postgresql/15/bin")
    /// The unprivileged account the server runs as; the package creates it.
    public static let account = "postgres"
    /// The superuser the tests connect as, with a password, so that the
    /// URL's credentials are exercised as in production.
    public static let user = "survey360"
    public static let password = "test-secret"

    public let port: Int
    /// The temporary folder holding the cluster, its socket and its log.
    public let directory: URL
    public var dataDirectory: URL { directory.appendingPathComponent("data") }
    public var logFile: URL { directory.appendingPathComponent("server.log") }

    /// Guards the shared server's start; ``lock`` guards the rest.
    private static let startLock = NSLock()
    private static let lock = NSLock()
    nonisolated(unsafe) private static var started: Result<PostgreSQLTestServer, any Error>?
    nonisolated(unsafe) private static var databaseCounter = 0

    /// The process's server, started on first use and shared by the tests.
    public static func shared() throws -> PostgreSQLTestServer {
        startLock.lock()
        defer { startLock.unlock() }
        if started == nil {
            started = Result { try PostgreSQLTestServer() }
        }
        return try started!.get()
    }

    /// A server of the caller's own, for a test that stops and restarts it
    /// (the fault tests) without disturbing the tests sharing ``shared()``.
    public static func dedicated() throws -> PostgreSQLTestServer {
        try PostgreSQLTestServer()
    }

    /// Every server started, stopped by one exit handler.
    nonisolated(unsafe) private static var running: [PostgreSQLTestServer] = []

    private static func register(_ server: PostgreSQLTestServer) {
        lock.withLock {
            if running.isEmpty {
                atexit { PostgreSQLTestServer.lock.withLock { PostgreSQLTestServer.running }.forEach { $0.shutDown() } }
            }
            running.append(server)
        }
    }

    private init() throws {
        let account = try Self.accountIDs()
        // Under /tmp rather than $TMPDIR: the server's account must be able
        // to reach the folder, and a private $TMPDIR would stop it.
        directory = URL(fileURLWithPath: "/tmp/survey360-postgres-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let passwordFile = directory.appendingPathComponent("password")
        try Self.password.write(to: passwordFile, atomically: true, encoding: .utf8)
        try Self.chown(directory, to: account)
        try Self.chown(passwordFile, to: account)

        try Self.runAsAccount(
            "initdb",
            [
                "-D", directory.appendingPathComponent("data").path, "-U", Self.user,
                "--pwfile=\(passwordFile.path)", "--auth-local=trust", "--auth-host=scram-sha-256",
                "--encoding=UTF8", "--no-locale", "--no-sync",
            ], log: directory.appendingPathComponent("initdb.log"))

        try Self.makeCertificate(in: directory, for: account)

        do {
            port = try Self.startOnFreePort(directory: directory)
        } catch {
            try? FileManager.default.removeItem(at: directory)
            throw error
        }
        try Self.startWatchdog(directory: directory)
        Self.register(self)
    }

    /// Starts the server on a port the kernel says is free, again on another
    /// if someone took it in between.
    private static func startOnFreePort(directory: URL) throws -> Int {
        var lastError: (any Error)?
        for _ in 0..<5 {
            let port = try freePort()
            do {
                try startServer(directory: directory, port: port)
                return port
            } catch {
                lastError = error
            }
        }
        throw lastError ?? PostgreSQLTestServerError("the server did not start")
    }

    /// A new, empty database on the shared server, made off Swift's
    /// cooperative threads: starting the server (initdb) and `createdb`
    /// block for seconds under load, and with two cores two blocked threads
    /// stop every other test's tasks, timers included.
    public static func newDatabase() async throws -> String {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try shared().createDatabase() })
            }
        }
    }

    /// A new, empty database on the server, as the URL the store takes.
    public func createDatabase() throws -> String {
        let name = Self.lock.withLock {
            Self.databaseCounter += 1
            return "survey360_test_\(Self.databaseCounter)"
        }
        try Self.run(
            Self.binaries.appendingPathComponent("createdb").path,
            ["-h", "127.0.0.1", "-p", String(port), "-U", Self.user, name], named: "createdb",
            environment: ["PGPASSWORD": Self.password], log: directory.appendingPathComponent("createdb.log"))
        return url(database: name)
    }

    /// What `psql` prints for `sql` on `database`, unaligned and without
    /// headers: for tests that look at the server itself.
    public func psql(_ sql: String, database: String = "postgres") throws -> String {
        let output = directory.appendingPathComponent("psql-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: output) }
        try Self.run(
            Self.binaries.appendingPathComponent("psql").path,
            ["-h", "127.0.0.1", "-p", String(port), "-U", Self.user, "-d", database, "-At", "-c", sql], named: "psql",
            environment: ["PGPASSWORD": Self.password], log: output)
        return try String(contentsOf: output, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The URL of `database` on this server.
    public func url(database: String) -> String {
        "postgres://\(Self.user):\(Self.password)@127.0.0.1:\(port)/\(database)"
    }

    /// Stops the server at once, as a crash would (`-m immediate`), so that
    /// the next start recovers from the write-ahead log.
    public func stop() throws {
        try Self.runAsAccount(
            "pg_ctl", ["-D", dataDirectory.path, "-m", "immediate", "-w", "stop"],
            log: directory.appendingPathComponent("pg_ctl-stop.log"))
    }

    /// Starts the server again on the same port after ``stop()``.
    public func start() throws {
        try Self.startServer(directory: directory, port: port)
    }

    /// Stops the server and removes its files; called when the process exits.
    func shutDown() {
        try? stop()
        try? FileManager.default.removeItem(at: directory)
    }

    // MARK: - Processes

    private static func startServer(directory: URL, port: Int) throws {
        let options = [
            "-c listen_addresses=127.0.0.1", "-p \(port)", "-k \(directory.path)",
            // The tests' data is thrown away; a crash of the server process
            // (what the fault tests cause) loses nothing even without fsync,
            // since the operating system keeps what was written.
            "-c fsync=off", "-c max_connections=200",
            // TLS is offered, as a production server would, so that
            // `?sslmode=require` is tested; loopback URLs without it stay plain.
            "-c ssl=on", "-c ssl_cert_file=\(directory.path)/server.crt",
            "-c ssl_key_file=\(directory.path)/server.key",
        ].joined(separator: " ")
        try runAsAccount(
            "pg_ctl",
            [
                "-D", directory.appendingPathComponent("data").path, "-l",
                directory.appendingPathComponent("server.log").path, "-o", options, "-w", "-t", "60", "start",
            ], log: directory.appendingPathComponent("pg_ctl-start.log"),
            serverLog: directory.appendingPathComponent("server.log"))
    }

    /// A self-signed certificate for the server, its key readable by the
    /// server's account only (PostgreSQL refuses a key others can read).
    private static func makeCertificate(in directory: URL, for account: (uid: uid_t, gid: gid_t)) throws {
        try run(
            "/usr/bin/openssl",
            [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                "-keyout", directory.appendingPathComponent("server.key").path,
                "-out", directory.appendingPathComponent("server.crt").path,
            ], named: "openssl", log: directory.appendingPathComponent("openssl.log"))
        for file in ["server.key", "server.crt"] {
            let url = directory.appendingPathComponent(file)
            try chown(url, to: account)
            guard chmod(url.path, 0o600) == 0 else { throw PostgreSQLTestServerError("cannot protect \(file)") }
        }
    }

    /// A detached shell that stops the server once this process is gone,
    /// however it ended (a crash or `kill -9` runs no exit handler).
    private static func startWatchdog(directory: URL) throws {
        let data = directory.appendingPathComponent("data").path
        let pgctl = binaries.appendingPathComponent("pg_ctl").path
        let script = """
            while kill -0 \(getpid()) 2>/dev/null; do sleep 1; done
            runuser -u \(account) -- \(pgctl) -D '\(data)' -m immediate stop
            rm -rf '\(directory.path)'
            """
        _ = try spawn("/usr/bin/setsid", ["/bin/sh", "-c", script], output: "/dev/null")
    }

    private static func runAsAccount(
        _ program: String, _ arguments: [String], log: URL, serverLog: URL? = nil
    ) throws {
        try run(
            "/usr/sbin/runuser", ["-u", account, "--", binaries.appendingPathComponent(program).path] + arguments,
            named: program, log: log, serverLog: serverLog)
    }

    /// Runs a program to its end with its output in `log` (never a pipe).
    private static func run(
        _ path: String, _ arguments: [String], named name: String, environment: [String: String] = [:],
        log: URL, serverLog: URL? = nil
    ) throws {
        let pid = try spawn(path, arguments, environment: environment, output: log.path)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED and WEXITSTATUS, which Swift does not import.
        let exited = status & 0x7f == 0
        let code = (status >> 8) & 0xff
        guard exited && code == 0 else {
            var reason = tail(of: log)
            if let serverLog { reason += "\n" + tail(of: serverLog) }
            throw PostgreSQLTestServerError("\(name) exited with status \(status): \(reason)")
        }
    }

    /// Starts a program with `/dev/null` as input, `output` as its output,
    /// and no other descriptor of this process.
    ///
    /// Not Foundation's `Process`: it hands each child one end of a socket
    /// and waits for that end to close, and the server `pg_ctl` starts
    /// inherits it and keeps it open, so waiting for `pg_ctl` would wait for
    /// the server to stop. Here every descriptor above 2 is closed in the
    /// child, and the child is reaped with `waitpid`.
    private static func spawn(
        _ path: String, _ arguments: [String], environment: [String: String] = [:], output: String
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        guard closeFrom(&actions, 3) == 0 else { throw PostgreSQLTestServerError("cannot close descriptors") }
        let variables = ProcessInfo.processInfo.environment.merging(environment) { $1 }.map { "\($0)=\($1)" }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = variables.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, path, &actions, nil, argv, envp)
        guard result == 0 else { throw PostgreSQLTestServerError("cannot start \(path): error \(result)") }
        return pid
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later),
    /// which the Swift Glibc module does not import.
    nonisolated(unsafe) private static let closeFrom:
        @convention(c) (
            UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32
        ) -> Int32 = {
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np")
            else { fatalError("glibc 2.34 or later is needed (posix_spawn_file_actions_addclosefrom_np)") }
            return unsafeBitCast(
                symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
        }()

    private static func tail(of file: URL) -> String {
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").suffix(10).joined(separator: "\n")
    }

    // MARK: - The machine

    private static func accountIDs() throws -> (uid: uid_t, gid: gid_t) {
        guard let entry = getpwnam(account) else {
            throw PostgreSQLTestServerError(
                "there is no '\(account)' user: install Debian's postgresql package (scripts/install-dependencies)")
        }
        guard FileManager.default.isExecutableFile(atPath: binaries.appendingPathComponent("pg_ctl").path) else {
            throw PostgreSQLTestServerError("\(binaries.path)/pg_ctl is missing: install Debian's postgresql package")
        }
        return (entry.pointee.pw_uid, entry.pointee.pw_gid)
    }

    private static func chown(_ url: URL, to account: (uid: uid_t, gid: gid_t)) throws {
        guard Glibc.chown(url.path, account.uid, account.gid) == 0 else {
            throw PostgreSQLTestServerError("cannot give \(url.path) to \(Self.account): errno \(errno)")
        }
    }

    /// A port nobody listens on now, chosen by the kernel (for the tests'
    /// own servers too).
    public static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw PostgreSQLTestServerError("no socket: errno \(errno)") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
                bind(descriptor, address, length) == 0 && getsockname(descriptor, address, &length) == 0
            }
        }
        guard bound else { throw PostgreSQLTestServerError("cannot pick a free port: errno \(errno)") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// Why the test server could not be started or used.
public struct PostgreSQLTestServerError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = "PostgreSQL test server: \(description)" }
}
