import Hummingbird
import NIOCore

/// The request context of the web application: Hummingbird's core context
/// plus the client's address, which rate limiting counts failures by.
public struct WebRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The client's IP address: the peer's, or the one a trusted proxy
    /// forwarded (``ClientAddressMiddleware``); `nil` when testing without a
    /// socket.
    public internal(set) var clientAddress: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        clientAddress = source.channel.remoteAddress?.ipAddress.flatMap(ClientAddress.canonical)
    }

    /// Limits what Hummingbird decodes; the handlers also collect bodies with
    /// the configured limit.
    public var maxUploadSize: Int { 64 * 1024 }

    /// The key failures are counted under.
    var rateLimitKey: String { clientAddress ?? "unknown" }
}
