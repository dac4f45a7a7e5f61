/// Where a record came from: a file HR handed in and a line in it, so that
/// every problem can be reported where HR can fix it.
public struct SourceLocation: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The file's name as HR knows it (`people.csv`), not an absolute path.
    public var file: String
    /// The 1-based line on which the record starts.
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.file, lhs.line) < (rhs.file, rhs.line)
    }
}

/// A record of the organisation, named so that the validator can ask where
/// it came from without knowing about files.
public enum RecordReference: Hashable, Sendable {
    case department(DepartmentID)
    case person(PersonID)
    /// The n-th service relation, from 0, in the order given.
    case service(Int)
    case processStage(ProcessID, step: Int)
}

/// The locations of the records of one import.
public struct SourceMap: Sendable {
    private var locations: [RecordReference: SourceLocation] = [:]

    public init() {}

    public subscript(reference: RecordReference) -> SourceLocation? {
        get { locations[reference] }
        set { locations[reference] = newValue }
    }
}
