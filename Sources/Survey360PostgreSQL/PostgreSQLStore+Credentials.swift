import Foundation
import PostgresNIO
import Survey360Core
import Survey360Storage

/// Managers' credentials in the `credential` table of the "v2: credentials"
/// migration, as on SQLite.
extension PostgreSQLStore: CredentialStore {
    public func storeCredential(_ credential: ManagerCredential) async throws {
        let issued = PostgreSQLRows.text(credential.issued)
        try await database.write { connection in
            _ = try await connection.query(
                """
                INSERT INTO credential (person_id, password_hash, issued)
                VALUES (\(credential.personID.rawValue), \(credential.passwordHash), \(issued))
                ON CONFLICT (person_id) DO UPDATE SET password_hash = excluded.password_hash, issued = excluded.issued
                """, logger: Self.logger)
        }
    }

    public func credential(for person: PersonID) async throws -> ManagerCredential? {
        try await database.read { connection in
            var found: ManagerCredential?
            for try await (hash, issued) in try await connection.query(
                """
                SELECT password_hash, issued FROM credential
                WHERE person_id = \(person.rawValue)
                """, logger: Self.logger
            ).decode((String, String).self) {
                found = ManagerCredential(
                    personID: person, passwordHash: hash, issued: try PostgreSQLRows.date(issued))
            }
            return found
        }
    }

    public func revokeCredential(for person: PersonID) async throws {
        try await database.write { connection in
            _ = try await connection.query(
                "DELETE FROM credential WHERE person_id = \(person.rawValue)", logger: Self.logger)
        }
    }
}
