import Foundation
import NIOCore

/// Why `survey360 serve` could not listen, in words HR can act on.
///
/// NIO describes a failed `bind` by its system call
/// (`bind(descriptor:ptr:bytes:): Address already in use`), which names
/// neither the address nor what to do about it.
package enum ListeningFailure {
    /// The sentence for `error`, or nil when it is not a failure to listen.
    package static func description(of error: any Error, host: String, port: Int) -> String? {
        guard let error = error as? IOError else { return nil }
        let address = "Cannot listen on \(host):\(port)"
        switch error.errnoCode {
        case EADDRINUSE:
            return "\(address): another program already listens there; choose another port with --port"
        case EACCES:
            return "\(address): ports below 1024 need administrator rights; choose another port with --port"
        case EADDRNOTAVAIL:
            return "\(address): this machine has no such address; give one of its own with --host"
        default:
            return nil
        }
    }
}
