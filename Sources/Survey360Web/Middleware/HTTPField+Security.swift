import HTTPTypes
import Hummingbird

/// Header names HTTPTypes does not define.
extension HTTPField.Name {
    static let referrerPolicy = Self("Referrer-Policy")!
    static let xFrameOptions = Self("X-Frame-Options")!
    static let crossOriginOpenerPolicy = Self("Cross-Origin-Opener-Policy")!
    static let permissionsPolicy = Self("Permissions-Policy")!
    /// The client addresses a reverse proxy forwards (``ClientAddress``).
    static let xForwardedFor = Self("X-Forwarded-For")!
    /// Sent by `autosave.js`, so that an autosave is answered `204`.
    static let survey360Autosave = Self("X-Survey360-Autosave")!
}
