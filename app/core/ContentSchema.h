#pragma once

// The layout of content.sqlite, shared by the content compiler (writer) and
// ContentStore (reader). Bump kContentSchemaVersion whenever a table changes:
// the store refuses a database of another version with a clear message.

namespace sipref::schema {

constexpr int kContentSchemaVersion = 2;

constexpr const char *kCreateStatements[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE entries ("
    " id INTEGER PRIMARY KEY,"
    " registry TEXT NOT NULL, registry_order INTEGER NOT NULL, code INTEGER NOT NULL,"
    " phrase TEXT NOT NULL, alt_phrases TEXT NOT NULL, class TEXT NOT NULL,"
    " class_digit INTEGER NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL,"
    " refs TEXT NOT NULL, senders TEXT NOT NULL, headers TEXT NOT NULL,"
    " client_retry TEXT NOT NULL, related TEXT NOT NULL, has_text INTEGER NOT NULL,"
    " commonness INTEGER NOT NULL DEFAULT 1,"
    " UNIQUE (registry, code))",
    "CREATE INDEX entries_code ON entries (code, registry_order)",
    "CREATE INDEX entries_class ON entries (registry_order, class_digit, code)",
    "CREATE TABLE texts ("
    " entry_id INTEGER NOT NULL REFERENCES entries(id), lang TEXT NOT NULL,"
    " name TEXT NOT NULL, summary TEXT NOT NULL, meaning TEXT NOT NULL,"
    " when_seen TEXT NOT NULL, todo TEXT NOT NULL, retry TEXT NOT NULL,"
    " PRIMARY KEY (entry_id, lang))",
    // One row per entry in each index; rowid = entries.id, and ids follow
    // (registry, code) order, so results come out of an index in display
    // order and a LIMIT stops the scan early. Trigram indexes find any
    // substring of three characters or more, in any script; word indexes
    // (see SearchText.h) answer one- and two-character input, including
    // two-character Japanese words such as 認証. Phrases (reason phrases and
    // names) have indexes of their own so that a phrase lookup reads short
    // lists; body indexes hold the phrases too, so "anywhere" is one lookup.
    "CREATE VIRTUAL TABLE phrase_tri USING fts5(phrase, tokenize = 'trigram')",
    "CREATE VIRTUAL TABLE body_tri USING fts5(body_en, body_ja, tokenize = 'trigram')",
    "CREATE VIRTUAL TABLE phrase_words USING fts5(phrase, tokenize = 'unicode61 remove_diacritics 2',"
    " prefix = '1 2')",
    "CREATE VIRTUAL TABLE body_words USING fts5(body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2')",
    // Vendor names of an entry (vendor_names.json), in display order.
    "CREATE TABLE vendor_names ("
    " entry_id INTEGER NOT NULL REFERENCES entries(id), vendor TEXT NOT NULL, name TEXT NOT NULL,"
    " is_primary INTEGER NOT NULL, note_en TEXT NOT NULL, note_ja TEXT NOT NULL)",
    "CREATE INDEX vendor_names_entry ON vendor_names (entry_id)",
    // What Search ranks by, folded (searchtext::fold), one row per entry:
    // names = one line per reason phrase, alternative phrase, name, search
    // alias and primary vendor name; vendor = the other vendor names; then the
    // summary, the meaning and the rest of the texts, both languages each.
    "CREATE TABLE rank_docs ("
    " entry_id INTEGER PRIMARY KEY, names TEXT NOT NULL, vendor TEXT NOT NULL,"
    " summary TEXT NOT NULL, meaning TEXT NOT NULL, rest TEXT NOT NULL)",
    // Every folded word of the content (of three letters or more), for typo
    // correction; in_names marks words of names, aliases and vendor names.
    "CREATE TABLE terms (word TEXT PRIMARY KEY, in_names INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TABLE comparisons ("
    " a TEXT NOT NULL, b TEXT NOT NULL, differences_en TEXT NOT NULL, differences_ja TEXT NOT NULL,"
    " use_when_en TEXT NOT NULL, use_when_ja TEXT NOT NULL, PRIMARY KEY (a, b))",
    "CREATE TABLE mapping ("
    " direction TEXT NOT NULL, cause INTEGER NOT NULL, sip INTEGER NOT NULL,"
    " note_key TEXT NOT NULL, note_en TEXT NOT NULL, note_ja TEXT NOT NULL)",
    "CREATE TABLE documents (key TEXT PRIMARY KEY, en TEXT NOT NULL, ja TEXT NOT NULL)",
};

} // namespace sipref::schema
