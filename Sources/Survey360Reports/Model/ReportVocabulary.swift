/// The report vocabulary's fixed names: its namespace, version and the file
/// layout of a report set.
///
/// The namespace carries the major version: a change that breaks readers
/// gets `urn:survey360:report:2`; additions keep version 1.
public enum ReportVocabulary {
    /// The namespace of every report document.
    public static let namespace = "urn:survey360:report:1"
    /// The `version` attribute of every root element.
    public static let version = "1"
    /// The schema, in `templates/schemas/`.
    public static let schemaName = "report.xsd"

    /// The campaign document's file, without extension.
    public static let campaignFile = "campaign"
    /// The organisation summary's file, without extension.
    public static let organisationFile = "organisation"

    /// `people/<id>`, the file of a personal report, without extension.
    public static func personFile(_ id: String) -> String { "people/" + fileName(id) }

    /// `departments/<id>`, the file of a scorecard, without extension.
    public static func departmentFile(_ id: String) -> String { "departments/" + fileName(id) }

    /// An HR id made safe as a file name and a URL path segment: letters,
    /// digits, `.` and `-` are kept, every other byte becomes `_XX` (hex),
    /// `_` included, so that two ids never share a file.
    public static func fileName(_ id: String) -> String {
        var result = ""
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: ".") where !result.isEmpty:
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                result.unicodeScalars.append("_")
                result.unicodeScalars.append(hex[Int(byte >> 4)])
                result.unicodeScalars.append(hex[Int(byte & 15)])
            }
        }
        return result.isEmpty ? "_" : result
    }
}
