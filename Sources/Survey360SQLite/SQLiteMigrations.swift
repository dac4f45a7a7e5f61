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
        migrator.registerMigration("v4: answers as data") { db in
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
        migrator.registerMigration("v5: rater pseudonyms after close") { db in
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
        return migrator
    }
}
