// SQL fragments shared by the store's live-window queries (include only in store .cc files,
// and #undef after use). Every such query starts from the index clock (the newest article
// time; NULL for an empty store, which makes every comparison false) and keeps live articles.
#ifndef STORYTRACE_STORE_LIVE_SQL_H_
#define STORYTRACE_STORE_LIVE_SQL_H_

#define ST_CLOCK "WITH clock(now) AS (SELECT MAX(COALESCE(published, fetched)) FROM articles) "
// Whether articles alias `t` is live at the clock.
#define ST_LIVE(t) "(" t ".expires IS NULL OR " t ".expires >= clock.now)"
// The time of articles alias `t`: published, else fetched.
#define ST_TIME(t) "COALESCE(" t ".published, " t ".fetched)"

#endif  // STORYTRACE_STORE_LIVE_SQL_H_
