import GRDB
import Survey360Core
import Survey360Storage

/// A row of `process_stage`: one stage of a process chain, carrying the
/// chain's name so that a chain needs no table of its own.
struct ProcessStageRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "process_stage"

    /// The organisation version the row belongs to.
    var version: Int
    var position: Int
    var processID: String
    var processName: String
    var step: Int
    var departmentID: String
    var personIDs: [String]?

    enum CodingKeys: String, CodingKey {
        case version, position, step
        case processID = "process_id"
        case processName = "process_name"
        case departmentID = "department_id"
        case personIDs = "person_ids"
    }

    init(_ stage: ProcessStage, of process: ProcessChain, version: Int, position: Int) {
        self.version = version
        self.position = position
        processID = process.id.rawValue
        processName = process.name
        step = stage.step
        departmentID = stage.departmentID.rawValue
        personIDs = stage.personIDs?.map(\.rawValue)
    }

    var stage: ProcessStage {
        ProcessStage(step: step, departmentID: DepartmentID(departmentID), personIDs: personIDs?.map { PersonID($0) })
    }
}
