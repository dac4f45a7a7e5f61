import Dispatch

/// Runs slow CPU work (password hashing: a fifth of a second by design) on a
/// Dispatch queue, so that it holds neither a NIO event loop nor one of the
/// few threads of Swift's cooperative pool that every other request needs.
enum Offload {
    private static let queue = DispatchQueue(
        label: "survey360.web.hashing", qos: .userInitiated, attributes: .concurrent)

    static func run<Result: Sendable>(_ work: @escaping @Sendable () -> Result) async -> Result {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: work()) }
        }
    }
}
