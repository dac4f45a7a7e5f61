import GRDB

/// The database schema, as a list of migrations.
///
/// A migration is never edited after it ships: a database created by an
/// older Survey360 is brought up to date by running the newer migrations.
/// Migrations speak SQL only, never app types, so that changing a Swift type
/// later cannot change what an old migration did.
package enum SQLiteMigrations {
    package static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: organisation, campaigns, responses") { db in
            try db.create(table: "department") { t in
                t.column("position", .integer).notNull()
                t.primaryKey("id", .text)
                t.column("name", .text).notNull()
                t.column("parent_id", .text)
                t.column("attributes", .jsonText).notNull()
            }
            try db.create(table: "person") { t in
                t.column("position", .integer).notNull()
                t.primaryKey("id", .text)
                t.column("name", .text).notNull()
                t.column("email", .text).notNull()
                t.column("department_id", .text).notNull()
                t.column("manager_id", .text)
                t.column("title", .text).notNull()
                t.column("hire_date", .text)
                t.column("status", .text).notNull()
                t.column("language", .text)
                t.column("attributes", .jsonText).notNull()
            }
            try db.create(table: "service_relation") { t in
                t.primaryKey("position", .integer)
                t.column("provider_id", .text).notNull()
                t.column("customer_id", .text).notNull()
            }
            try db.create(table: "process_stage") { t in
                t.column("position", .integer).notNull()
                t.column("process_id", .text).notNull()
                t.column("process_name", .text).notNull()
                t.column("step", .integer).notNull()
                t.column("department_id", .text).notNull()
                t.column("person_ids", .jsonText)
                t.primaryKey(["process_id", "step"])
            }
            try db.create(table: "campaign") { t in
                t.autoIncrementedPrimaryKey("position")
                t.column("id", .text).notNull().unique()
                t.column("title", .text).notNull()
                t.column("opens", .text).notNull()
                t.column("closes", .text).notNull()
                t.column("template_id", .text).notNull()
                t.column("language", .text).notNull()
                t.column("rules", .jsonText).notNull()
                t.column("policy", .jsonText).notNull()
                t.column("state", .text).notNull()
                t.column("questionnaire", .jsonText)
            }
            try db.create(table: "audit_event") { t in
                t.autoIncrementedPrimaryKey("position")
                t.column("campaign_id", .text).notNull().indexed()
                t.column("actor", .text).notNull()
                t.column("action", .text).notNull()
                t.column("detail", .text).notNull()
                t.column("date", .datetime).notNull()
            }
            try db.create(table: "assignment") { t in
                t.column("campaign_id", .text).notNull()
                t.column("ratee_id", .text).notNull()
                t.column("rater_id", .text).notNull()
                t.column("rater_group", .text).notNull()
                t.primaryKey(["campaign_id", "ratee_id", "rater_id"])
            }
            try db.create(index: "assignment_by_rater", on: "assignment", columns: ["campaign_id", "rater_id"])
            try db.create(table: "invitation") { t in
                t.primaryKey("token_hash", .blob)
                t.column("campaign_id", .text).notNull()
                t.column("rater_id", .text).notNull()
                t.uniqueKey(["campaign_id", "rater_id"])
            }
            try db.create(table: "response") { t in
                t.column("campaign_id", .text).notNull()
                t.column("ratee_id", .text).notNull()
                t.column("rater_id", .text).notNull()
                t.column("submitted", .boolean).notNull()
                t.column("ratings", .jsonText).notNull()
                t.column("comments", .jsonText).notNull()
                t.primaryKey(["campaign_id", "ratee_id", "rater_id"])
            }
        }
        migrator.registerMigration("v2: credentials") { db in
            try db.create(table: "credential") { t in
                t.primaryKey("person_id", .text)
                t.column("password_hash", .text).notNull()
                t.column("issued", .datetime).notNull()
            }
        }
        migrator.registerMigration("v3: stored reports") { db in
            // The validated XML of every report document, so that pages and
            // archives are made from the record rather than by scoring again.
            try db.create(table: "stored_report") { t in
                t.column("campaign_id", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("subject", .text).notNull()
                t.column("bytes", .blob).notNull()
                t.column("sha256", .text).notNull()
                t.primaryKey(["campaign_id", "kind", "subject"])
            }
        }
        migrator.registerMigration("v4: organisation versions", migrate: organisationVersions)
        migrator.registerMigration("v5: answers as data") { db in
            try db.execute(
                sql: """
                    CREATE TABLE answer_item (
                        campaign_id TEXT NOT NULL,
                        "column" INTEGER NOT NULL,
                        item_id TEXT NOT NULL,
                        PRIMARY KEY (campaign_id, "column"),
                        UNIQUE (campaign_id, item_id)
                    ) WITHOUT ROWID;
                    CREATE TABLE answer_sheet (
                        campaign_id TEXT NOT NULL,
                        ratee_id TEXT NOT NULL,
                        rater_id TEXT NOT NULL,
                        submitted BOOLEAN NOT NULL,
                        revision INTEGER NOT NULL DEFAULT 0,
                        ratings BLOB NOT NULL,
                        PRIMARY KEY (campaign_id, ratee_id, rater_id)
                    ) WITHOUT ROWID;
                    CREATE TABLE answer_comment (
                        campaign_id TEXT NOT NULL,
                        ratee_id TEXT NOT NULL,
                        rater_id TEXT NOT NULL,
                        question_id TEXT NOT NULL,
                        text TEXT NOT NULL,
                        PRIMARY KEY (campaign_id, ratee_id, rater_id, question_id)
                    ) WITHOUT ROWID;
                    """)
            try JSONAnswersMigration.convert(db)
            try db.execute(sql: "DROP TABLE response")
        }
        migrator.registerMigration("v6: rater pseudonyms after close") { db in
            try db.execute(
                sql: """
                    CREATE TABLE campaign_rater (
                        campaign_id TEXT NOT NULL,
                        pseudonym TEXT NOT NULL,
                        department_id TEXT NOT NULL,
                        PRIMARY KEY (campaign_id, pseudonym)
                    ) WITHOUT ROWID
                    """)
        }
        migrator.registerMigration("v7: web sessions") { db in
            // Signed-in sessions, shared by the servers on one file
            // (SQLiteSessionStore): the SHA-256 of the id, never the id;
            // times in seconds since 1970.
            try db.execute(
                sql: """
                    CREATE TABLE web_session (
                        id_hash TEXT PRIMARY KEY NOT NULL,
                        principal TEXT NOT NULL,
                        csrf_token TEXT NOT NULL,
                        created DOUBLE NOT NULL,
                        last_seen DOUBLE NOT NULL
                    ) WITHOUT ROWID;
                    CREATE INDEX web_session_principal ON web_session (principal);
                    CREATE INDEX web_session_last_seen ON web_session (last_seen);
                    """)
        }
        migrator.registerMigration("v8: sign-in attempts") { db in
            // Sign-in attempts counted for the servers on one file
            // (SQLiteAttemptStore): one row per attempt and key, the key's
            // SHA-256, never the key; times in seconds since 1970.
            try db.execute(
                sql: """
                    CREATE TABLE sign_in_attempt (
                        reservation TEXT NOT NULL,
                        key_hash TEXT NOT NULL,
                        attempted DOUBLE NOT NULL,
                        failed INTEGER NOT NULL,
                        PRIMARY KEY (reservation, key_hash)
                    ) WITHOUT ROWID;
                    CREATE INDEX sign_in_attempt_key ON sign_in_attempt (key_hash);
                    CREATE INDEX sign_in_attempt_attempted ON sign_in_attempt (attempted);
                    """)
        }
        return migrator
    }

    /// Every import becomes a version: the directory's tables gain a
    /// `version` column (in their primary keys, so SQLite needs them
    /// rebuilt), the organisation a database already holds becomes version
    /// 1, and every existing campaign is bound to it: it is the directory
    /// those campaigns were assigned from.
    private static func organisationVersions(_ db: Database) throws {
        try db.create(table: "organisation_version") { t in
            t.primaryKey("number", .integer)
            t.column("imported", .datetime).notNull()
            t.column("files", .jsonText).notNull()
            for count in ["people", "departments", "reporting_lines", "services", "processes", "process_stages"] {
                t.column(count, .integer).notNull()
            }
        }
        try db.execute(
            sql: """
                INSERT INTO organisation_version
                SELECT 1, CURRENT_TIMESTAMP, '[]', (SELECT COUNT(*) FROM person), (SELECT COUNT(*) FROM department),
                    (SELECT COUNT(*) FROM person WHERE manager_id IS NOT NULL), (SELECT COUNT(*) FROM service_relation),
                    (SELECT COUNT(DISTINCT process_id) FROM process_stage), (SELECT COUNT(*) FROM process_stage)
                WHERE EXISTS (SELECT 1 FROM person) OR EXISTS (SELECT 1 FROM department)
                """)
        try rebuild(db, "department", columns: "position, id, name, parent_id, attributes") { t in
            t.column("version", .integer).notNull()
            t.column("position", .integer).notNull()
            t.column("id", .text).notNull()
            t.column("name", .text).notNull()
            t.column("parent_id", .text)
            t.column("attributes", .jsonText).notNull()
            t.primaryKey(["version", "id"])
        }
        try rebuild(
            db, "person",
            columns:
                "position, id, name, email, department_id, manager_id, title, hire_date, status, language, attributes"
        ) { t in
            t.column("version", .integer).notNull()
            t.column("position", .integer).notNull()
            t.column("id", .text).notNull()
            t.column("name", .text).notNull()
            t.column("email", .text).notNull()
            t.column("department_id", .text).notNull()
            t.column("manager_id", .text)
            t.column("title", .text).notNull()
            t.column("hire_date", .text)
            t.column("status", .text).notNull()
            t.column("language", .text)
            t.column("attributes", .jsonText).notNull()
            t.primaryKey(["version", "id"])
        }
        try rebuild(db, "service_relation", columns: "position, provider_id, customer_id") { t in
            t.column("version", .integer).notNull()
            t.column("position", .integer).notNull()
            t.column("provider_id", .text).notNull()
            t.column("customer_id", .text).notNull()
            t.primaryKey(["version", "position"])
        }
        try rebuild(
            db, "process_stage", columns: "position, process_id, process_name, step, department_id, person_ids"
        ) { t in
            t.column("version", .integer).notNull()
            t.column("position", .integer).notNull()
            t.column("process_id", .text).notNull()
            t.column("process_name", .text).notNull()
            t.column("step", .integer).notNull()
            t.column("department_id", .text).notNull()
            t.column("person_ids", .jsonText)
            t.primaryKey(["version", "process_id", "step"])
        }
        try db.alter(table: "campaign") { t in t.add(column: "organisation_version", .integer) }
        try db.execute(
            sql: "UPDATE campaign SET organisation_version = 1 WHERE EXISTS (SELECT 1 FROM organisation_version)")
    }

    /// Replaces `table` by a new definition with a leading `version`
    /// column, copying its rows into version 1.
    private static func rebuild(
        _ db: Database, _ table: String, columns: String, definition: (TableDefinition) -> Void
    ) throws {
        try db.create(table: "new_\(table)", body: definition)
        try db.execute(sql: "INSERT INTO new_\(table) (version, \(columns)) SELECT 1, \(columns) FROM \(table)")
        try db.drop(table: table)
        try db.rename(table: "new_\(table)", to: table)
    }
}
