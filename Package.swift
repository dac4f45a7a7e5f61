// swift-tools-version: 6.0
import PackageDescription

/// Survey360: a 360-degree internal customer satisfaction survey system.
///
/// Modules are layered as in `../shared/design/architecture.md`; arrows point
/// down and nothing imports upward:
///
///     survey360 (CLI: Survey360CLI) ──────── Survey360Web
///            |                      \          |
///     Survey360SQLite   Survey360Import   Survey360Reports ── Survey360XML ── CSurvey360XML / CSurvey360XSLT
///            |                 |           /        |
///     Survey360Storage ────────┼──────────'   Survey360Scoring
///             \                |                   /
///                     Survey360Core (Foundation only)
///
/// The reports module reads and writes the stored report documents through
/// the `SurveyStore` protocol, so the web renders managers' pages from the
/// record without a command-line type.
let package = Package(
    name: "Survey360",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "survey360", targets: ["survey360"]),
        .library(name: "Survey360Core", targets: ["Survey360Core"]),
        // For the fuzz targets in Fuzzing/, a package of their own.
        .library(name: "Survey360Import", targets: ["Survey360Import"]),
        .library(name: "Survey360XML", targets: ["Survey360XML"]),
        .library(name: "Survey360Reports", targets: ["Survey360Reports"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    ],
    targets: [
        // MARK: - Domain
        .target(name: "Survey360Core"),
        .target(name: "Survey360Scoring", dependencies: ["Survey360Core"]),
        .executableTarget(
            name: "scoring-benchmark", dependencies: ["Survey360Scoring"], path: "Sources/ScoringBenchmark"),
        .executableTarget(
            name: "store-benchmark",
            dependencies: [
                "Survey360SQLite", "Survey360Storage", "Survey360Import", "Survey360Scoring", "Survey360XML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/StoreBenchmark"),

        // MARK: - Input
        .target(
            name: "Survey360Import",
            dependencies: ["Survey360Core", .product(name: "CSV", package: "CSV.swift")]
        ),

        // MARK: - Storage
        .target(
            name: "Survey360Storage",
            dependencies: ["Survey360Core", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "Survey360SQLite",
            dependencies: ["Survey360Storage", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(
            name: "Survey360PostgreSQL",
            dependencies: [
                "Survey360Core", "Survey360Storage",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // MARK: - XML and reports (the only place that touches libxml2)
        .systemLibrary(
            name: "CSurvey360XML",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CSurvey360XSLT",
            pkgConfig: "libexslt",
            providers: [.apt(["libxslt1-dev"])]
        ),
        .target(name: "Survey360XML", dependencies: ["Survey360Core", "CSurvey360XML", "CSurvey360XSLT"]),
        .target(
            name: "Survey360Reports",
            dependencies: [
                "Survey360Core", "Survey360Scoring", "Survey360Storage", "Survey360XML",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),

        // MARK: - Web server
        .target(
            name: "Survey360Web",
            dependencies: [
                "Survey360Core", "Survey360Storage", "Survey360SQLite", "Survey360Reports",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "survey360-web-bench",
            dependencies: ["Survey360Web", "Survey360SQLite", .product(name: "Hummingbird", package: "hummingbird")],
            path: "benchmarks/web/Server"
        ),

        // MARK: - Command line
        .target(
            name: "Survey360CLI",
            dependencies: [
                "Survey360Core", "Survey360Import", "Survey360Scoring", "Survey360Storage",
                "Survey360SQLite", "Survey360PostgreSQL", "Survey360XML", "Survey360Reports", "Survey360Web",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // jemalloc in place of glibc's allocator, for the whole program and
        // the C libraries it calls (libxml2, libxslt, SQLite): see the
        // README's benchmarks. The tests, in-process, keep glibc's.
        .executableTarget(
            name: "survey360", dependencies: ["Survey360CLI"], linkerSettings: [.linkedLibrary("jemalloc")]),
        .executableTarget(
            name: "report-benchmark",
            dependencies: [
                "Survey360Core", "Survey360Scoring", "Survey360XML", "Survey360Reports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/ReportBenchmark"
        ),

        // MARK: - Tests
        // Hostile files and a listener on 127.0.0.1, shared by the attack tests.
        .target(name: "Survey360TestSupport", path: "Tests/Survey360TestSupport"),
        /// Starts a real PostgreSQL server for the test targets that need one.
        .target(name: "PostgreSQLTestServer", path: "Tests/PostgreSQLTestServer"),
        .testTarget(name: "Survey360CoreTests", dependencies: ["Survey360Core"]),
        .testTarget(name: "Survey360ScoringTests", dependencies: ["Survey360Scoring"]),
        .testTarget(
            name: "Survey360ImportTests",
            dependencies: ["Survey360Import", .product(name: "CSV", package: "CSV.swift")]),
        .testTarget(
            name: "Survey360StorageTests",
            dependencies: [
                "Survey360Storage", "Survey360SQLite", "Survey360PostgreSQL", "PostgreSQLTestServer",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .testTarget(name: "Survey360XMLTests", dependencies: ["Survey360XML", "Survey360TestSupport"]),
        .testTarget(
            name: "Survey360ReportsTests",
            dependencies: [
                "Survey360Reports", "Survey360Import", "Survey360Storage", "Survey360XML", "Survey360TestSupport",
            ],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "Survey360CLITests",
            dependencies: [
                "Survey360CLI", "Survey360Web", "Survey360PostgreSQL", "PostgreSQLTestServer", "Survey360TestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]),
        .testTarget(
            name: "Survey360WebTests",
            dependencies: [
                "Survey360Web", "Survey360SQLite", "Survey360Import",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
