import Hummingbird
import NIOCore

/// The request context of the web application: Hummingbird's core context
/// plus the client's address, which rate limiting counts failures by.
public struct WebRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The peer's IP address; `nil` when testing without a socket. A proxy in
    /// front of the server makes every client look the same, which errs on the
    /// safe side (everyone is slowed down together).
    public let clientAddress: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        clientAddress = source.channel.remoteAddress?.ipAddress
    }

    /// Limits what Hummingbird decodes; the handlers also collect bodies with
    /// the configured limit.
    public var maxUploadSize: Int { 64 * 1024 }

    /// The key failures are counted under.
    var rateLimitKey: String { clientAddress ?? "unknown" }
}
