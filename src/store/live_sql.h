// SQL fragments shared by the store's live-window queries (include only in store .cc files,
// and #undef after use). Every such query starts from the index clock (see Store::Clock; a
// NULL `now` for an empty store makes every comparison false) and keeps live articles.
#ifndef STORYTRACE_STORE_LIVE_SQL_H_
#define STORYTRACE_STORE_LIVE_SQL_H_

// clock(now, shift): the newest publication time (else, with undated articles only, the newest
// ingest time), and how far the newest undated article's ingest lies past it (0 when not).
// INDEXED BY: the planner would rather walk every undated article through articles_published
// (0.13 s per query with 500,000 undated articles, against a seek).
#define ST_CLOCK                                                                        \
  "WITH clock(now, shift) AS (SELECT COALESCE(d, u), MAX(COALESCE(u - d, 0), 0) FROM " \
  "(SELECT (SELECT MAX(published) FROM articles) AS d, "                                \
  "(SELECT MAX(fetched) FROM articles INDEXED BY articles_undated_fetched "          \
  "WHERE published IS NULL) AS u)) "
// The time of articles alias `t` as shown: published, else fetched.
#define ST_TIME(t) "COALESCE(" t ".published, " t ".fetched)"
// The time of articles alias `t` on the clock: an undated article's ingest time moves back by
// the shift. For windows, orders of recency and liveness.
#define ST_AT(t) "COALESCE(" t ".published, " t ".fetched - clock.shift)"
// Whether articles alias `t` is live at the clock (its expiry moves with its time).
#define ST_LIVE(t)                                                                         \
  "(" t ".expires IS NULL OR " t ".expires - (CASE WHEN " t ".published IS NULL THEN "  \
  "clock.shift ELSE 0 END) >= clock.now)"

#endif  // STORYTRACE_STORE_LIVE_SQL_H_
