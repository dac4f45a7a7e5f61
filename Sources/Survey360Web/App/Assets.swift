import Foundation
import Hummingbird

/// The stylesheet and script, read once at start-up from the assets folder
/// (`templates/web`), where HR can restyle pages without recompiling.
struct Assets: Sendable {
    static let names = ["survey360.css": "text/css; charset=utf-8", "autosave.js": "text/javascript; charset=utf-8"]

    private let files: [String: (contentType: String, body: ByteBuffer)]

    /// - Throws: ``WebConfigurationError`` naming the missing file.
    init(directory: String) throws {
        var files: [String: (String, ByteBuffer)] = [:]
        for (name, type) in Self.names {
            let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path) else {
                throw WebConfigurationError(message: "Cannot read the web asset '\(path)'")
            }
            files[name] = (type, ByteBuffer(bytes: data))
        }
        self.files = files
    }

    func response(for name: String) -> Response? {
        guard let file = files[name] else { return nil }
        var headers = HTTPFields()
        headers[.contentType] = file.contentType
        headers[.cacheControl] = "public, max-age=3600"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: file.body))
    }
}
