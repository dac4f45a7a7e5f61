import Foundation
import GRDB
import Survey360Core
import Survey360Storage

/// Managers' credentials in the `credential` table of the "v2: credentials"
/// migration. Like every other method of the store, these run through GRDB's
/// async accessors, off the web server's event loop.
extension SQLiteStore: CredentialStore {
    public func storeCredential(_ credential: ManagerCredential) async throws {
        try await writer.write { db in
            try db.execute(
                sql: """
                    INSERT INTO credential (person_id, password_hash, issued) VALUES (?, ?, ?)
                    ON CONFLICT(person_id) DO UPDATE SET password_hash = excluded.password_hash,
                    issued = excluded.issued
                    """,
                arguments: [credential.personID.rawValue, credential.passwordHash, credential.issued])
        }
    }

    public func credential(for person: PersonID) async throws -> ManagerCredential? {
        try await writer.read { db in
            try Row.fetchOne(
                db, sql: "SELECT password_hash, issued FROM credential WHERE person_id = ?",
                arguments: [person.rawValue]
            ).map { row in
                ManagerCredential(personID: person, passwordHash: row["password_hash"], issued: row["issued"])
            }
        }
    }

    public func revokeCredential(for person: PersonID) async throws {
        try await writer.write { db in
            try db.execute(sql: "DELETE FROM credential WHERE person_id = ?", arguments: [person.rawValue])
        }
    }
}
