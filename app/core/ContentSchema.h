#pragma once

// The layout of content.sqlite, shared by the content compiler (writer) and
// ContentStore (reader). Bump kContentSchemaVersion whenever a table changes:
// the store refuses a database of another version with a clear message.

namespace sipref::schema {

constexpr int kContentSchemaVersion = 1;

constexpr const char *kCreateStatements[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE entries ("
    " id INTEGER PRIMARY KEY,"
    " registry TEXT NOT NULL, registry_order INTEGER NOT NULL, code INTEGER NOT NULL,"
    " phrase TEXT NOT NULL, alt_phrases TEXT NOT NULL, class TEXT NOT NULL,"
    " class_digit INTEGER NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL,"
    " refs TEXT NOT NULL, senders TEXT NOT NULL, headers TEXT NOT NULL,"
    " client_retry TEXT NOT NULL, related TEXT NOT NULL, has_text INTEGER NOT NULL,"
    " UNIQUE (registry, code))",
    "CREATE INDEX entries_code ON entries (code, registry_order)",
    "CREATE TABLE texts ("
    " entry_id INTEGER NOT NULL REFERENCES entries(id), lang TEXT NOT NULL,"
    " name TEXT NOT NULL, summary TEXT NOT NULL, meaning TEXT NOT NULL,"
    " when_seen TEXT NOT NULL, todo TEXT NOT NULL, retry TEXT NOT NULL,"
    " PRIMARY KEY (entry_id, lang))",
    // One row per entry; rowid = entries.id. The trigram tokenizer indexes
    // every three-character substring, so Japanese (which has no spaces) is
    // searchable by substring; shorter terms fall back to LIKE.
    "CREATE VIRTUAL TABLE search USING fts5(phrase, body_en, body_ja, tokenize = 'trigram')",
    "CREATE TABLE comparisons ("
    " a TEXT NOT NULL, b TEXT NOT NULL, differences_en TEXT NOT NULL, differences_ja TEXT NOT NULL,"
    " use_when_en TEXT NOT NULL, use_when_ja TEXT NOT NULL, PRIMARY KEY (a, b))",
    "CREATE TABLE mapping ("
    " direction TEXT NOT NULL, cause INTEGER NOT NULL, sip INTEGER NOT NULL,"
    " note_key TEXT NOT NULL, note_en TEXT NOT NULL, note_ja TEXT NOT NULL)",
    "CREATE TABLE documents (key TEXT PRIMARY KEY, en TEXT NOT NULL, ja TEXT NOT NULL)",
};

} // namespace sipref::schema
