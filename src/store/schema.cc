// SQL for each schema version.
#include "store/schema.h"

namespace storytrace {

const std::vector<std::string_view>& SchemaMigrations() {
  static const std::vector<std::string_view> kMigrations = {
      // v1: articles with full-text index, stories, links, entities, quotes, rejections.
      R"sql(
CREATE TABLE articles (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL DEFAULT '',
  url TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL DEFAULT '',
  raw TEXT NOT NULL DEFAULT '',
  raw_format TEXT NOT NULL DEFAULT 'text',
  lang TEXT NOT NULL DEFAULT 'und',
  lang_confidence REAL NOT NULL DEFAULT 0,
  lang_given TEXT NOT NULL DEFAULT '',
  dateline TEXT NOT NULL DEFAULT '',
  published INTEGER,
  fetched INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  origin TEXT NOT NULL DEFAULT '',
  story_id TEXT,
  duplicate_of TEXT
);
CREATE INDEX articles_content_hash ON articles(content_hash);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_published ON articles(published);
CREATE TABLE article_aliases (
  alias_id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL,
  origin TEXT NOT NULL DEFAULT ''
);
CREATE VIRTUAL TABLE articles_fts USING fts5(
  title, text, content='articles', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES('delete', old.rowid, old.title, old.text);
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL DEFAULT '',
  article_count INTEGER NOT NULL DEFAULT 0,
  languages TEXT NOT NULL DEFAULT '',
  first_published INTEGER,
  last_published INTEGER,
  created INTEGER NOT NULL
);
CREATE TABLE links (
  src TEXT NOT NULL,
  dst TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('reprint', 'translation')),
  score REAL NOT NULL DEFAULT 0,
  PRIMARY KEY (src, dst, kind)
);
CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  canonical TEXT NOT NULL,
  type TEXT NOT NULL
);
CREATE TABLE mentions (
  article_id TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  text TEXT NOT NULL,
  begin INTEGER NOT NULL DEFAULT 0,
  end INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE TABLE quotes (
  article_id TEXT NOT NULL,
  text TEXT NOT NULL,
  speaker TEXT NOT NULL DEFAULT '',
  begin INTEGER NOT NULL DEFAULT 0,
  end INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE TABLE rejected (
  seq INTEGER PRIMARY KEY,
  input TEXT NOT NULL,
  line INTEGER NOT NULL DEFAULT 0,
  reason TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE UNIQUE INDEX rejected_key ON rejected(input, line, reason);
)sql",
      // v2: reprint signatures (MinHash) so the duplicate index survives restarts, and an
      // expiry time for articles put with a time to live (HTTP API).
      R"sql(
CREATE TABLE signatures (
  article_id TEXT PRIMARY KEY,
  lang TEXT NOT NULL DEFAULT 'und',
  published INTEGER,
  shingles INTEGER NOT NULL,
  minhash BLOB NOT NULL
);
ALTER TABLE articles ADD COLUMN expires INTEGER;
)sql",
      // v3: entity keys and places on the map; quotes point to their speaker's entity.
      R"sql(
ALTER TABLE entities ADD COLUMN key TEXT NOT NULL DEFAULT '';
ALTER TABLE entities ADD COLUMN country TEXT NOT NULL DEFAULT '';
ALTER TABLE entities ADD COLUMN lat REAL;
ALTER TABLE entities ADD COLUMN lng REAL;
ALTER TABLE quotes ADD COLUMN speaker_entity TEXT NOT NULL DEFAULT '';
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE INDEX quotes_speaker ON quotes(speaker_entity);
)sql",
      // v4: the language cluster of each article (the per-language view of a story), and the
      // ids of stories merged into others, so that old story ids keep answering.
      R"sql(
ALTER TABLE articles ADD COLUMN cluster_id TEXT NOT NULL DEFAULT '';
CREATE TABLE story_aliases (
  alias TEXT PRIMARY KEY,
  story_id TEXT NOT NULL,
  merged INTEGER NOT NULL
);
CREATE INDEX story_aliases_story ON story_aliases(story_id);
)sql",
      // v5: document frequencies of the full-text index's terms (story keywords).
      R"sql(
CREATE VIRTUAL TABLE articles_vocab USING fts5vocab('articles_fts', 'row');
)sql",
      // v6: boilerplate learned per source (extract/boilerplate_learner.h): its article count
      // and the paragraphs counted for it, by key.
      R"sql(
CREATE TABLE boilerplate_sources (
  source TEXT PRIMARY KEY,
  articles INTEGER NOT NULL
);
CREATE TABLE boilerplate_lines (
  source TEXT NOT NULL,
  line_key INTEGER NOT NULL,
  articles INTEGER NOT NULL,
  first_seen INTEGER NOT NULL,
  sample TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (source, line_key)
);
)sql",
      // v7: the places each article names, resolved to points on the map (src/geo/).
      R"sql(
CREATE TABLE article_places (
  article_id TEXT NOT NULL,
  place_id TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  country TEXT NOT NULL DEFAULT '',
  lat REAL NOT NULL,
  lng REAL NOT NULL,
  mentions INTEGER NOT NULL DEFAULT 1,
  focus INTEGER NOT NULL DEFAULT 0,
  settled INTEGER NOT NULL DEFAULT 1,
  keys TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (article_id, place_id)
);
CREATE INDEX article_places_place ON article_places(place_id);
)sql",
      // v8: the stream's clock (the newest article time, asked by every live-window query) by
      // index instead of by a scan of every article.
      R"sql(
CREATE INDEX articles_time ON articles(COALESCE(published, fetched));
)sql",
      // v9: how many mentions each entity has in the whole store, kept by triggers, so that a
      // story's entities can be ranked by how distinctive they are (Store::StoryEntities).
      R"sql(
ALTER TABLE entities ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;
UPDATE entities SET mentions = (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = entities.id);
CREATE TRIGGER mentions_ai AFTER INSERT ON mentions BEGIN
  UPDATE entities SET mentions = mentions + 1 WHERE id = new.entity_id;
END;
CREATE TRIGGER mentions_ad AFTER DELETE ON mentions BEGIN
  UPDATE entities SET mentions = mentions - 1 WHERE id = old.entity_id;
END;
)sql",
      // v10: whether a full-name mention named each person (EntityRegistry::Add), which a later
      // run cannot tell from the name ("First Covid" looks like one); NULL in older stores.
      R"sql(
ALTER TABLE entities ADD COLUMN named_in_full INTEGER;
)sql",
      // v11: every spelling of every entity, with its name key and its mentions, so that a
      // search for "Abu Kamal" can find the articles that write "al-Bukamal"
      // (Store::EntitiesNamed). Written with the mentions (one row per spelling and article,
      // not a trigger per mention: a fifth of ingest's time); a deleted mention is taken off
      // by trigger. name_key() is NameKey, registered by Store::Open.
      R"sql(
CREATE TABLE spellings (
  entity_id TEXT NOT NULL,
  text TEXT NOT NULL,
  key TEXT NOT NULL,
  mentions INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (entity_id, text)
) WITHOUT ROWID;
INSERT INTO spellings(entity_id, text, key, mentions)
  SELECT entity_id, text, name_key(text), COUNT(*) FROM mentions GROUP BY entity_id, text;
CREATE INDEX spellings_key ON spellings(key);
CREATE INDEX entities_key ON entities(key);
CREATE TRIGGER mentions_spelling_ad AFTER DELETE ON mentions BEGIN
  UPDATE spellings SET mentions = mentions - 1 WHERE entity_id = old.entity_id AND text = old.text;
END;
)sql",
      // v12: the undated articles' clock (their newest ingest time, asked by every live-window
      // query, see Store::Clock) by index.
      R"sql(
CREATE INDEX articles_undated_fetched ON articles(fetched) WHERE published IS NULL;
)sql",
      // v13: an entity's mentions by article, so that the articles naming it are counted, and
      // the earliest found, from the index alone (Store::ListEntities over the whole store:
      // 23 s for a store of 3,000,000 mentions before, its most named entity 1,500,000 of them).
      R"sql(
DROP INDEX mentions_entity;
CREATE INDEX mentions_entity_article ON mentions(entity_id, article_id);
)sql",
  };
  return kMigrations;
}

}  // namespace storytrace
