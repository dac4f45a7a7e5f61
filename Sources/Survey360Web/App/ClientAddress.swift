import Foundation
import Hummingbird
import NIOCore

/// Which address a request comes from, for counting failures: the peer of
/// the connection, or, when the peer is a configured reverse proxy, the
/// address that proxy says it received the request from.
///
/// Proxies append the address they see to `X-Forwarded-For`, so the header
/// is read from the right: every trusted proxy is skipped, and the first
/// address that is not one is the client. Whatever a client wrote further
/// left is never used, so it cannot pose as someone else.
enum ClientAddress {
    /// The client's address.
    ///
    /// - Parameters:
    ///   - peer: The connection's peer; `nil` when testing without a socket.
    ///   - forwardedFor: Every `X-Forwarded-For` value, in order.
    ///   - trustedProxies: Canonical addresses (``canonical(_:)``).
    static func resolve(peer: String?, forwardedFor: [String], trustedProxies: Set<String>) -> String? {
        guard let peer, trustedProxies.contains(peer) else { return peer }
        let chain = forwardedFor.flatMap { $0.split(separator: ",") }.map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        var client = peer
        for hop in chain.reversed() {
            client = canonical(hop) ?? hop
            if !trustedProxies.contains(client) { break }
        }
        return client
    }

    /// `address` as NIO prints it (`::1` for `0:0:0:0:0:0:0:1`), or `nil`
    /// for text that is not an IPv4 or IPv6 address.
    static func canonical(_ address: String) -> String? {
        (try? SocketAddress(ipAddress: address, port: 0))?.ipAddress
    }
}

/// Replaces the request context's client address by the one a trusted
/// proxy forwarded (``ClientAddress``); without trusted proxies it does
/// nothing.
struct ClientAddressMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext
    let trustedProxies: Set<String>

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard !trustedProxies.isEmpty else { return try await next(request, context) }
        var context = context
        context.clientAddress = ClientAddress.resolve(
            peer: context.clientAddress, forwardedFor: request.headers[values: .xForwardedFor],
            trustedProxies: trustedProxies)
        return try await next(request, context)
    }
}
