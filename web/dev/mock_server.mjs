// A stand-in for `storytrace serve` while developing the web page: serves web/ and answers
// /api/v1 from a hand-made fixture (the sample corpus of examples/). Node built-ins only.
//
//   node web/dev/mock_server.mjs [--port 8080] [--host 127.0.0.1] [--fixture FILE] [--delay MS]
//
// The answers follow the contract of src/server/rest_api.h; only the fixture is fake.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const webRoot = path.resolve(here, '..');

function parseArgs(argv) {
  const opts = { port: 8080, host: '127.0.0.1', fixture: path.join(here, 'fixture.json'), delay: 0 };
  for (let i = 0; i < argv.length; ++i) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--port') opts.port = Number(value());
    else if (flag === '--host') opts.host = value();
    else if (flag === '--fixture') opts.fixture = value();
    else if (flag === '--delay') opts.delay = Number(value());
    else if (flag === '--help' || flag === '-h') {
      console.log('usage: mock_server.mjs [--port P] [--host H] [--fixture FILE] [--delay MS]');
      process.exit(0);
    } else {
      console.error(`mock_server: unknown argument ${argv[i]}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535) {
    console.error('mock_server: --port must be 0..65535');
    process.exit(2);
  }
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
const fixture = JSON.parse(fs.readFileSync(opts.fixture, 'utf8'));
const articles = new Map(fixture.articles.map((a) => [a.id, a]));
const stories = new Map(fixture.stories.map((s) => [s.id, s]));
const timeOf = (a) => Date.parse(a.published ?? a.fetched);
const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const storyArticles = (id) =>
  fixture.articles.filter((a) => a.story_id === id).sort((a, b) => timeOf(a) - timeOf(b) || a.id.localeCompare(b.id));
// The server's clock for windows is its newest article.
const clock = Math.max(...fixture.articles.map(timeOf));

// Per-hour counts from the hour of the first to the hour of the last article; buckets widen
// to whole hours so that there are at most 72 (as server/timeline.cc does).
function timeline(list) {
  if (list.length === 0) return { buckets: [], hours: 1 };
  const hour = 3600e3;
  const times = list.map(timeOf);
  const first = Math.floor(Math.min(...times) / hour) * hour;
  const last = Math.floor(Math.max(...times) / hour) * hour;
  const span = (last - first) / hour + 1;
  const width = Math.ceil(span / 72);
  const n = Math.ceil(span / width);
  const counts = new Array(n).fill(0);
  for (const t of times) counts[Math.floor((t - first) / (width * hour))] += 1;
  return { buckets: counts.map((count, i) => ({ t: iso(first + i * width * hour), count })), hours: width };
}

// Articles of the last 24 hours and of the 24 before, growth and breaking, as the server counts
// them (Store::BreakingRule: at least 3 articles in the last day, at least twice the day before).
function trend(list) {
  const day = 24 * 3600e3;
  const recent = list.filter((a) => timeOf(a) > clock - day && timeOf(a) <= clock).length;
  const before = list.filter((a) => timeOf(a) > clock - 2 * day && timeOf(a) <= clock - day).length;
  const growth = recent / Math.max(1, before);
  return { articles_24h: recent, articles_prev_24h: before, growth: Math.round(growth * 100) / 100, breaking: recent >= 3 && growth >= 2 };
}

// The story's entities, most mentioned first, as Store::StoryEntities gives them.
function storyEntities(list) {
  const entities = new Map();
  for (const a of list) {
    for (const m of a.entities) {
      const e = entities.get(m.canonical) ?? { canonical: m.canonical, type: m.type, mentions: 0, variants: new Map() };
      e.mentions += 1;
      e.variants.set(m.text, (e.variants.get(m.text) ?? 0) + 1);
      entities.set(m.canonical, e);
    }
  }
  return [...entities.values()]
    .sort((x, y) => y.mentions - x.mentions || x.canonical.localeCompare(y.canonical))
    .map((e) => ({
      ...e,
      variants: [...e.variants].map(([text, count]) => ({ text, count })).sort((x, y) => y.count - x.count),
    }));
}

// Sources with the most articles first, then by name.
function storySources(list) {
  const counts = new Map();
  for (const a of list) if (a.source) counts.set(a.source, (counts.get(a.source) ?? 0) + 1);
  return [...counts].sort(([x, m], [y, n]) => n - m || (x < y ? -1 : x > y ? 1 : 0)).map(([src]) => src);
}

function storySummary(story) {
  const list = storyArticles(story.id);
  const tl = timeline(list);
  return {
    ...trend(list),
    id: story.id,
    title: story.title,
    headline: story.title, // the server's most central headline; the fixture's title here
    article_count: list.length,
    languages: [...new Set(list.map((a) => a.lang))].sort(),
    first_published: list.length ? iso(timeOf(list[0])) : null,
    last_published: list.length ? iso(timeOf(list[list.length - 1])) : null,
    sources: storySources(list),
    timeline: tl.buckets,
    timeline_bucket_hours: tl.hours,
  };
}

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function intParam(params, name, fallback, min, max) {
  if (!params.has(name)) return fallback;
  const v = params.get(name);
  if (!/^-?\d+$/.test(v) || Number(v) < min || Number(v) > max) {
    throw new HttpError(400, `'${name}' must be an integer from ${min} to ${max}`);
  }
  return Number(v);
}

function listStories(params) {
  let windowMs = null;
  if (params.has('hours')) {
    const h = Number(params.get('hours'));
    if (params.get('hours') === '' || !Number.isFinite(h) || h < 0 || h > 1e6) {
      throw new HttpError(400, "'hours' must be a number from 0 to 1000000");
    }
    windowMs = h * 3600e3;
  }
  const lang = params.get('lang') ?? '';
  if (lang && !/^[a-z]{2,3}$/.test(lang)) throw new HttpError(400, "'lang' must be a language code such as 'de'");
  const source = (params.get('source') ?? '').toLowerCase();
  const entity = (params.get('entity') ?? '').toLowerCase();
  const sort = params.get('sort') ?? 'size';
  if (!['size', 'recent', 'growth'].includes(sort)) throw new HttpError(400, "'sort' must be size, recent or growth");
  const limit = intParam(params, 'limit', 20, 1, 500);
  const offset = intParam(params, 'offset', 0, 0, 2 ** 40);

  const matches = [];
  for (const story of stories.values()) {
    const hits = storyArticles(story.id).filter(
      (a) =>
        (windowMs === null || timeOf(a) >= clock - windowMs) &&
        (!lang || a.lang === lang) &&
        (!source || a.source.toLowerCase() === source) &&
        (!entity || a.entities.some((e) => e.text.toLowerCase() === entity || e.canonical.toLowerCase() === entity)),
    );
    if (hits.length) matches.push({ story, n: hits.length, last: Math.max(...hits.map(timeOf)), trend: trend(storyArticles(story.id)) });
  }
  // sort=growth: breaking first, then the last day's articles times growth, then as 'recent'.
  const heat = (t) => (t.articles_24h * t.articles_24h) / Math.max(1, t.articles_prev_24h);
  const byGrowth = (x, y) => y.trend.breaking - x.trend.breaking || heat(y.trend) - heat(x.trend) || y.trend.articles_24h - x.trend.articles_24h;
  matches.sort((x, y) =>
    sort === 'size'
      ? y.n - x.n || y.last - x.last || x.story.id.localeCompare(y.story.id)
      : (sort === 'growth' && byGrowth(x, y)) || y.last - x.last || y.n - x.n || x.story.id.localeCompare(y.story.id),
  );
  return {
    stories: matches
      .slice(offset, offset + limit)
      .map((m) => ({
        ...storySummary(m.story),
        matching_articles: m.n,
        // A listing names the five most mentioned entities; a story's page lists them all.
        top_entities: storyEntities(storyArticles(m.story.id))
          .slice(0, 5)
          .map(({ canonical, type, mentions }) => ({ canonical, type, mentions })),
      })),
    total: matches.length,
    limit,
    offset,
  };
}

function getStory(id) {
  const story = stories.get(id);
  if (!story) throw new HttpError(404, `no story '${id}'`);
  const list = storyArticles(id);
  const inStory = new Set(list.map((a) => a.id));
  const byLang = {};
  for (const a of list) {
    (byLang[a.lang] ??= []).push({
      id: a.id,
      title: a.title,
      source: a.source,
      cluster_id: a.cluster_id ?? '',
      published: a.published,
      url: a.url,
      duplicate_of: a.duplicate_of,
      translation_of: a.translation_of,
    });
  }
  return {
    ...storySummary(story),
    first_article: list[0]?.id ?? null,
    clusters: storyClusters(list),
    articles_by_lang: Object.fromEntries(Object.entries(byLang).sort(([x], [y]) => x.localeCompare(y))),
    links: fixture.links.filter((l) => inStory.has(l.src) && inStory.has(l.dst)),
    entities: storyEntities(list),
    quotes: list.flatMap((a) => a.quotes.map((q) => ({ speaker: q.speaker, text: q.text, article_id: a.id }))),
    places: storyPlaces(list),
  };
}

// The story's language clusters, most articles first, as the server lists them (the title is
// the cluster's first original headline here; the server picks its most central one).
function storyClusters(list) {
  const byId = new Map();
  for (const a of list) {
    if (!a.cluster_id) continue;
    const c = byId.get(a.cluster_id) ?? { cluster_id: a.cluster_id, lang: a.lang, articles: 0, first: Infinity, last: -Infinity, title: '' };
    c.articles += 1;
    c.first = Math.min(c.first, timeOf(a));
    c.last = Math.max(c.last, timeOf(a));
    if (!c.title && !a.duplicate_of) c.title = a.title;
    byId.set(a.cluster_id, c);
  }
  return [...byId.values()]
    .sort((x, y) => y.articles - x.articles || x.first - y.first || x.cluster_id.localeCompare(y.cluster_id))
    .map((c) => ({ cluster_id: c.cluster_id, lang: c.lang, articles: c.articles, first_seen: iso(c.first), last_seen: iso(c.last), title: c.title }));
}

// Places of the story's articles by name: articles naming each, the focus of the most articles
// first (the server also settles namesakes across the story; the fixture has none to settle).
function storyPlaces(list) {
  const byName = new Map();
  for (const a of list) {
    for (const p of a.places ?? []) {
      const e = byName.get(p.name) ?? { ...p, articles: 0, mentions: 0, focusArticles: 0, focus: false };
      e.articles += 1;
      e.mentions += p.mentions;
      if (p.focus) e.focusArticles += 1;
      byName.set(p.name, e);
    }
  }
  const places = [...byName.values()].sort((x, y) => y.articles - x.articles || y.mentions - x.mentions || x.name.localeCompare(y.name));
  const focus = places.reduce((best, p) => (p.focusArticles > (best?.focusArticles ?? 0) ? p : best), null);
  if (focus) {
    focus.focus = true;
    places.splice(places.indexOf(focus), 1);
    places.unshift(focus);
  }
  return places.map(({ focusArticles, ...p }) => p);
}

// The land outline scripts/setup.sh writes into the data directory.
function worldMap() {
  const file = path.join(here, '../../data/world-land.json');
  if (!fs.existsSync(file)) throw new HttpError(404, 'no world map in the data directory (run scripts/setup.sh)');
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function getArticle(id) {
  const a = articles.get(id);
  if (!a) throw new HttpError(404, `no article '${id}'`);
  return a;
}

// Words ANDed, case- and accent-insensitive; the snippet marks hits with [ ] like FTS5's
// snippet(articles_fts, 1, '[', ']', '…', 12).
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
function search(params) {
  const q = params.get('q') ?? '';
  if (!q.trim()) throw new HttpError(400, "missing or empty parameter 'q'");
  const limit = intParam(params, 'limit', 20, 1, 100);
  const words = fold(q).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const hits = [];
  for (const a of fixture.articles) {
    const title = fold(a.title);
    const tokens = a.text.split(/\s+/);
    const folded = tokens.map((t) => fold(t).replace(/[^\p{L}\p{N}]/gu, ''));
    const inTitle = (w) => title.split(/[^\p{L}\p{N}]+/u).some((t) => t.startsWith(w));
    const inText = (w) => folded.some((t) => t.startsWith(w));
    if (!words.every((w) => inTitle(w) || inText(w))) continue;
    const score = words.reduce(
      (s, w) => s + 5 * (inTitle(w) ? 1 : 0) + folded.filter((t) => t.startsWith(w)).length,
      0,
    );
    const at = Math.max(0, folded.findIndex((t) => words.some((w) => t.startsWith(w))));
    const from = Math.max(0, at - 4);
    const piece = tokens
      .slice(from, from + 12)
      .map((t, i) => (words.some((w) => folded[from + i].startsWith(w)) ? `[${t}]` : t))
      .join(' ');
    hits.push({
      id: a.id,
      title: a.title,
      snippet: `${from > 0 ? '…' : ''}${piece}${from + 12 < tokens.length ? '…' : ''}`,
      score,
    });
  }
  hits.sort((x, y) => y.score - x.score || x.id.localeCompare(y.id));
  return { hits: hits.slice(0, limit) };
}

// Quotations of live articles, newest first. The server matches a speaker's name in any
// spelling; the mock by case-folded name or surname.
function quotes(params) {
  const speaker = params.get('speaker') ?? '';
  const limit = intParam(params, 'limit', 20, 1, 500);
  const surname = (name) => fold(name).split(/\s+/).filter(Boolean).pop() ?? '';
  const matches = (name) => !speaker || fold(name) === fold(speaker) || surname(name) === surname(speaker);
  const list = [];
  const speakers = new Set();
  for (const a of fixture.articles) {
    for (const q of a.quotes ?? []) {
      if (!q.speaker || !matches(q.speaker)) continue;
      speakers.add(q.speaker);
      list.push({ article_id: a.id, text: q.text, speaker: q.speaker, speaker_as_written: q.speaker,
                  speaker_entity: '', source: a.source, published: a.published, story_id: a.story_id ?? '' });
    }
  }
  list.sort((x, y) => String(y.published).localeCompare(String(x.published)) || x.article_id.localeCompare(y.article_id));
  const out = { quotes: list.slice(0, limit) };
  if (speaker) out.speakers = [...speakers].sort().map((name) => ({ id: `per:${fold(name)}`, canonical: name }));
  return out;
}

function route(url) {
  const p = url.pathname;
  if (p === '/api/v1/health') {
    return { status: 'ok', articles: articles.size, stories: stories.size, schema_version: 2 };
  }
  if (p === '/api/v1/stories') return listStories(url.searchParams);
  if (p.startsWith('/api/v1/stories/')) return getStory(decodeURIComponent(p.slice(16)));
  if (p.startsWith('/api/v1/articles/')) return getArticle(decodeURIComponent(p.slice(17)));
  if (p === '/api/v1/search') return search(url.searchParams);
  if (p === '/api/v1/quotes') return quotes(url.searchParams);
  if (p === '/api/v1/map/land') return worldMap();
  throw new HttpError(404, `no endpoint ${p}`);
}

const mimeTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

function serveStatic(url, res) {
  let rel;
  try {
    rel = decodeURIComponent(url.pathname);
  } catch {
    rel = '';
  }
  if (rel.endsWith('/')) rel += 'index.html';
  const file = path.resolve(webRoot, `.${rel}`);
  if (!rel || !file.startsWith(webRoot + path.sep) || rel.includes('\0')) {
    res.writeHead(404).end();
    return;
  }
  fs.readFile(file, (err, body) => {
    if (err) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
      return;
    }
    res.writeHead(200, {
      'Content-Type': mimeTypes[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    res.end(body);
  });
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (!url.pathname.startsWith('/api/')) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    serveStatic(url, res);
    return;
  }
  let status = 200;
  let body;
  try {
    if (req.method !== 'GET') throw new HttpError(405, 'the mock answers GET only');
    body = route(url);
  } catch (e) {
    status = e instanceof HttpError ? e.status : 500;
    body = { error: e.message };
  }
  setTimeout(() => {
    res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(body));
  }, opts.delay);
});

server.listen(opts.port, opts.host, () => {
  const { port } = server.address();
  console.log(`mock storytrace API on http://${opts.host}:${port}/ (fixture ${path.basename(opts.fixture)})`);
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(0));
