#!/usr/bin/env python3
"""Compares three ways of storing a campaign's answers in SQLite, on the same
simulated rows: JSON text per questionnaire (the v1/v2 schema), a row per
answer, and a one-byte-per-item blob per questionnaire (the v3 schema).

It times what SQLite itself does (inserts in one transaction with prepared
statements, and a full scan that touches every rating) and prints each
table's size; Python only feeds and drains the rows, the same way for all
three. Usage: compare.py [--people 10000] [--items 25] [--sheets-per-person 5]
"""
import argparse, json, os, random, sqlite3, tempfile, time

def simulate(people, items, per_person, seed=360):
    rng = random.Random(seed)
    ids = [f"P{n:06d}" for n in range(people)]
    item_ids = [f"item-{n:02d}" for n in range(items)]
    sheets = []
    for ratee in ids:
        for rater in rng.sample(ids, per_person):
            ratings = [None if rng.random() < 0.1 else rng.randint(1, 5) for _ in item_ids]
            comment = "Plus de suivi, merci." if rng.random() < 0.2 else None
            sheets.append((ratee, rater, ratings, comment))
    return item_ids, sheets

def measure(name, schema, insert, scan, path):
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript(schema)
    cpu, wall = time.process_time(), time.perf_counter()
    db.execute("BEGIN")
    insert(db)
    db.execute("COMMIT")
    insert_cpu, insert_wall = time.process_time() - cpu, time.perf_counter() - wall
    db.execute("VACUUM")
    size = os.path.getsize(path)
    cpu = time.process_time()
    checksum = scan(db)
    scan_cpu = time.process_time() - cpu
    db.close()
    print(f"| {name} | {size / 2**20:.1f} | {insert_cpu:.2f} ({insert_wall:.2f} wall) | {scan_cpu:.2f} | {checksum} |")

def main():
    options = argparse.ArgumentParser()
    options.add_argument("--people", type=int, default=10000)
    options.add_argument("--items", type=int, default=25)
    options.add_argument("--sheets-per-person", type=int, default=5)
    arguments = options.parse_args()
    item_ids, sheets = simulate(arguments.people, arguments.items, arguments.sheets_per_person)
    answers = sum(1 for s in sheets for r in s[2] if r is not None)
    print(f"{len(sheets)} questionnaires, {len(item_ids)} items, {answers} ratings other than cannot judge")
    print("| layout | file MiB | insert CPU s | scan CPU s | sum of ratings |")
    print("|---|---:|---:|---:|---:|")
    folder = tempfile.mkdtemp()

    def json_insert(db):
        db.executemany("INSERT INTO response VALUES ('Q', ?, ?, 1, ?, ?)", (
            (ratee, rater, json.dumps(dict(zip(item_ids, ratings)), sort_keys=True, separators=(",", ":")),
             json.dumps({"keep": comment} if comment else {}))
            for ratee, rater, ratings, comment in sheets))
    measure("JSON text per questionnaire (v1)", """
        CREATE TABLE response (campaign_id TEXT NOT NULL, ratee_id TEXT NOT NULL, rater_id TEXT NOT NULL,
          submitted BOOLEAN NOT NULL, ratings TEXT NOT NULL, comments TEXT NOT NULL,
          PRIMARY KEY (campaign_id, ratee_id, rater_id));""", json_insert,
        lambda db: db.execute("SELECT sum(j.value) FROM response, json_each(response.ratings) j WHERE campaign_id = 'Q'").fetchone()[0],
        os.path.join(folder, "json.sqlite"))

    def row_insert(db):
        db.executemany("INSERT INTO answer_sheet VALUES ('Q', ?, ?, 1)", ((s[0], s[1]) for s in sheets))
        db.executemany("INSERT INTO answer VALUES ('Q', ?, ?, ?, ?)", (
            (ratee, rater, item, value)
            for ratee, rater, ratings, _ in sheets for item, value in zip(item_ids, ratings)))
        db.executemany("INSERT INTO answer_comment VALUES ('Q', ?, ?, 'keep', ?)", (
            (s[0], s[1], s[3]) for s in sheets if s[3]))
    measure("a row per answer", """
        CREATE TABLE answer_sheet (campaign_id TEXT NOT NULL, ratee_id TEXT NOT NULL, rater_id TEXT NOT NULL,
          submitted BOOLEAN NOT NULL, PRIMARY KEY (campaign_id, ratee_id, rater_id)) WITHOUT ROWID;
        CREATE TABLE answer (campaign_id TEXT NOT NULL, ratee_id TEXT NOT NULL, rater_id TEXT NOT NULL,
          item_id TEXT NOT NULL, value INTEGER, PRIMARY KEY (campaign_id, ratee_id, rater_id, item_id)) WITHOUT ROWID;
        CREATE TABLE answer_comment (campaign_id TEXT NOT NULL, ratee_id TEXT NOT NULL, rater_id TEXT NOT NULL,
          question_id TEXT NOT NULL, text TEXT NOT NULL,
          PRIMARY KEY (campaign_id, ratee_id, rater_id, question_id)) WITHOUT ROWID;""", row_insert,
        lambda db: db.execute("SELECT sum(value) FROM answer WHERE campaign_id = 'Q'").fetchone()[0],
        os.path.join(folder, "rows.sqlite"))

    def code(value):
        return 0x81 if value is None else value
    def blob_insert(db):
        db.executemany("INSERT INTO answer_sheet VALUES ('Q', ?, ?, 1, 0, ?)", (
            (ratee, rater, bytes(code(v) for v in ratings)) for ratee, rater, ratings, _ in sheets))
        db.executemany("INSERT INTO answer_comment VALUES ('Q', ?, ?, 'keep', ?)", (
            (s[0], s[1], s[3]) for s in sheets if s[3]))
    def blob_scan(db):
        total = 0
        for (blob,) in db.execute("SELECT ratings FROM answer_sheet WHERE campaign_id = 'Q' AND submitted"):
            total += sum(b for b in blob if b < 0x80)
        return total
    measure("a one-byte-per-item blob per questionnaire (v3)", """
        CREATE TABLE answer_sheet (campaign_id TEXT NOT NULL, ratee_id TEXT NOT NULL, rater_id TEXT NOT NULL,
          submitted BOOLEAN NOT NULL, revision INTEGER NOT NULL DEFAULT 0, ratings BLOB NOT NULL,
          PRIMARY KEY (campaign_id, ratee_id, rater_id)) WITHOUT ROWID;
        CREATE TABLE answer_comment (campaign_id TEXT NOT NULL, ratee_id TEXT NOT NULL, rater_id TEXT NOT NULL,
          question_id TEXT NOT NULL, text TEXT NOT NULL,
          PRIMARY KEY (campaign_id, ratee_id, rater_id, question_id)) WITHOUT ROWID;""", blob_insert, blob_scan,
        os.path.join(folder, "blob.sqlite"))

main()
