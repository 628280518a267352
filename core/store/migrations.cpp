#include "store/migrations_p.h"

#include "logging.h"
#include "store/database_p.h"
#include "store/transaction_p.h"

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Store {

static QList<Migration> buildMigrations()
{
    QList<Migration> list;

    // Version 1: articles and their segmentation. The UNIQUE constraints on
    // (article_id, …) and (segment_id, …) already index those foreign keys, so
    // only speaker_id needs its own index (ON DELETE SET NULL looks it up).
    list.append({1,
        {
            uR"(CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    title TEXT,
    source_path TEXT,
    source_format TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    metadata TEXT,
    raw_source BLOB NOT NULL,
    normalized_text TEXT NOT NULL
))"_s,
            u"CREATE INDEX articles_imported_at ON articles(imported_at)"_s,
            uR"(CREATE TABLE speakers (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    name TEXT NOT NULL,
    bio TEXT,
    UNIQUE (article_id, name)
))"_s,
            uR"(CREATE TABLE segments (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('caption', 'metadata', 'editor_note', 'speaker', 'narration')),
    label TEXT,
    speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL,
    UNIQUE (article_id, ordinal)
))"_s,
            u"CREATE INDEX segments_speaker_id ON segments(speaker_id)"_s,
            uR"(CREATE TABLE paragraphs (
    id INTEGER PRIMARY KEY,
    segment_id INTEGER NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (segment_id, ordinal)
))"_s,
            // PRAGMA takes no bound parameters; 1131375729 == ApplicationId (checked in tst_librarystore).
            u"PRAGMA application_id = 1131375729"_s,
        }});

    // Version 2: annotations. Only deleting an article cascades, to its
    // highlights (and from a highlight to its note and taggings, which the core
    // snapshots for undo). Theme references take no action: a theme with claims
    // or sub-themes cannot be deleted behind the core's back, which untags and
    // re-parents first; the store defers these checks to COMMIT. Ids are
    // AUTOINCREMENT so that an id given back by undo is never reused meanwhile.
    list.append({2,
        {
            uR"(CREATE TABLE themes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    parent_id INTEGER REFERENCES themes(id),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    colour TEXT NOT NULL CHECK (colour IN ('yellow', 'green', 'blue', 'red', 'purple', 'orange')),
    description TEXT NOT NULL DEFAULT '',
    CHECK (parent_id IS NULL OR parent_id <> id)
))"_s,
            // Sibling names: NULL parents never compare equal, hence COALESCE.
            u"CREATE UNIQUE INDEX themes_sibling_name ON themes(COALESCE(parent_id, 0), name COLLATE NOCASE)"_s,
            u"CREATE INDEX themes_parent_id ON themes(parent_id)"_s,
            uR"(CREATE TABLE highlights (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    segment_ordinal INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    quote_exact TEXT NOT NULL,
    quote_prefix TEXT NOT NULL,
    quote_suffix TEXT NOT NULL,
    anchor_state TEXT NOT NULL CHECK (anchor_state IN ('anchored', 'moved', 'fuzzy', 'orphaned')),
    colour TEXT NOT NULL CHECK (colour IN ('yellow', 'green', 'blue', 'red', 'purple', 'orange')),
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    CHECK (0 <= start_offset AND start_offset <= end_offset)
))"_s,
            u"CREATE INDEX highlights_article ON highlights(article_id, segment_ordinal)"_s,
            uR"(CREATE TABLE notes (
    highlight_id INTEGER PRIMARY KEY REFERENCES highlights(id) ON DELETE CASCADE,
    markdown TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
))"_s,
            uR"(CREATE TABLE highlight_themes (
    highlight_id INTEGER NOT NULL REFERENCES highlights(id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES themes(id),
    PRIMARY KEY (highlight_id, theme_id)
) WITHOUT ROWID)"_s,
            u"CREATE INDEX highlight_themes_theme ON highlight_themes(theme_id)"_s,
        }});

    // Version 3: how each segment was detected, for the review of doubtful boundaries.
    list.append({3,
        {
            u"ALTER TABLE segments ADD COLUMN detection_rule TEXT"_s,
            u"ALTER TABLE segments ADD COLUMN detection_confidence REAL"_s,
        }});

    // Version 4: full-text search over segment text and notes (FTS5, external
    // content). Triggers keep the indexes in step with every write, including
    // the cascades from deleting an article or a highlight and any later path
    // that deletes and re-inserts paragraphs; 'rebuild' indexes existing rows.
    // remove_diacritics 2 folds accents on any letter (cafe finds café).
    list.append({4,
        {
            uR"(CREATE VIRTUAL TABLE paragraphs_fts USING fts5(
    text, content='paragraphs', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
))"_s,
            uR"(CREATE TRIGGER paragraphs_fts_insert AFTER INSERT ON paragraphs BEGIN
    INSERT INTO paragraphs_fts (rowid, text) VALUES (new.id, new.text);
END)"_s,
            uR"(CREATE TRIGGER paragraphs_fts_delete AFTER DELETE ON paragraphs BEGIN
    INSERT INTO paragraphs_fts (paragraphs_fts, rowid, text) VALUES ('delete', old.id, old.text);
END)"_s,
            uR"(CREATE TRIGGER paragraphs_fts_update AFTER UPDATE OF id, text ON paragraphs BEGIN
    INSERT INTO paragraphs_fts (paragraphs_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO paragraphs_fts (rowid, text) VALUES (new.id, new.text);
END)"_s,
            u"INSERT INTO paragraphs_fts (paragraphs_fts) VALUES ('rebuild')"_s,
            uR"(CREATE VIRTUAL TABLE notes_fts USING fts5(
    markdown, content='notes', content_rowid='highlight_id', tokenize='unicode61 remove_diacritics 2'
))"_s,
            uR"(CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
    INSERT INTO notes_fts (rowid, markdown) VALUES (new.highlight_id, new.markdown);
END)"_s,
            uR"(CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
    INSERT INTO notes_fts (notes_fts, rowid, markdown) VALUES ('delete', old.highlight_id, old.markdown);
END)"_s,
            uR"(CREATE TRIGGER notes_fts_update AFTER UPDATE OF highlight_id, markdown ON notes BEGIN
    INSERT INTO notes_fts (notes_fts, rowid, markdown) VALUES ('delete', old.highlight_id, old.markdown);
    INSERT INTO notes_fts (rowid, markdown) VALUES (new.highlight_id, new.markdown);
END)"_s,
            u"INSERT INTO notes_fts (notes_fts) VALUES ('rebuild')"_s,
        }});

    // Version 5: notes on a whole article (speaker '') or on one of its
    // speakers, by name: re-importing rebuilds the speakers rows, and the note
    // must outlive that. Deleting the article takes its notes with it.
    list.append({5,
        {
            uR"(CREATE TABLE article_notes (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    speaker TEXT NOT NULL,
    markdown TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    PRIMARY KEY (article_id, speaker)
) WITHOUT ROWID)"_s,
        }});

    // Version 6: one profile per real person across articles. Each article's speaker links to a
    // person; labels that name nobody (`Q`, `GT`, `Moderator`) stay unlinked. Existing speakers are
    // linked in the same transaction by the core's name matching. AUTOINCREMENT: a profile id
    // given back by undo is never reused meanwhile.
    list.append({6,
        {
            uR"(CREATE TABLE people (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    display_name TEXT NOT NULL CHECK (length(trim(display_name)) > 0),
    named_by_user INTEGER NOT NULL DEFAULT 0 CHECK (named_by_user IN (0, 1))
))"_s,
            u"ALTER TABLE speakers ADD COLUMN person_id INTEGER REFERENCES people(id)"_s,
            u"CREATE INDEX speakers_person_id ON speakers(person_id)"_s,
            // The family names a speaker's name can be read with (PersonName::Reading::family), so that
            // an import compares a new name with the profiles sharing a family name, not with everyone.
            uR"(CREATE TABLE speaker_family_keys (
    family_key TEXT NOT NULL,
    speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    PRIMARY KEY (family_key, speaker_id)
) WITHOUT ROWID)"_s,
            u"CREATE INDEX speaker_family_keys_speaker ON speaker_family_keys(speaker_id)"_s,
        },
        [](Database &db, const PersonMatcher *matcher, QString *error) {
            return linkSpeakersToPeople(db, matcher, 0, error);
        }});

    // Version 7: managing the library. Details the user gives an article
    // (publication, URL, date), collections (an article may be in several;
    // deleting either side drops the membership), and the ids of deleted
    // articles, so that a new import never takes the id of one that undo may
    // put back.
    list.append({7,
        {
            u"ALTER TABLE articles ADD COLUMN source_name TEXT"_s,
            u"ALTER TABLE articles ADD COLUMN url TEXT"_s,
            u"ALTER TABLE articles ADD COLUMN published TEXT"_s,
            uR"(CREATE TABLE collections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0)
))"_s,
            u"CREATE UNIQUE INDEX collections_name ON collections(name COLLATE NOCASE)"_s,
            uR"(CREATE TABLE article_collections (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, collection_id)
) WITHOUT ROWID)"_s,
            u"CREATE INDEX article_collections_collection ON article_collections(collection_id)"_s,
            u"CREATE TABLE removed_article_ids (id INTEGER PRIMARY KEY)"_s,
            uR"(CREATE TRIGGER articles_remember_removed AFTER DELETE ON articles BEGIN
    INSERT OR IGNORE INTO removed_article_ids (id) VALUES (old.id);
END)"_s,
        }});

    // Version 8: comparing voices. The words of each segment (counted by the
    // core at import, and here for the segments already stored), search rules
    // on themes (one per line), typed attributes on person profiles, and
    // relations between claims. A relation goes with either of its claims; an
    // attribute value with its person or its attribute.
    list.append({8,
        {
            u"ALTER TABLE segments ADD COLUMN word_count INTEGER NOT NULL DEFAULT 0"_s,
            u"ALTER TABLE themes ADD COLUMN search_rules TEXT NOT NULL DEFAULT ''"_s,
            uR"(CREATE TABLE attributes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    type TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'category'))
))"_s,
            u"CREATE UNIQUE INDEX attributes_name ON attributes(name COLLATE NOCASE)"_s,
            uR"(CREATE TABLE person_attributes (
    person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    attribute_id INTEGER NOT NULL REFERENCES attributes(id) ON DELETE CASCADE,
    value TEXT NOT NULL CHECK (length(value) > 0),
    PRIMARY KEY (person_id, attribute_id)
) WITHOUT ROWID)"_s,
            u"CREATE INDEX person_attributes_value ON person_attributes(attribute_id, value)"_s,
            uR"(CREATE TABLE claim_relations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    from_id INTEGER NOT NULL REFERENCES highlights(id) ON DELETE CASCADE,
    to_id INTEGER NOT NULL REFERENCES highlights(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('agrees-with', 'disagrees-with', 'responds-to', 'same-point')),
    author TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CHECK (from_id <> to_id),
    UNIQUE (from_id, to_id, kind)
))"_s,
            u"CREATE INDEX claim_relations_to ON claim_relations(to_id)"_s,
        },
        [](Database &db, const PersonMatcher *, QString *error) {
            return countSegmentWords(db, error);
        }});

    // Version 9: how the segmenter read each article as a whole (scheme, confidence, evidence)
    // and its cast, so the review dialog can show and edit them after a restart. Evidence and
    // cast are JSON arrays of strings. Articles stored before have no row: the dialog says so.
    list.append({9,
        {
            uR"(CREATE TABLE article_schemes (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    confidence REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    evidence TEXT NOT NULL DEFAULT '[]',
    cast_list TEXT NOT NULL DEFAULT '[]'
))"_s,
        }});

    // Version 10: corrections the user asked to remember (SegmentationRule), applied at later imports
    // of articles of the same source and shape. Self-contained: nothing else refers to the table.
    list.append({10,
        {
            uR"(CREATE TABLE segmentation_rules (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL CHECK (source <> ''),
    scheme TEXT NOT NULL DEFAULT '',
    label TEXT NOT NULL CHECK (label <> ''),
    action TEXT NOT NULL CHECK (action IN ('not-a-speaker', 'mark-as', 'assign-to')),
    value TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
))"_s,
        }});

    // Version 11: each user's undo history, one row per step, so that undo survives the session
    // (EditHistory). `changes` is the step's exact row changes as the core encodes them; plain
    // columns and an author, so that another backend can hold the same rows.
    list.append({11,
        {
            uR"(CREATE TABLE undo_steps (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    author TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
    changes BLOB NOT NULL
))"_s,
            u"CREATE INDEX undo_steps_author ON undo_steps(author, id)"_s,
        }});

    // Version 12: the Trash. A deleted article keeps its rows (and ids, which the undo history
    // names) with the time it was deleted; lists, search and profiles leave it out until it is
    // restored or purged. The partial index keeps "what is in the Trash" cheap to ask when empty.
    list.append({12,
        {
            u"ALTER TABLE articles ADD COLUMN trashed_at TEXT"_s,
            u"CREATE INDEX articles_trashed ON articles(trashed_at) WHERE trashed_at IS NOT NULL"_s,
        }});

    // Version 13: comparing voices reads highlights by their place and skips orphans; with the
    // anchor state in the index it never reads a highlight's row (its quotes) for that. The old
    // index on the place alone is this one's prefix.
    list.append({13,
        {
            u"CREATE INDEX highlights_place ON highlights(article_id, segment_ordinal, anchor_state)"_s,
            u"DROP INDEX highlights_article"_s,
        }});

    return list;
}

std::span<const Migration> schemaMigrations()
{
    static const QList<Migration> migrations = buildMigrations();
    return {migrations.constData(), static_cast<std::size_t>(migrations.size())};
}

int latestSchemaVersion()
{
    const auto migrations = schemaMigrations();
    return migrations.empty() ? 0 : migrations.back().version;
}

std::optional<qint64> queryInt(Database &db, const QString &sql, QString *error)
{
    Statement statement = db.run(sql);
    if (!statement.next()) {
        if (error)
            *error = statement.ok() ? u"no row"_s : statement.errorText();
        return std::nullopt;
    }
    return statement.integer(0);
}

bool applyMigrations(
    Database &db, std::span<const Migration> migrations, const PersonMatcher *matcher, QString *error)
{
    int previous = 0;
    for (const Migration &migration : migrations) {
        Q_ASSERT_X(migration.version == previous + 1, "applyMigrations", "versions must count up from 1");
        previous = migration.version;

        auto fail = [&](const QString &reason) {
            if (error)
                *error = u"migrating to schema version %1 failed: %2"_s.arg(migration.version).arg(reason);
            return false;
        };

        Transaction transaction(db);
        QString reason;
        if (!transaction.begin(&reason))
            return fail(reason);
        // Read inside the write lock: another process may have migrated while we waited.
        const auto current = queryInt(db, u"PRAGMA user_version"_s, &reason);
        if (!current)
            return fail(reason);
        if (*current >= migration.version)
            continue;

        // Each statement is gone when the next runs, and all before COMMIT.
        const auto runOnce = [&db, &reason](const QString &sql) {
            const Statement statement = db.runOnce(sql);
            reason = statement.errorText();
            return statement.ok();
        };
        for (const QString &sql : migration.statements) {
            if (!runOnce(sql))
                return fail(reason);
        }
        if (migration.finish && !migration.finish(db, matcher, &reason))
            return fail(reason);
        // PRAGMA takes no bound parameters; the version is an int from the table above, never input.
        if (!runOnce(u"PRAGMA user_version = %1"_s.arg(migration.version)))
            return fail(reason);
        if (!transaction.commit(&reason))
            return fail(reason);
        qCDebug(lcStore) << "migrated" << db.fileName() << "to schema version" << migration.version;
    }
    return true;
}

} // namespace Colloquy::Store
