// swift-tools-version: 6.0
import PackageDescription

/// libFuzzer targets for Survey360's parsers (issue #10 item 11), one
/// executable per parser; `scripts/fuzz` builds and runs them.
///
/// A package of its own, so that the main package's `swift build
/// --build-tests` never sees an executable without a `main` of its own, and
/// so that only the modules the targets import are built with
/// `-sanitize=fuzzer,address` (never the web module: Hummingbird and NIO
/// would double the build). The targets reach internal parsers with
/// `@testable import`: `package` access does not cross packages, and the
/// debug build SwiftPM makes for a dependency is compiled for testing.
let package = Package(
    name: "Survey360Fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Survey360", path: ".."),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(name: "CLibFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer"]),
        .executableTarget(
            name: "fuzz-csv", dependencies: ["FuzzSupport", .product(name: "Survey360Import", package: "Survey360")]),
        .executableTarget(
            name: "fuzz-answer", dependencies: ["FuzzSupport", .product(name: "Survey360Core", package: "Survey360")]),
        .executableTarget(
            name: "fuzz-questionnaire",
            dependencies: ["FuzzSupport", .product(name: "Survey360XML", package: "Survey360")]),
        .executableTarget(
            name: "fuzz-archive",
            dependencies: [
                "FuzzSupport", .product(name: "Survey360Reports", package: "Survey360"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
