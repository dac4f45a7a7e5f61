import Logging
import PostgresNIO

/// The PostgreSQL schema, as a list of migrations run on first use.
///
/// The same rules as `SQLiteMigrations`: a migration is never edited after it
/// ships, and migrations speak SQL only. The first migration creates the
/// schema the SQLite migrations v1 to v6 arrive at, table for table and
/// column for column, holding the same values: text where SQLite has text
/// (dates as `yyyy-MM-dd HH:mm:ss.SSS` in UTC, JSON as text), `boolean` for
/// SQLite's 0 and 1, `bytea` for blobs (the answer sheets' one byte per
/// item). That is what lets `store copy` move any table either way unchanged
/// and compare both sides by checksum; a later SQLite migration needs its
/// PostgreSQL twin here. Identifiers use the `"C"` collation, which orders
/// by code point as SQLite's `BINARY` does, whatever locale the database was
/// created with: the same data sorts the same on both backends, which
/// byte-identical reports and paged report listings need.
enum PostgreSQLMigrations {
    /// One named step of the schema; its statements run in order.
    ///
    /// A later SQLite migration gets its twin here, so that both schemas
    /// keep the same tables (a test compares them).
    struct Migration {
        var name: String
        var statements: [String]
    }

    static let all: [Migration] = [
        Migration(
            name: "v1: the SQLite schema of migration v6",
            statements: [
                """
                CREATE TABLE organisation_version (
                    number integer PRIMARY KEY, imported text NOT NULL, files text NOT NULL,
                    people integer NOT NULL, departments integer NOT NULL, reporting_lines integer NOT NULL,
                    services integer NOT NULL, processes integer NOT NULL, process_stages integer NOT NULL)
                """,
                """
                CREATE TABLE department (
                    version integer NOT NULL, position integer NOT NULL, id text COLLATE "C" NOT NULL,
                    name text NOT NULL, parent_id text COLLATE "C", attributes text NOT NULL,
                    PRIMARY KEY (version, id))
                """,
                """
                CREATE TABLE person (
                    version integer NOT NULL, position integer NOT NULL, id text COLLATE "C" NOT NULL,
                    name text NOT NULL, email text NOT NULL, department_id text COLLATE "C" NOT NULL,
                    manager_id text COLLATE "C", title text NOT NULL, hire_date text, status text NOT NULL,
                    language text, attributes text NOT NULL, PRIMARY KEY (version, id))
                """,
                """
                CREATE TABLE service_relation (
                    version integer NOT NULL, position integer NOT NULL, provider_id text COLLATE "C" NOT NULL,
                    customer_id text COLLATE "C" NOT NULL, PRIMARY KEY (version, position))
                """,
                """
                CREATE TABLE process_stage (
                    version integer NOT NULL, position integer NOT NULL, process_id text COLLATE "C" NOT NULL,
                    process_name text NOT NULL, step integer NOT NULL, department_id text COLLATE "C" NOT NULL,
                    person_ids text, PRIMARY KEY (version, process_id, step))
                """,
                """
                CREATE TABLE campaign (
                    position bigserial PRIMARY KEY, id text COLLATE "C" NOT NULL UNIQUE, title text NOT NULL,
                    opens text NOT NULL, closes text NOT NULL, template_id text NOT NULL, language text NOT NULL,
                    rules text NOT NULL, policy text NOT NULL, state text NOT NULL, questionnaire text,
                    organisation_version integer)
                """,
                """
                CREATE TABLE audit_event (
                    position bigserial PRIMARY KEY, campaign_id text COLLATE "C" NOT NULL, actor text NOT NULL,
                    action text NOT NULL, detail text NOT NULL, date text NOT NULL)
                """,
                "CREATE INDEX audit_event_by_campaign ON audit_event (campaign_id)",
                """
                CREATE TABLE assignment (
                    campaign_id text COLLATE "C" NOT NULL, ratee_id text COLLATE "C" NOT NULL,
                    rater_id text COLLATE "C" NOT NULL, rater_group text NOT NULL,
                    PRIMARY KEY (campaign_id, ratee_id, rater_id))
                """,
                "CREATE INDEX assignment_by_rater ON assignment (campaign_id, rater_id)",
                """
                CREATE TABLE invitation (
                    token_hash bytea PRIMARY KEY, campaign_id text COLLATE "C" NOT NULL,
                    rater_id text COLLATE "C" NOT NULL, UNIQUE (campaign_id, rater_id))
                """,
                """
                CREATE TABLE credential (
                    person_id text COLLATE "C" PRIMARY KEY, password_hash text NOT NULL, issued text NOT NULL)
                """,
                """
                CREATE TABLE stored_report (
                    campaign_id text COLLATE "C" NOT NULL, kind text COLLATE "C" NOT NULL,
                    subject text COLLATE "C" NOT NULL, bytes bytea NOT NULL, sha256 text NOT NULL,
                    PRIMARY KEY (campaign_id, kind, subject))
                """,
                """
                CREATE TABLE answer_item (
                    campaign_id text COLLATE "C" NOT NULL, "column" integer NOT NULL,
                    item_id text COLLATE "C" NOT NULL, PRIMARY KEY (campaign_id, "column"),
                    UNIQUE (campaign_id, item_id))
                """,
                """
                CREATE TABLE answer_sheet (
                    campaign_id text COLLATE "C" NOT NULL, ratee_id text COLLATE "C" NOT NULL,
                    rater_id text COLLATE "C" NOT NULL, submitted boolean NOT NULL,
                    revision integer NOT NULL DEFAULT 0, ratings bytea NOT NULL,
                    PRIMARY KEY (campaign_id, ratee_id, rater_id))
                """,
                """
                CREATE TABLE answer_comment (
                    campaign_id text COLLATE "C" NOT NULL, ratee_id text COLLATE "C" NOT NULL,
                    rater_id text COLLATE "C" NOT NULL, question_id text COLLATE "C" NOT NULL,
                    text text NOT NULL, PRIMARY KEY (campaign_id, ratee_id, rater_id, question_id))
                """,
                """
                CREATE TABLE campaign_rater (
                    campaign_id text COLLATE "C" NOT NULL, pseudonym text COLLATE "C" NOT NULL,
                    department_id text COLLATE "C" NOT NULL, PRIMARY KEY (campaign_id, pseudonym))
                """,
            ]),
        Migration(
            name: "v2: web sessions",
            statements: [
                // SQLite's v7: sessions shared by the servers on one
                // database; the SHA-256 of the id, never the id; times in
                // seconds since 1970.
                """
                CREATE TABLE web_session (
                    id_hash text COLLATE "C" PRIMARY KEY, principal text COLLATE "C" NOT NULL,
                    csrf_token text NOT NULL, created double precision NOT NULL,
                    last_seen double precision NOT NULL)
                """,
                "CREATE INDEX web_session_principal ON web_session (principal)",
                "CREATE INDEX web_session_last_seen ON web_session (last_seen)",
            ]),
        Migration(
            name: "v3: sign-in attempts",
            statements: [
                // SQLite's v8: sign-in attempts counted for the servers on
                // one database; the key's SHA-256, never the key.
                """
                CREATE TABLE sign_in_attempt (
                    reservation text COLLATE "C" NOT NULL, key_hash text COLLATE "C" NOT NULL,
                    attempted double precision NOT NULL, failed integer NOT NULL,
                    PRIMARY KEY (reservation, key_hash))
                """,
                "CREATE INDEX sign_in_attempt_key ON sign_in_attempt (key_hash)",
                "CREATE INDEX sign_in_attempt_attempted ON sign_in_attempt (attempted)",
            ]),
    ]

    /// Brings the database up to date, inside the caller's transaction.
    ///
    /// An advisory lock serialises servers starting at the same moment on
    /// one database: the second waits, then finds nothing left to do.
    static func migrate(on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("SELECT pg_advisory_xact_lock(360360)", logger: logger)
        try await connection.query(
            """
            CREATE TABLE IF NOT EXISTS survey360_migration (
                name text PRIMARY KEY, applied timestamptz NOT NULL DEFAULT now())
            """, logger: logger)
        var applied: Set<String> = []
        for try await name in try await connection.query("SELECT name FROM survey360_migration", logger: logger)
            .decode(String.self)
        {
            applied.insert(name)
        }
        for migration in all where !applied.contains(migration.name) {
            for statement in migration.statements {
                try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
            try await connection.query(
                "INSERT INTO survey360_migration (name) VALUES (\(migration.name))", logger: logger)
        }
    }
}
