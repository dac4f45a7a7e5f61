/*
 * sqlite-loader: the reference for `survey360 responses import`. Loads a
 * ratings file (rater_id,ratee_id,item_id,value with value 1-5 or NA) into
 * a new SQLite database the way a C programmer would: the C API, one
 * prepared INSERT bound and stepped per row, every row in one transaction,
 * in WAL mode like the product's store, into a table keyed by
 * (rater, ratee, item) so that a duplicate answer is refused as the product
 * refuses it.
 *
 *     sqlite-loader DATABASE RATINGS.csv
 *
 * The file is read with stdio, a line at a time; the benchmark's files hold
 * ids without quotes, and a quoted field is refused rather than misread.
 */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fail(sqlite3 *database, const char *what) {
    fprintf(stderr, "sqlite-loader: %s: %s\n", what, sqlite3_errmsg(database));
    return 1;
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: sqlite-loader DATABASE RATINGS.csv\n");
        return 2;
    }
    FILE *input = fopen(argv[2], "r");
    if (input == NULL) {
        perror(argv[2]);
        return 1;
    }
    sqlite3 *database = NULL;
    if (sqlite3_open(argv[1], &database) != SQLITE_OK) return fail(database, "open");
    const char *schema =
        "PRAGMA journal_mode=WAL;"
        "PRAGMA synchronous=NORMAL;"
        "CREATE TABLE rating (rater_id TEXT NOT NULL, ratee_id TEXT NOT NULL, item_id TEXT NOT NULL,"
        " value INTEGER, PRIMARY KEY (rater_id, ratee_id, item_id)) WITHOUT ROWID;";
    if (sqlite3_exec(database, schema, NULL, NULL, NULL) != SQLITE_OK) return fail(database, "schema");
    sqlite3_stmt *insert = NULL;
    if (sqlite3_prepare_v2(database, "INSERT INTO rating VALUES (?1, ?2, ?3, ?4)", -1, &insert, NULL) != SQLITE_OK)
        return fail(database, "prepare");
    if (sqlite3_exec(database, "BEGIN", NULL, NULL, NULL) != SQLITE_OK) return fail(database, "begin");
    char *line = NULL;
    size_t capacity = 0;
    ssize_t length;
    long number = 0, rows = 0;
    while ((length = getline(&line, &capacity, input)) > 0) {
        number += 1;
        if (number == 1) continue; /* the header */
        while (length > 0 && (line[length - 1] == '\n' || line[length - 1] == '\r')) line[--length] = '\0';
        if (length == 0) continue;
        char *fields[4];
        int count = 0;
        char *cursor = line;
        while (count < 4) {
            fields[count++] = cursor;
            char *comma = strchr(cursor, ',');
            if (comma == NULL) break;
            *comma = '\0';
            cursor = comma + 1;
        }
        if (count != 4 || strchr(fields[3], ',') != NULL || strchr(line, '"') != NULL) {
            fprintf(stderr, "sqlite-loader: %s:%ld: expected four unquoted fields\n", argv[2], number);
            return 1;
        }
        for (int index = 0; index < 3; index++) sqlite3_bind_text(insert, index + 1, fields[index], -1, SQLITE_STATIC);
        if (strcmp(fields[3], "NA") == 0) {
            sqlite3_bind_null(insert, 4);
        } else {
            sqlite3_bind_int(insert, 4, atoi(fields[3]));
        }
        if (sqlite3_step(insert) != SQLITE_DONE) return fail(database, "insert");
        sqlite3_reset(insert);
        rows += 1;
    }
    if (sqlite3_exec(database, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) return fail(database, "commit");
    sqlite3_finalize(insert);
    sqlite3_close(database);
    free(line);
    fclose(input);
    printf("Loaded %ld ratings into %s\n", rows, argv[1]);
    return 0;
}
