// The storytrace web page: story list, story propagation trail, article and search views over
// the JSON API (/api/v1). Plain DOM, no framework; every piece of data reaches the page through
// textContent or attribute values, never through HTML parsing.

const REFRESH_MS = 60_000;
const PAGE_SIZE = 30;
const WINDOWS = [
  ['6', '6 h'],
  ['24', '24 h'],
  ['72', '3 d'],
  ['168', '7 d'],
  ['', 'all'],
];
const COMMON_LANGS = ['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'ru', 'uk', 'ar', 'tr', 'zh'];
const SVG_NS = 'http://www.w3.org/2000/svg';

// ---------------------------------------------------------------------------------------------
// DOM helpers

// h('a', {class: 'x', href: '#/'}, 'text', child): an element; strings become text nodes.
function h(tag, props, ...children) {
  return build(document.createElement(tag), props, children);
}

function s(tag, props, ...children) {
  return build(document.createElementNS(SVG_NS, tag), props, children);
}

function build(el, props, children) {
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'style') for (const [p, v] of Object.entries(value)) el.style.setProperty(p, v);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

const main = () => document.getElementById('main');

// Replaces the content of <main>; null children are skipped.
function renderMain(...children) {
  const el = main();
  el.replaceChildren();
  append(el, children);
}

function announce(message) {
  const el = document.getElementById('announcer');
  el.textContent = '';
  // A separate task, so that screen readers notice the same message twice.
  setTimeout(() => {
    el.textContent = message;
  }, 50);
}

// ---------------------------------------------------------------------------------------------
// Formatting

const languageNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' });
  } catch {
    return null;
  }
})();

function languageName(code) {
  if (!code || code === 'und') return 'undetermined';
  try {
    const name = languageNames?.of(code);
    return name && name !== code ? name : code;
  } catch {
    return code;
  }
}

// A stable hue per language, so that a language has one colour everywhere on the page.
const LANG_HUES = { en: 12, de: 218, fr: 152, es: 292, it: 188, pt: 95, nl: 30, pl: 340, ru: 262, uk: 48, ar: 128, tr: 0, zh: 322 };
function languageHue(code) {
  if (code in LANG_HUES) return LANG_HUES[code];
  let hash = 0;
  for (const ch of String(code)) hash = (hash * 31 + ch.codePointAt(0)) % 360;
  return hash;
}

// "de" on screen; "de (German)" for screen readers, or nothing when the name is said anyway.
function langBadge(code, { decorative = false } = {}) {
  const name = languageName(code);
  return h(
    'span',
    { class: 'lang-badge', title: name, style: { '--hue': languageHue(code) }, 'aria-hidden': decorative ? 'true' : null },
    code || 'und',
    name !== code && !decorative ? h('span', { class: 'visually-hidden' }, ` (${name})`) : null,
  );
}

const parseTime = (iso) => (iso ? Date.parse(iso) : NaN);

function relativeTime(iso, now = Date.now()) {
  const t = parseTime(iso);
  if (Number.isNaN(t)) return 'unknown time';
  const sec = Math.round((now - t) / 1000);
  const abs = Math.abs(sec);
  let text;
  if (abs < 45) return 'just now';
  if (abs < 3600) text = `${Math.round(abs / 60)} min`;
  else if (abs < 86400) text = `${Math.round(abs / 3600)} h`;
  else if (abs < 86400 * 45) text = `${Math.round(abs / 86400)} d`;
  else if (abs < 86400 * 548) text = `${Math.floor(abs / (86400 * 30.44))} mo`;
  else text = `${Math.floor(abs / (86400 * 365.25))} y`;
  return sec >= 0 ? `${text} ago` : `in ${text}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n) => String(n).padStart(2, '0');

function utcDay(ms) {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

function utcClock(ms) {
  const d = new Date(ms);
  return `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}`;
}

function absoluteTime(iso) {
  const t = parseTime(iso);
  if (Number.isNaN(t)) return 'unknown time';
  return `${utcDay(t)} ${new Date(t).getUTCFullYear()}, ${utcClock(t)} UTC`;
}

// <time> showing "3 h ago" (kept current by refreshRelativeTimes) with the ISO time as tooltip.
function timeEl(iso, { absolute = false } = {}) {
  if (!iso) return h('span', { class: 'muted' }, 'no date');
  return h(
    'time',
    { datetime: iso, title: iso, class: absolute ? null : 'rel', 'data-iso': absolute ? null : iso },
    absolute ? absoluteTime(iso) : relativeTime(iso),
  );
}

function refreshRelativeTimes(root = document) {
  const now = Date.now();
  for (const el of root.querySelectorAll('time.rel')) {
    const text = relativeTime(el.dataset.iso, now);
    if (el.textContent !== text) el.textContent = text;
  }
}

const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function truncate(text, max) {
  const chars = [...(text ?? '')];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

// Only http(s) addresses become links: a stored URL could be "javascript:…".
function safeUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const storyHref = (id) => `#/story/${encodeURIComponent(id)}`;
const articleHref = (id) => `#/article/${encodeURIComponent(id)}`;
const speakerHref = (name) => `#/speaker/${encodeURIComponent(name)}`;

function homeHref(filters) {
  const q = new URLSearchParams();
  for (const key of ['lang', 'hours', 'source', 'entity', 'sort']) if (filters[key]) q.set(key, filters[key]);
  const text = q.toString();
  return text ? `#/?${text}` : '#/';
}

// ---------------------------------------------------------------------------------------------
// API

class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function api(path, params, signal) {
  const url = new URL(`api/v1/${path}`, document.baseURI);
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value !== '' && value !== null && value !== undefined) url.searchParams.set(key, value);
  }
  let res;
  try {
    res = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'The storytrace server cannot be reached.');
  }
  let body = null;
  try {
    body = await res.json();
  } catch {
    // An error page that is not JSON: reported by status below.
  }
  if (!res.ok) throw new ApiError(res.status, body?.error ?? `The server answered ${res.status}.`);
  if (body === null) throw new ApiError(res.status, 'The server sent an answer that is not JSON.');
  return body;
}

// ---------------------------------------------------------------------------------------------
// Charts

// A bar sparkline of per-bucket counts: x is time (buckets are consecutive), y the count.
function sparkline(timeline, { width = 160, height = 36, bucketHours = 1, label = 'Articles over time' } = {}) {
  const buckets = Array.isArray(timeline) ? timeline : [];
  const svg = s('svg', {
    class: 'sparkline',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    focusable: 'false',
  });
  const total = buckets.reduce((sum, b) => sum + (b.count || 0), 0);
  if (buckets.length === 0 || total === 0) {
    svg.setAttribute('aria-label', `${label}: no dated articles`);
    svg.append(s('line', { class: 'spark-base', x1: 0, x2: width, y1: height - 0.5, y2: height - 0.5 }));
    return svg;
  }
  const peak = buckets.reduce((best, b) => (b.count > best.count ? b : best), buckets[0]);
  const unit = bucketHours === 1 ? 'hour' : `${bucketHours} hours`;
  const description = `${label}: ${plural(total, 'article')} over ${plural(buckets.length * bucketHours, 'hour')}, at most ${peak.count} per ${unit} (${absoluteTime(peak.t)})`;
  svg.setAttribute('aria-label', description);
  svg.append(s('title', {}, description));
  const step = width / buckets.length;
  const barWidth = Math.max(2, step - (step > 3 ? 1 : 0));
  const top = 2;
  buckets.forEach((b, i) => {
    if (!b.count) return;
    const barHeight = Math.max(2, ((height - top - 1) * b.count) / peak.count);
    svg.append(
      s('rect', {
        class: 'spark-bar',
        x: (i * step).toFixed(2),
        y: (height - 1 - barHeight).toFixed(2),
        width: barWidth.toFixed(2),
        height: barHeight.toFixed(2),
        rx: Math.min(1.5, barWidth / 2),
      }),
    );
  });
  svg.append(s('line', { class: 'spark-base', x1: 0, x2: width, y1: height - 0.5, y2: height - 0.5 }));
  return svg;
}

const TICK_HOURS = [1, 2, 3, 6, 12, 24, 48, 72, 168, 336, 720];

// The propagation trail: one row per outlet (or language), a dot per article at its time, the
// first article ringed, and reprint/translation links drawn from the original to the copy.
function propagationChart(story, articles, mode, width) {
  const dated = articles.filter((a) => !Number.isNaN(parseTime(a.published)));
  const rowKey = (a) => (mode === 'lang' ? a.lang || 'und' : a.source || 'unknown source');
  const rows = [];
  const rowIndex = new Map();
  for (const a of [...dated].sort((x, y) => parseTime(x.published) - parseTime(y.published))) {
    const key = rowKey(a);
    if (!rowIndex.has(key)) {
      rowIndex.set(key, rows.length);
      rows.push(key);
    }
  }
  const narrow = width < 560;
  const labelWidth = Math.min(narrow ? 96 : 180, Math.round(width * 0.3));
  const left = labelWidth + 16;
  const right = 26;
  // Arcs between two dots of one row bulge upwards: the first row then needs room above it.
  const sameRow = (story.links ?? []).some((l) => {
    const src = dated.find((a) => a.id === l.src);
    const dst = dated.find((a) => a.id === l.dst);
    return src && dst && rowKey(src) === rowKey(dst);
  });
  const top = sameRow ? 44 : 12;
  const rowHeight = narrow ? 34 : 38;
  const axisHeight = 34;
  const height = top + Math.max(1, rows.length) * rowHeight + axisHeight;
  const plotWidth = Math.max(60, width - left - right);

  const times = dated.map((a) => parseTime(a.published));
  let t0 = Math.min(...times);
  let t1 = Math.max(...times);
  if (!(t1 > t0)) {
    t0 -= 3600e3;
    t1 += 3600e3;
  }
  const margin = (t1 - t0) * 0.03;
  t0 -= margin;
  t1 += margin;
  // Room before the earliest dot for its "first report" label.
  const lead = narrow ? 40 : 84;
  const x = (t) => left + lead + ((t - t0) / (t1 - t0)) * (plotWidth - lead);
  const rowY = (i) => top + i * rowHeight + rowHeight / 2;

  const kindsShown = new Set();
  const summary = `Propagation trail of ${plural(dated.length, 'dated article')} in ${plural(rows.length, mode === 'lang' ? 'language' : 'outlet')}, from ${absoluteTime(new Date(t0 + margin).toISOString())} to ${absoluteTime(new Date(t1 - margin).toISOString())}.`;
  const svg = s('svg', {
    class: 'trail',
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': `${summary} The article list below has the same information.`,
    focusable: 'false',
  });
  const defs = s('defs');
  for (const kind of ['reprint', 'translation']) {
    defs.append(
      s(
        'marker',
        { id: `trail-arrow-${kind}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
        s('path', { d: 'M0,0 L10,5 L0,10 z', class: `arrow-${kind}` }),
      ),
    );
  }
  svg.append(defs);

  // Rows: a zebra band and a label each.
  const bands = s('g', { class: 'rows' });
  rows.forEach((key, i) => {
    if (i % 2 === 0) bands.append(s('rect', { class: 'row-band', x: 0, y: top + i * rowHeight, width, height: rowHeight }));
    const maxChars = Math.max(6, Math.floor(labelWidth / 7));
    const label = mode === 'lang' ? `${key} · ${languageName(key)}` : key;
    bands.append(
      s(
        'text',
        { class: 'row-label', x: labelWidth + 4, y: rowY(i), 'text-anchor': 'end', 'dominant-baseline': 'central' },
        s('title', {}, label),
        truncate(label, maxChars),
      ),
    );
  });
  svg.append(bands);

  // Time axis: grid lines and labels in UTC.
  const axis = s('g', { class: 'axis' });
  const spanHours = (t1 - t0) / 3600e3;
  const wanted = Math.max(2, Math.floor(plotWidth / (narrow ? 80 : 110)));
  const stepHours = TICK_HOURS.find((hrs) => spanHours / hrs <= wanted) ?? TICK_HOURS[TICK_HOURS.length - 1];
  const step = stepHours * 3600e3;
  let previousDay = '';
  const firstTick = Math.ceil(t0 / step) * step;
  if (x(firstTick) - left > (narrow ? 86 : 130)) {
    // Say where the axis starts when the first tick is far from it.
    previousDay = utcDay(t0);
    axis.append(s('text', { class: 'tick', x: left, y: height - axisHeight + 18, 'text-anchor': 'start' }, stepHours >= 24 ? previousDay : `${previousDay} ${utcClock(t0)}`));
  }
  for (let t = firstTick; t <= t1; t += step) {
    const tx = x(t);
    axis.append(s('line', { class: 'grid', x1: tx, x2: tx, y1: top, y2: height - axisHeight }));
    const day = utcDay(t);
    const label = stepHours >= 24 ? day : day !== previousDay ? `${day} ${utcClock(t)}` : utcClock(t);
    previousDay = day;
    axis.append(s('text', { class: 'tick', x: tx, y: height - axisHeight + 18, 'text-anchor': 'middle' }, label));
  }
  axis.append(s('line', { class: 'axis-line', x1: left, x2: left + plotWidth, y1: height - axisHeight, y2: height - axisHeight }));
  svg.append(axis);

  // Dot positions; articles close together on one row are nudged apart vertically.
  const pos = new Map();
  const lastX = new Map();
  for (const a of [...dated].sort((p, q) => parseTime(p.published) - parseTime(q.published))) {
    const i = rowIndex.get(rowKey(a));
    const px = x(parseTime(a.published));
    const previous = lastX.get(i);
    const crowded = previous && px - previous.x < 14;
    const nudge = crowded ? (previous.nudge > 0 ? -7 : 7) : 0;
    lastX.set(i, { x: px, nudge });
    pos.set(a.id, { x: px, y: rowY(i) + nudge, article: a });
  }

  // Links, under the dots.
  const edges = s('g', { class: 'edges' });
  const labels = s('g', { class: 'edge-labels' });
  for (const link of story.links ?? []) {
    const from = pos.get(link.dst);
    const to = pos.get(link.src);
    if (!from || !to || from === to) continue;
    const kind = link.kind === 'translation' ? 'translation' : 'reprint';
    kindsShown.add(kind);
    // A quadratic arc bulging to the right (or upwards, between dots on one row), trimmed so
    // that it leaves the original's dot and its arrow tip stops at the copy's dot.
    const vx = to.x - from.x;
    const vy = to.y - from.y;
    const chord = Math.hypot(vx, vy) || 1;
    let nx = -vy / chord;
    let ny = vx / chord;
    if (nx < -1e-6 || (Math.abs(nx) <= 1e-6 && ny > 0)) {
      nx = -nx;
      ny = -ny;
    }
    const bend = Math.min(60, Math.max(26, chord * 0.3));
    const c = { x: (from.x + to.x) / 2 + 2 * bend * nx, y: (from.y + to.y) / 2 + 2 * bend * ny };
    const unit = (ax, ay) => {
      const n = Math.hypot(ax, ay) || 1;
      return [ax / n, ay / n];
    };
    const [sx, sy] = unit(c.x - from.x, c.y - from.y);
    const [ex, ey] = unit(to.x - c.x, to.y - c.y);
    const startGap = from.article.id === story.first_article ? 12 : 8;
    const p0 = { x: from.x + sx * startGap, y: from.y + sy * startGap };
    const p2 = { x: to.x - ex * 9, y: to.y - ey * 9 };
    const d = `M${p0.x.toFixed(1)},${p0.y.toFixed(1)} Q${c.x.toFixed(1)},${c.y.toFixed(1)} ${p2.x.toFixed(1)},${p2.y.toFixed(1)}`;
    const apex = { x: (from.x + 2 * c.x + to.x) / 4 + nx * 10, y: (from.y + 2 * c.y + to.y) / 4 + ny * 10 };
    const anchor = nx > 0.4 ? 'start' : 'middle';
    const score = typeof link.score === 'number' ? ` (score ${link.score.toFixed(2)})` : '';
    const what = `${describe(to.article)} is a ${kind} of ${describe(from.article)}${score}`;
    edges.append(
      s('path', { class: `edge edge-${kind}`, d, 'marker-end': `url(#trail-arrow-${kind})` }, s('title', {}, what)),
    );
    labels.append(
      s('text', { class: `edge-label edge-label-${kind}`, x: apex.x.toFixed(1), y: apex.y.toFixed(1), 'text-anchor': anchor, 'dominant-baseline': 'central' }, kind),
    );
  }
  svg.append(edges);

  // Dots: coloured by language; links to the article (mouse only: the list below is the
  // keyboard path, so the dots stay out of the tab order).
  const dots = s('g', { class: 'dots' });
  for (const { x: px, y: py, article } of pos.values()) {
    const link = s('a', { href: articleHref(article.id), tabindex: '-1', class: 'dot-link' });
    link.append(s('title', {}, `${article.source || 'unknown source'} · ${article.lang} · ${absoluteTime(article.published)}\n${article.title}`));
    if (article.id === story.first_article) {
      link.append(s('circle', { class: 'first-ring', cx: px, cy: py, r: 11 }));
    }
    link.append(s('circle', { class: 'dot', cx: px, cy: py, r: 6.5, style: { '--hue': languageHue(article.lang) } }));
    dots.append(link);
    if (article.id === story.first_article) {
      dots.append(s('text', { class: 'first-label', x: px - 15, y: py, 'text-anchor': 'end', 'dominant-baseline': 'central' }, narrow ? 'first' : 'first report'));
    }
  }
  svg.append(dots, labels);
  // Screen readers get the summary in aria-label (and the list below), not every mark.
  for (const group of svg.querySelectorAll(':scope > g')) group.setAttribute('aria-hidden', 'true');
  return { svg, kindsShown, undated: articles.length - dated.length };
}

function describe(article) {
  return `“${truncate(article.title || article.id, 50)}” (${article.source || 'unknown source'}, ${article.lang})`;
}

// ---------------------------------------------------------------------------------------------
// Views. Each view renders into <main>; `ctx.signal` aborts its requests when the route changes.

function viewHeader(title, ...extra) {
  return h('div', { class: 'view-header' }, h('h1', { tabindex: '-1', class: 'view-title' }, title), ...extra);
}

function errorPanel(err, retry) {
  const missing = err instanceof ApiError && err.status === 404;
  const message = missing ? 'Not found.' : 'Could not load this page.';
  if (missing) retry = null;
  return h(
    'div',
    { class: 'notice notice-error', role: 'alert' },
    h('p', {}, h('strong', {}, message), ' ', err.message),
    retry ? h('button', { type: 'button', class: 'button', onclick: retry }, 'Try again') : null,
  );
}

function skeletonList(n) {
  return h(
    'ol',
    { class: 'story-list', 'aria-hidden': 'true' },
    Array.from({ length: n }, () => h('li', { class: 'story skeleton' }, h('div', { class: 'skeleton-line wide' }), h('div', { class: 'skeleton-line' }))),
  );
}

// --- Story list --------------------------------------------------------------------------------

const knownLangs = new Set(COMMON_LANGS);
const knownSources = new Set();

function storyItem(story) {
  const titleId = `story-${story.id}`;
  const sources = story.sources ?? [];
  const shownSources = sources.slice(0, 4);
  const topEntities = Array.isArray(story.top_entities) ? story.top_entities : [];
  const matching = story.matching_articles;
  const countText =
    typeof matching === 'number' && matching !== story.article_count
      ? `${plural(story.article_count, 'article')} (${matching} matching)`
      : plural(story.article_count, 'article');
  return h(
    'li',
    { class: 'story', 'data-id': story.id },
    h(
      'article',
      { 'aria-labelledby': titleId },
      h(
        'div',
        { class: 'story-body' },
        h('h2', { class: 'story-title', dir: 'auto' }, h('a', { class: 'story-link', id: titleId, href: storyHref(story.id) }, story.headline || story.title || '(untitled story)')),
        h(
          'p',
          { class: 'story-meta' },
          h('span', { class: 'langs' }, (story.languages ?? []).map(langBadge)),
          story.breaking ? h('span', { class: 'breaking', title: `${plural(story.articles_24h, 'article')} in the last 24 hours, ${story.growth}× the day before` }, 'Breaking') : null,
          h('span', { class: 'count' }, countText),
          h('span', { class: 'seen' }, 'first ', timeEl(story.first_published), ' · last ', timeEl(story.last_published)),
        ),
        sources.length
          ? h(
              'p',
              { class: 'story-sources' },
              h('span', { class: 'muted' }, sources.length === 1 ? 'Source: ' : `${sources.length} sources: `),
              shownSources.map((src, i) => [i ? ', ' : '', h('a', { href: homeHref({ ...currentFilters, source: src }), class: 'source-link', dir: 'auto' }, src)]),
              sources.length > shownSources.length ? h('span', { class: 'muted' }, ` +${sources.length - shownSources.length} more`) : null,
            )
          : null,
        topEntities.length
          ? h(
              'p',
              { class: 'story-entities' },
              h('span', { class: 'muted' }, 'About: '),
              topEntities.map((e, i) => [
                i ? ', ' : '',
                h('a', { href: homeHref({ ...currentFilters, entity: e.canonical }), class: 'entity-link', title: `${e.type}, ${plural(e.mentions, 'mention')}`, dir: 'auto' }, e.canonical),
              ]),
            )
          : null,
      ),
      sparkline(story.timeline, { bucketHours: story.timeline_bucket_hours ?? 1, label: 'Articles per hour' }),
    ),
  );
}

let currentFilters = {};

function filtersFromQuery(query) {
  const f = {
    lang: query.get('lang') ?? '',
    hours: query.get('hours') ?? '',
    source: query.get('source') ?? '',
    entity: query.get('entity') ?? '',
    sort: ['recent', 'growth'].includes(query.get('sort')) ? query.get('sort') : '',
  };
  if (!WINDOWS.some(([v]) => v === f.hours)) f.hours = '';
  return f;
}

function describeFilters(f) {
  const parts = [];
  if (f.lang) parts.push(`in ${languageName(f.lang)}`);
  if (f.hours) parts.push(`from the last ${WINDOWS.find(([v]) => v === f.hours)[1]}`);
  if (f.source) parts.push(`from “${f.source}”`);
  if (f.entity) parts.push(`mentioning “${f.entity}”`);
  return parts.join(' ');
}

function renderHome(ctx, query) {
  currentFilters = filtersFromQuery(query);
  const filters = currentFilters;
  document.title = 'Stories · storytrace';
  let loaded = []; // stories shown, in order
  let total = 0;
  const nodes = new Map(); // id -> {sig, el}

  const langSelect = h('select', { id: 'f-lang', name: 'lang' });
  const fillLangs = () => {
    const value = filters.lang;
    if (value) knownLangs.add(value);
    const options = [h('option', { value: '' }, 'All languages')];
    for (const code of [...knownLangs].sort((a, b) => languageName(a).localeCompare(languageName(b)))) {
      options.push(h('option', { value: code }, `${languageName(code)} (${code})`));
    }
    langSelect.replaceChildren(...options);
    langSelect.value = value;
  };
  fillLangs();
  const hoursSelect = h('select', { id: 'f-hours', name: 'hours', title: 'Counted back from the newest article' }, WINDOWS.map(([v, label]) => h('option', { value: v }, label)));
  hoursSelect.value = filters.hours;
  const sortSelect = h('select', { id: 'f-sort', name: 'sort' }, h('option', { value: '' }, 'Most articles'), h('option', { value: 'recent' }, 'Most recent'), h('option', { value: 'growth' }, 'Growing fastest'));
  sortSelect.value = filters.sort;
  const sourceList = h('datalist', { id: 'source-options' });
  const fillSources = () => sourceList.replaceChildren(...[...knownSources].sort().map((src) => h('option', { value: src })));
  fillSources();
  const sourceInput = h('input', {
    id: 'f-source',
    name: 'source',
    type: 'search',
    list: 'source-options',
    placeholder: 'any outlet',
    autocomplete: 'off',
    value: filters.source,
  });
  const entityChip = filters.entity
    ? h(
        'p',
        { class: 'chip' },
        'Mentioning ',
        h('strong', {}, filters.entity),
        h('a', { class: 'chip-remove', href: homeHref({ ...filters, entity: '' }), 'aria-label': `Remove filter: mentioning ${filters.entity}` }, '×'),
      )
    : null;

  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Filter stories', onsubmit: (e) => e.preventDefault() },
    h('div', { class: 'field' }, h('label', { for: 'f-lang' }, 'Language'), langSelect),
    h('div', { class: 'field' }, h('label', { for: 'f-hours' }, 'Time window'), hoursSelect),
    h('div', { class: 'field field-grow' }, h('label', { for: 'f-source' }, 'Source'), sourceInput, sourceList),
    h('div', { class: 'field' }, h('label', { for: 'f-sort' }, 'Order'), sortSelect),
  );

  const status = h('span', { class: 'list-status', id: 'list-status' }, '');
  const updated = h('span', { class: 'updated muted' });
  const list = h('ol', { class: 'story-list', 'aria-labelledby': 'stories-heading', 'aria-busy': 'true' });
  const more = h('button', { type: 'button', class: 'button more', hidden: true }, 'Show more stories');
  const errorSlot = h('div');
  const placeholder = skeletonList(5);

  renderMain(
    h(
      'div',
      { class: 'view-header' },
      h('h1', { tabindex: '-1', class: 'view-title', id: 'stories-heading' }, 'Stories'),
      h('p', { class: 'status-line' }, status, ' ', updated),
    ),
    form,
    entityChip,
    errorSlot,
    placeholder,
    list,
    h('div', { class: 'more-wrap' }, more),
  );

  const params = (offset, limit) => ({
    hours: filters.hours,
    lang: filters.lang,
    source: filters.source,
    entity: filters.entity,
    sort: filters.sort || null,
    limit,
    offset,
  });

  // Puts `stories` on the page, reusing the node of every story whose data did not change so
  // that a refresh moves nothing that stayed the same.
  const show = (stories) => {
    const els = stories.map((story) => {
      const sig = JSON.stringify(story);
      const known = nodes.get(story.id);
      if (known && known.sig === sig) return known.el;
      const el = storyItem(story);
      nodes.set(story.id, { sig, el });
      return el;
    });
    const same = els.length === list.children.length && els.every((el, i) => list.children[i] === el);
    if (!same) list.replaceChildren(...els);
    for (const id of nodes.keys()) if (!stories.some((st) => st.id === id)) nodes.delete(id);
    for (const story of stories) {
      for (const code of story.languages ?? []) knownLangs.add(code);
      for (const src of story.sources ?? []) knownSources.add(src);
    }
    if (langSelect.options.length - 1 !== knownLangs.size) fillLangs();
    if (sourceList.options.length !== knownSources.size) fillSources();
  };

  const showStatus = () => {
    const description = describeFilters(filters);
    if (total === 0) {
      status.textContent = '';
      list.replaceChildren(
        h(
          'li',
          { class: 'empty' },
          h('p', {}, description ? `No stories ${description}.` : 'No stories yet.'),
          description ? h('p', {}, h('a', { href: '#/' }, 'Show all stories')) : h('p', { class: 'muted' }, 'Ingest articles with storytrace to see them here.'),
        ),
      );
      nodes.clear();
    } else {
      status.textContent = `${plural(total, 'story', 'stories')}${description ? ` ${description}` : ''}`;
    }
    more.hidden = loaded.length >= total;
    updated.textContent = `· updated ${utcClock(Date.now())} UTC`;
  };

  let generation = 0; // only the answer to the latest request is shown
  const load = async ({ append: isAppend = false, quiet = false } = {}) => {
    const mine = ++generation;
    const offset = isAppend ? loaded.length : 0;
    const limit = isAppend ? PAGE_SIZE : Math.min(500, Math.max(PAGE_SIZE, loaded.length));
    try {
      const page = await api('stories', params(offset, limit), ctx.signal);
      if (ctx.signal.aborted || mine !== generation) return;
      const stories = Array.isArray(page.stories) ? page.stories : [];
      total = typeof page.total === 'number' ? page.total : stories.length;
      loaded = isAppend ? [...loaded, ...stories.filter((st) => !loaded.some((l) => l.id === st.id))] : stories;
      placeholder.remove();
      errorSlot.replaceChildren();
      list.setAttribute('aria-busy', 'false');
      if (loaded.length) show(loaded);
      showStatus();
      refreshRelativeTimes(list);
      if (!quiet) announce(status.textContent || 'No stories.');
    } catch (err) {
      if (err.name === 'AbortError' || mine !== generation) return;
      placeholder.remove();
      list.setAttribute('aria-busy', 'false');
      // A failed background refresh keeps the list and says so; a failed first load shows why.
      errorSlot.replaceChildren(errorPanel(err, () => load()));
    }
  };

  const apply = () => {
    filters.lang = langSelect.value;
    filters.hours = hoursSelect.value;
    filters.sort = sortSelect.value;
    filters.source = sourceInput.value.trim();
    history.replaceState(null, '', homeHref(filters));
    loaded = [];
    nodes.clear(); // their source links carry the old filters
    list.setAttribute('aria-busy', 'true');
    load();
  };
  langSelect.addEventListener('change', apply);
  hoursSelect.addEventListener('change', apply);
  sortSelect.addEventListener('change', apply);
  // The server matches a source exactly: typing applies the filter once the text names a known
  // outlet (or is cleared); Enter or leaving the field applies whatever was typed.
  let typing;
  sourceInput.addEventListener('input', () => {
    clearTimeout(typing);
    const text = sourceInput.value.trim().toLowerCase();
    if (text === '' || [...knownSources].some((src) => src.toLowerCase() === text)) typing = setTimeout(apply, 250);
  });
  const applySource = () => {
    clearTimeout(typing);
    if (sourceInput.value.trim() !== filters.source) apply();
  };
  sourceInput.addEventListener('change', applySource);
  form.addEventListener('submit', applySource);
  more.addEventListener('click', () => load({ append: true }));

  ctx.refresh = () => load({ quiet: true });
  return load();
}

// --- Places map ----------------------------------------------------------------------------------

// The land outline (one SVG path in degrees: x = longitude, y = -latitude), loaded once.
let landPath = null;
function loadLand(signal) {
  landPath ??= api('map/land', null, signal).then(
    (m) => (typeof m.path === 'string' ? m.path : ''),
    (err) => {
      landPath = null; // try again on the next story page
      if (err.name === 'AbortError') throw err;
      return '';
    },
  );
  return landPath;
}

const countryNames = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return null;
  }
})();
function countryName(code) {
  try {
    return (code && countryNames?.of(code)) || code || '';
  } catch {
    return code || '';
  }
}

// The part of the equirectangular world to show: the places with a margin, at least 36° wide,
// stretched to the box's aspect ratio and kept inside the world.
function mapView(places, aspect) {
  if (places.length === 0) return { x: -180, y: -90, w: 360, h: 180 };
  const lngs = places.map((p) => p.lng);
  const lats = places.map((p) => -p.lat);
  let x0 = Math.min(...lngs);
  let x1 = Math.max(...lngs);
  let y0 = Math.min(...lats);
  let y1 = Math.max(...lats);
  const pad = Math.max(6, 0.2 * Math.max(x1 - x0, y1 - y0));
  x0 -= pad;
  x1 += pad;
  y0 -= pad;
  y1 += pad;
  let w = Math.max(36, x1 - x0);
  let h = Math.max(w / aspect, y1 - y0);
  w = Math.max(w, h * aspect);
  if (w > 360 || h > 180) {
    const k = Math.min(360 / w, 180 / h);
    w *= k;
    h *= k;
  }
  const cx = Math.min(180 - w / 2, Math.max(-180 + w / 2, (x0 + x1) / 2));
  const cy = Math.min(90 - h / 2, Math.max(-90 + h / 2, (y0 + y1) / 2));
  return { x: cx - w / 2, y: cy - h / 2, w, h };
}

// The story's places as dots on a world map: sized by the number of articles naming them, the
// focus ringed and labelled, every name shown on hover (and in the list beside the map).
function placeMap(places, land, width) {
  const height = Math.round(Math.min(420, Math.max(200, width / 2)));
  const view = mapView(places, width / height);
  const unit = view.w / width; // degrees per pixel
  const most = Math.max(1, ...places.map((p) => p.articles ?? 1));
  const focus = places.find((p) => p.focus);
  const svg = s('svg', {
    class: 'place-map',
    width,
    height,
    viewBox: `${view.x.toFixed(3)} ${view.y.toFixed(3)} ${view.w.toFixed(3)} ${view.h.toFixed(3)}`,
    role: 'img',
    'aria-label': `Map of ${plural(places.length, 'place')}${focus ? `, centred on ${focus.name}` : ''}. The list beside it has the same information.`,
    focusable: 'false',
  });
  svg.append(s('rect', { class: 'sea', x: -180, y: -90, width: 360, height: 180 }));
  const grid = s('g', { class: 'graticule' });
  for (let lng = -150; lng <= 150; lng += 30) grid.append(s('line', { x1: lng, x2: lng, y1: -90, y2: 90 }));
  for (let lat = -60; lat <= 60; lat += 30) grid.append(s('line', { x1: -180, x2: 180, y1: lat, y2: lat }));
  svg.append(grid);
  if (land) svg.append(s('path', { class: 'land', d: land }));
  const dots = s('g', { class: 'place-dots' });
  // Big dots first, the focus last, so that small ones stay visible and the focus on top.
  const order = [...places].sort((a, b) => Number(a.focus) - Number(b.focus) || (b.articles ?? 1) - (a.articles ?? 1));
  for (const p of order) {
    if (typeof p.lat !== 'number' || typeof p.lng !== 'number') continue;
    const radius = (4 + 8 * Math.sqrt((p.articles ?? 1) / most)) * unit;
    const where = [p.kind === 'country' ? 'country' : p.kind === 'region' ? 'region' : '', countryName(p.country)].filter(Boolean).join(', ');
    const g = s('g', {
      class: `place-dot place-${String(p.kind || 'city').replace(/[^a-z]/g, '')}${p.focus ? ' focus' : ''}`,
      'data-name': p.name,
      transform: `translate(${p.lng.toFixed(4)} ${(-p.lat).toFixed(4)})`,
    });
    g.append(s('title', {}, `${p.name}${where ? ` (${where})` : ''}: ${plural(p.articles ?? 1, 'article')}${p.focus ? ', focus of the story' : ''}`));
    if (p.focus) g.append(s('circle', { class: 'focus-ring', r: radius + 4 * unit }));
    g.append(s('circle', { class: 'dot', r: radius }));
    g.append(
      s('text', { class: 'place-label', x: radius + 3 * unit, y: 0, 'dominant-baseline': 'central', style: { 'font-size': `${12.5 * unit}px`, 'stroke-width': `${3 * unit}px` } }, p.name),
    );
    dots.append(g);
  }
  svg.append(dots);
  for (const group of svg.querySelectorAll(':scope > g')) group.setAttribute('aria-hidden', 'true');
  return svg;
}

function placeSection(places, signal) {
  const list = (Array.isArray(places) ? places : []).filter((p) => typeof p.lat === 'number' && typeof p.lng === 'number');
  const mapBox = h('div', { class: 'map-box' });
  let land = '';
  const draw = () => {
    if (list.length === 0) return;
    const width = Math.max(260, Math.floor(mapBox.clientWidth || 600));
    mapBox.replaceChildren(placeMap(list, land, width));
  };
  const section = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'places-heading' },
    h('h2', { id: 'places-heading' }, 'Places'),
    list.length === 0
      ? h('p', { class: 'muted empty-note' }, 'No places found in this story.')
      : h(
          'div',
          { class: 'places-layout' },
          mapBox,
          h(
            'ol',
            { class: 'place-list' },
            list.map((p) =>
              h(
                'li',
                { class: p.focus ? 'focus' : null },
                h('span', { class: 'place-name' }, p.name),
                h('span', { class: 'muted small' }, ` ${p.kind === 'country' ? 'country' : [p.kind === 'region' ? 'region' : '', countryName(p.country)].filter(Boolean).join(', ')}`),
                h('span', { class: 'place-count' }, plural(p.articles ?? 1, 'article')),
                p.focus ? h('span', { class: 'badge badge-focus' }, 'focus') : null,
              ),
            ),
          ),
        ),
  );
  if (list.length) {
    loadLand(signal).then(
      (path) => {
        land = path;
        if (!signal.aborted) draw();
      },
      () => {},
    );
  }
  return { section, draw, box: mapBox };
}

// --- Story page --------------------------------------------------------------------------------

async function renderStory(ctx, id) {
  renderMain(h('p', { class: 'loading', role: 'status' }, 'Loading story…'));
  let story;
  try {
    story = await api(`stories/${encodeURIComponent(id)}`, null, ctx.signal);
  } catch (err) {
    if (err.name === 'AbortError') return;
    document.title = 'Story not available · storytrace';
    renderMain(backLink(), viewHeader('Story'), errorPanel(err, () => renderStory(ctx, id)));
    return;
  }
  if (ctx.signal.aborted) return;
  document.title = `${story.headline || story.title || 'Story'} · storytrace`;

  const byLang = story.articles_by_lang ?? {};
  const articles = [];
  for (const [lang, list] of Object.entries(byLang)) for (const a of list ?? []) articles.push({ ...a, lang });
  const byId = new Map(articles.map((a) => [a.id, a]));
  const links = Array.isArray(story.links) ? story.links : [];

  // Relations per article, from the links and from the article's own fields.
  const relations = new Map(); // id -> {reprintOf:Set, translationOf:Set, reprintedBy:Set, translatedBy:Set}
  const rel = (aid) => {
    if (!relations.has(aid)) relations.set(aid, { reprintOf: new Map(), translationOf: new Map(), reprintedBy: new Set(), translatedBy: new Set() });
    return relations.get(aid);
  };
  for (const l of links) {
    if (l.kind === 'translation') {
      rel(l.src).translationOf.set(l.dst, l.score);
      rel(l.dst).translatedBy.add(l.src);
    } else if (l.kind === 'reprint') {
      rel(l.src).reprintOf.set(l.dst, l.score);
      rel(l.dst).reprintedBy.add(l.src);
    }
  }
  for (const a of articles) {
    if (a.duplicate_of && !rel(a.id).reprintOf.has(a.duplicate_of)) {
      rel(a.id).reprintOf.set(a.duplicate_of, undefined);
      rel(a.duplicate_of).reprintedBy.add(a.id);
    }
    for (const t of a.translation_of ?? []) {
      if (!rel(a.id).translationOf.has(t)) {
        rel(a.id).translationOf.set(t, undefined);
        rel(t).translatedBy.add(a.id);
      }
    }
  }

  const languages = story.languages ?? Object.keys(byLang);
  const header = viewHeader(
    story.headline || story.title || '(untitled story)',
    h(
      'div',
      { class: 'story-summary' },
      h('p', { class: 'story-meta' },
        h('span', { class: 'langs' }, languages.map(langBadge)),
        h('span', {}, plural(story.article_count ?? articles.length, 'article')),
        h('span', {}, plural((story.sources ?? []).length, 'source')),
        h('span', { class: 'seen' }, 'first ', timeEl(story.first_published), ' · last ', timeEl(story.last_published)),
      ),
      h(
        'div',
        { class: 'summary-spark' },
        sparkline(story.timeline, { width: 240, height: 40, bucketHours: story.timeline_bucket_hours ?? 1, label: 'Articles per hour' }),
        h('span', { class: 'muted small', 'aria-hidden': 'true' }, (story.timeline_bucket_hours ?? 1) > 1 ? `articles per ${story.timeline_bucket_hours} h` : 'articles per hour'),
      ),
    ),
  );
  header.querySelector('h1').setAttribute('lang', '');

  // Propagation trail
  const outlets = new Set(articles.map((a) => a.source || 'unknown source')).size;
  let mode = outlets > 24 ? 'lang' : 'source';
  const chartBox = h('div', { class: 'trail-box' });
  const legend = h('ul', { class: 'legend', 'aria-label': 'Legend' });
  const note = h('p', { class: 'muted small' });
  const drawChart = () => {
    const width = Math.max(300, Math.floor(chartBox.clientWidth || 860));
    if (!articles.some((a) => !Number.isNaN(parseTime(a.published)))) {
      chartBox.replaceChildren(h('p', { class: 'muted' }, 'No article of this story has a publication time yet.'));
      legend.replaceChildren();
      return;
    }
    const { svg, kindsShown, undated } = propagationChart(story, articles, mode, width);
    chartBox.replaceChildren(svg);
    chartBox.dataset.width = String(width);
    legend.replaceChildren(
      ...[...new Set(articles.map((a) => a.lang))].sort().map((code) =>
        h('li', {}, h('span', { class: 'legend-dot', style: { '--hue': languageHue(code) }, 'aria-hidden': 'true' }), `${languageName(code)} (${code})`),
      ),
      h('li', {}, h('span', { class: 'legend-ring', 'aria-hidden': 'true' }), 'first report'),
      h('li', { class: kindsShown.has('reprint') ? null : 'dim' }, h('span', { class: 'legend-line legend-reprint', 'aria-hidden': 'true' }), 'reprint'),
      h('li', { class: kindsShown.has('translation') ? null : 'dim' }, h('span', { class: 'legend-line legend-translation', 'aria-hidden': 'true' }), 'translation'),
    );
    note.textContent = undated ? `${plural(undated, 'article')} without a publication time ${undated === 1 ? 'is' : 'are'} listed below only.` : '';
  };
  const modeSwitch = h(
    'fieldset',
    { class: 'segmented' },
    h('legend', { class: 'visually-hidden' }, 'One row per'),
    h('span', { class: 'segmented-label', 'aria-hidden': 'true' }, 'Rows:'),
    ['source', 'lang'].map((m) =>
      h(
        'label',
        {},
        h('input', {
          type: 'radio',
          name: 'trail-mode',
          value: m,
          checked: m === mode,
          onchange: () => {
            mode = m;
            drawChart();
          },
        }),
        h('span', {}, m === 'source' ? 'outlet' : 'language'),
      ),
    ),
  );

  const trailSection = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'trail-heading' },
    h('div', { class: 'panel-head' }, h('h2', { id: 'trail-heading' }, 'Propagation trail'), modeSwitch),
    h('p', { class: 'muted small' }, 'Time runs left to right (UTC). Arrows go from the original to its reprint or translation.'),
    chartBox,
    legend,
    note,
  );

  // Articles by language
  const langOrder = Object.keys(byLang).sort((a, b) => (byLang[b]?.length ?? 0) - (byLang[a]?.length ?? 0) || a.localeCompare(b));
  const articleSection = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'articles-heading' },
    h('h2', { id: 'articles-heading' }, 'Articles by language'),
    langOrder.length === 0 ? h('p', { class: 'muted' }, 'No articles.') : null,
    langOrder.map((lang) => {
      const when = (a) => (Number.isNaN(parseTime(a.published)) ? Infinity : parseTime(a.published));
      const list = [...(byLang[lang] ?? [])].sort((a, b) => when(a) - when(b) || String(a.id).localeCompare(String(b.id)));
      return h(
        'section',
        { class: 'lang-group', 'aria-labelledby': `lang-${lang}` },
        h('h3', { id: `lang-${lang}` }, langBadge(lang, { decorative: true }), ` ${languageName(lang)}`, h('span', { class: 'muted' }, ` · ${countNote(list.length, story.article_counts_by_lang?.[lang])}`)),
        h('ol', { class: 'article-list' }, list.map((a) => articleItem({ ...a, lang }, story, byId, relations.get(a.id)))),
      );
    }),
  );

  const places = placeSection(story.places, ctx.signal);

  renderMain(
    backLink(),
    header,
    trailSection,
    places.section,
    clusterSection(story.clusters),
    articleSection,
    h('div', { class: 'two-col' }, entitySection(story.entities), quoteSection(story.quotes, byId, story.entities)),
  );
  drawChart();
  places.draw();
  const redrawOnResize = (box, redraw) => {
    let lastWidth = box.clientWidth;
    const observer = new ResizeObserver(() => {
      const w = box.clientWidth;
      if (Math.abs(w - lastWidth) < 8) return;
      lastWidth = w;
      cancelAnimationFrame(observer.frame);
      observer.frame = requestAnimationFrame(redraw);
    });
    observer.observe(box);
    ctx.cleanup.push(() => observer.disconnect());
  };
  redrawOnResize(chartBox, drawChart);
  redrawOnResize(places.box, places.draw);
  ctx.refresh = () => refreshRelativeTimes(main());
}

function backLink() {
  return h('p', { class: 'crumbs' }, h('a', { href: homeHref(currentFilters) }, '← All stories'));
}

function relationTarget(id, byId) {
  const target = byId.get(id);
  return h(
    'a',
    { href: articleHref(id), title: target ? target.title : id },
    target ? describe(target) : id,
  );
}

function articleItem(a, story, byId, r) {
  const url = safeUrl(a.url);
  const badges = [];
  if (a.id === story.first_article) badges.push(h('span', { class: 'badge badge-first' }, 'first report'));
  for (const [dst, score] of r?.reprintOf ?? []) {
    badges.push(h('span', { class: 'relation link-reprint', title: typeof score === 'number' ? `similarity ${score.toFixed(2)}` : null }, 'reprint of ', relationTarget(dst, byId)));
  }
  for (const [dst, score] of r?.translationOf ?? []) {
    badges.push(h('span', { class: 'relation link-translation', title: typeof score === 'number' ? `similarity ${score.toFixed(2)}` : null }, 'translation of ', relationTarget(dst, byId)));
  }
  const inverse = [];
  if (r?.reprintedBy.size) inverse.push(h('span', { class: 'relation-inverse' }, 'reprinted by ', joinLinks([...r.reprintedBy], byId)));
  if (r?.translatedBy.size) inverse.push(h('span', { class: 'relation-inverse' }, 'translated by ', joinLinks([...r.translatedBy], byId)));
  return h(
    'li',
    { class: 'article-item', id: `article-${a.id}` },
    h('a', { class: 'article-title', href: articleHref(a.id), lang: a.lang || null, dir: 'auto' }, a.title || '(untitled)'),
    h(
      'p',
      { class: 'article-meta' },
      h('span', { class: 'source' }, a.source || 'unknown source'),
      h('span', {}, a.published ? [timeEl(a.published), h('span', { class: 'muted' }, ` (${absoluteTime(a.published)})`)] : 'no date'),
      url ? h('a', { class: 'external', href: url, rel: 'noopener noreferrer', target: '_blank' }, 'original', h('span', { class: 'visually-hidden' }, ' (opens in a new tab)')) : null,
    ),
    badges.length || inverse.length ? h('p', { class: 'relations' }, badges, inverse) : null,
  );
}

function joinLinks(ids, byId) {
  return ids.map((id, i) => [
    i ? ', ' : '',
    h('a', { href: articleHref(id), title: byId.get(id)?.title ?? id }, byId.get(id) ? `${byId.get(id).source || 'unknown source'} (${byId.get(id).lang})` : id),
  ]);
}

// The story's other view: the language clusters it was linked from (articles of one language
// the clusterer grouped as one event), most articles first.
function clusterSection(clusters) {
  const list = Array.isArray(clusters) ? clusters : [];
  if (list.length < 2) return null;
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'clusters-heading' },
    h('h2', { id: 'clusters-heading' }, 'Language clusters'),
    h('p', { class: 'muted small' }, `The story joins ${plural(list.length, 'cluster')} of articles in one language each, most articles first.`),
    h(
      'ol',
      { class: 'cluster-list' },
      list.map((c) =>
        h(
          'li',
          { 'data-cluster': c.cluster_id },
          langBadge(c.lang),
          ' ',
          h('span', { class: 'cluster-title', lang: c.lang || null, dir: 'auto' }, c.title || '(untitled)'),
          h(
            'span',
            { class: 'muted small' },
            ` · ${plural(c.articles ?? 0, 'article')} · `,
            timeEl(c.first_seen, { absolute: true }),
            c.last_seen && c.last_seen !== c.first_seen ? [' to ', timeEl(c.last_seen, { absolute: true })] : null,
          ),
        ),
      ),
    ),
  );
}

function entitySection(entities) {
  const list = Array.isArray(entities) ? entities : [];
  const mentions = (e) => e.mentions ?? (e.variants ?? []).reduce((n, v) => n + (v.count ?? 0), 0);
  const sorted = [...list].sort((a, b) => mentions(b) - mentions(a) || String(a.canonical).localeCompare(String(b.canonical)));
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'entities-heading' },
    h('h2', { id: 'entities-heading' }, 'Entities'),
    sorted.length === 0
      ? h('p', { class: 'muted empty-note' }, 'No entities yet.')
      : h(
          'ul',
          { class: 'entity-list' },
          sorted.map((e) => {
            const others = (e.variants ?? []).filter((v) => v.text && v.text !== e.canonical);
            const n = mentions(e);
            return h(
              'li',
              {},
              h('a', { class: 'entity-name', href: homeHref({ entity: e.canonical }), title: `Stories mentioning ${e.canonical}`, dir: 'auto' }, e.canonical),
              e.type ? h('span', { class: `entity-type type-${String(e.type).replace(/[^a-z]/gi, '')}` }, e.type) : null,
              n ? h('span', { class: 'muted small' }, ` ${plural(n, 'mention')}`) : null,
              e.type === 'PER' ? [' ', h('a', { class: 'speaker-link small', href: speakerHref(e.canonical), title: `Everything ${e.canonical} is quoted as saying, in every story` }, 'quotes')] : null,
              others.length
                ? h('span', { class: 'variants' }, ' — also: ', others.map((v, i) => [i ? ', ' : '', h('span', { class: 'variant', title: `${plural(v.count ?? 0, 'mention')}`, dir: 'auto' }, v.text)]))
                : null,
            );
          }),
        ),
  );
}

function quoteSection(quotes, byId, entities) {
  const list = Array.isArray(quotes) ? quotes : [];
  // A speaker spelled like a known variant is filed under the entity's canonical name.
  const canonicalOf = new Map();
  for (const e of Array.isArray(entities) ? entities : []) {
    for (const v of e.variants ?? []) if (v.text && e.canonical) canonicalOf.set(v.text, e.canonical);
  }
  // speaker -> quote text -> ids of the articles carrying it (a reprint repeats its quotes)
  const bySpeaker = new Map();
  for (const q of list) {
    const speaker = canonicalOf.get(q.speaker) ?? (q.speaker || 'unattributed');
    if (!bySpeaker.has(speaker)) bySpeaker.set(speaker, new Map());
    const texts = bySpeaker.get(speaker);
    const key = String(q.text ?? '').trim();
    if (!texts.has(key)) texts.set(key, { ids: [], total: 0 });
    const entry = texts.get(key);
    // The server lists each quotation once, with (some of) the articles carrying it.
    const ids = Array.isArray(q.article_ids) ? q.article_ids : q.article_id ? [q.article_id] : [];
    entry.ids.push(...ids);
    entry.total += typeof q.articles === 'number' ? q.articles : ids.length;
  }
  const speakers = [...bySpeaker]
    .map(([speaker, texts]) => [speaker, [...texts].map(([text, e]) => ({ text, ids: e.ids, total: e.total }))])
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'quotes-heading' },
    h('h2', { id: 'quotes-heading' }, 'Quotes'),
    speakers.length === 0
      ? h('p', { class: 'muted empty-note' }, 'No quotes yet.')
      : speakers.map(([speaker, qs]) =>
          h(
            'div',
            { class: 'speaker' },
            h(
              'h3',
              {},
              h('bdi', {}, speaker),
              h('span', { class: 'muted small' }, ` · ${plural(qs.length, 'quote')}`),
              speaker === 'unattributed' ? null : [' ', h('a', { class: 'speaker-link small', href: speakerHref(speaker), title: `Everything ${speaker} is quoted as saying, in every story` }, 'all their quotes')],
            ),
            h(
              'ul',
              { class: 'quote-list' },
              qs.map((q) => {
                const first = byId?.get(q.ids[0]);
                return h(
                  'li',
                  {},
                  h('q', { lang: first?.lang || null, dir: 'auto' }, q.text),
                  q.ids.map((aid, i) => {
                    const a = byId?.get(aid);
                    return [i ? ' · ' : ' ', h('a', { class: 'quote-source', href: articleHref(aid) }, a ? `${a.source || 'unknown source'}, ${a.lang}` : aid)];
                  }),
                  q.total > q.ids.length ? h('span', { class: 'muted small' }, ` · in ${plural(q.total, 'article')}`) : null,
                );
              }),
            ),
          ),
        ),
  );
}

// "12 articles", or "the latest 100 of 412 articles" when the server listed only some.
function countNote(listed, total) {
  return typeof total === 'number' && total > listed
    ? `the latest ${listed} of ${plural(total, 'article')}`
    : plural(listed, 'article');
}

// --- Article page ------------------------------------------------------------------------------

async function renderArticle(ctx, id) {
  renderMain(h('p', { class: 'loading', role: 'status' }, 'Loading article…'));
  let a;
  try {
    a = await api(`articles/${encodeURIComponent(id)}`, null, ctx.signal);
  } catch (err) {
    if (err.name === 'AbortError') return;
    document.title = 'Article not available · storytrace';
    renderMain(backLink(), viewHeader('Article'), errorPanel(err, () => renderArticle(ctx, id)));
    return;
  }
  if (ctx.signal.aborted) return;
  document.title = `${a.title || 'Article'} · storytrace`;
  const url = safeUrl(a.url);
  const row = (term, ...value) => [h('dt', {}, term), h('dd', {}, ...value)];
  // Links to related articles start as ids and get their titles once those are loaded.
  const pending = [];
  const targetLink = (tid) => {
    const el = h('a', { href: articleHref(tid) }, tid);
    pending.push([tid, el]);
    return el;
  };
  const confidence = typeof a.lang_confidence === 'number' ? ` · confidence ${Math.round(a.lang_confidence * 100)} %` : '';
  const translations = Array.isArray(a.translation_of) ? a.translation_of : [];
  const meta = h(
    'dl',
    { class: 'meta-list' },
    row('Source', a.source || 'unknown'),
    row('Published', a.published ? [timeEl(a.published, { absolute: true }), ' (', timeEl(a.published), ')'] : 'no date'),
    a.fetched ? row('Fetched', timeEl(a.fetched, { absolute: true })) : null,
    row('Language', langBadge(a.lang, { decorative: true }), ` ${languageName(a.lang)} (${a.lang || 'und'})${confidence}`),
    a.dateline ? row('Dateline', h('span', { dir: 'auto' }, a.dateline)) : null,
    Array.isArray(a.places) && a.places.length
      ? row(
          'Places',
          h(
            'span',
            { class: 'article-places' },
            a.places.map((p, i) => [i ? ', ' : '', h('span', { class: p.focus ? 'place-name focus' : 'place-name', title: `${p.kind}, ${countryName(p.country)}: ${p.lat}, ${p.lng}` }, p.name), p.focus ? ' (focus)' : '']),
          ),
        )
      : null,
    a.story_id ? row('Story', h('a', { href: storyHref(a.story_id) }, a.story_id)) : null,
    a.duplicate_of || translations.length
      ? row(
          'Relations',
          h(
            'span',
            { class: 'relations relations-stacked' },
            a.duplicate_of ? h('span', { class: 'relation link-reprint' }, 'reprint of ', targetLink(a.duplicate_of)) : null,
            translations.map((t) => h('span', { class: 'relation link-translation' }, 'translation of ', targetLink(t))),
          ),
        )
      : null,
    url ? row('Original', h('a', { class: 'external break', href: url, rel: 'noopener noreferrer', target: '_blank' }, url)) : a.url ? row('Original', h('span', { class: 'break' }, a.url)) : null,
    a.content_hash ? row('Content hash', h('code', {}, a.content_hash)) : null,
    row('Id', h('code', {}, a.id)),
  );
  const paragraphs = String(a.text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
  const header = viewHeader(a.title || '(untitled)');
  if (a.lang) header.querySelector('h1').setAttribute('lang', a.lang);
  header.querySelector('h1').setAttribute('dir', 'auto'); // Arabic reads right to left

  // Entities of one article: mentions grouped under their canonical name.
  const groups = new Map();
  for (const m of Array.isArray(a.entities) ? a.entities : []) {
    const key = m.canonical || m.text;
    if (!groups.has(key)) groups.set(key, { canonical: key, type: m.type, mentions: 0, variants: new Map() });
    const g = groups.get(key);
    g.mentions += 1;
    if (m.text) g.variants.set(m.text, (g.variants.get(m.text) ?? 0) + 1);
  }
  const entities = [...groups.values()].map((g) => ({ ...g, variants: [...g.variants].map(([text, count]) => ({ text, count })) }));
  const quotes = (Array.isArray(a.quotes) ? a.quotes : []).map((q) => ({ ...q, article_id: null }));

  renderMain(
    a.story_id ? h('p', { class: 'crumbs' }, h('a', { href: storyHref(a.story_id) }, '← Story'), ' · ', h('a', { href: homeHref(currentFilters) }, 'All stories')) : backLink(),
    header,
    h(
      'div',
      { class: 'article-layout' },
      h(
        'article',
        { class: 'panel article-text', lang: a.lang || null, 'aria-label': 'Article text' },
        paragraphs.length ? paragraphs.map((p) => h('p', { dir: 'auto' }, p)) : h('p', { class: 'muted' }, 'No text.'),
      ),
      h('aside', { class: 'article-aside' }, h('section', { class: 'panel', 'aria-label': 'Article details' }, h('h2', {}, 'Details'), meta), entitySection(entities), quoteSection(quotes, null, entities)),
    ),
  );
  ctx.refresh = () => refreshRelativeTimes(main());
  for (const [tid, el] of pending) {
    api(`articles/${encodeURIComponent(tid)}`, null, ctx.signal).then(
      (target) => {
        el.textContent = describe(target);
        el.title = target.title ?? tid;
      },
      () => {}, // the id stays, which is still a working link
    );
  }
}

// --- Search ------------------------------------------------------------------------------------

// FTS5 marks matches as [word]; those become <mark>, everything else stays text.
function snippetNodes(snippet) {
  const out = [];
  const re = /\[([^\[\]]*)\]/g;
  let last = 0;
  let m;
  while ((m = re.exec(snippet))) {
    if (m.index > last) out.push(snippet.slice(last, m.index));
    out.push(h('mark', {}, m[1]));
    last = re.lastIndex;
  }
  if (last < snippet.length) out.push(snippet.slice(last));
  return out;
}

async function renderSearch(ctx, query) {
  const q = (query.get('q') ?? '').trim();
  document.getElementById('search-input').value = q;
  document.title = q ? `“${q}” · search · storytrace` : 'Search · storytrace';
  if (!q) {
    renderMain(viewHeader('Search'), h('p', { class: 'muted' }, 'Type words into the search box above; all of them must occur in an article, as written, translated, or for a name in another spelling.'));
    return;
  }
  renderMain(viewHeader(`Results for “${q}”`), h('p', { class: 'loading', role: 'status' }, 'Searching…'));
  let result;
  try {
    result = await api('search', { q, limit: 50 }, ctx.signal);
  } catch (err) {
    if (err.name === 'AbortError') return;
    renderMain(backLink(), viewHeader(`Results for “${q}”`), errorPanel(err, () => renderSearch(ctx, query)));
    return;
  }
  if (ctx.signal.aborted) return;
  const hits = Array.isArray(result.hits) ? result.hits : [];
  // What the server added to the query: other spellings of its names, translations of its words.
  const spellings = Array.isArray(result.spellings) ? result.spellings : [];
  const translations = Array.isArray(result.translations) ? result.translations : [];
  const widened = [
    spellings.length ? `the names also as ${spellings.join(', ')}` : '',
    translations.length ? `the words also as ${translations.map((t) => `${t}…`).join(', ')}` : '',
  ].filter(Boolean);
  // A name that denotes several entities ("Dortmund": the club and the city) is searched for
  // all of them; say which, with a link that searches each by its fuller name.
  const typeWords = { PER: 'person', ORG: 'organisation', LOC: 'place' };
  const ambiguous = (Array.isArray(result.names) ? result.names : []).filter((n) => Array.isArray(n.entities) && n.entities.length > 1);
  const readings = ambiguous.map((n) =>
    h(
      'p',
      { class: 'muted small search-readings', dir: 'auto' },
      `“${n.text}” names `,
      n.entities.map((e, i) => {
        const what = `${typeWords[e.type] ?? e.type}, ${plural(e.mentions ?? 0, 'mention')}`;
        const fuller = String(e.canonical).toLowerCase() !== String(n.text).toLowerCase();
        return [
          i ? (i === n.entities.length - 1 ? ' or ' : ', ') : '',
          fuller ? h('a', { href: `#/search?q=${encodeURIComponent(e.canonical)}`, title: `Search for ${e.canonical} only` }, e.canonical) : e.canonical,
          ` (${what})`,
        ];
      }),
      ': all of them are searched.',
    ),
  );
  renderMain(
    backLink(),
    viewHeader(`Results for “${q}”`, h('p', { class: 'status-line' }, hits.length ? plural(hits.length, 'article') : '')),
    widened.length ? h('p', { class: 'muted small search-widened', dir: 'auto' }, `Searched ${widened.join('; ')}.`) : null,
    readings,
    hits.length === 0
      ? h('p', { class: 'notice' }, `No articles match “${q}”.`)
      : h(
          'ol',
          { class: 'hit-list' },
          hits.map((hit) =>
            h(
              'li',
              { class: 'hit' },
              h('a', { class: 'hit-title', href: articleHref(hit.id), dir: 'auto' }, hit.title || hit.id),
              hit.snippet ? h('p', { class: 'snippet', dir: 'auto' }, snippetNodes(String(hit.snippet))) : null,
              h('p', { class: 'muted small' }, hit.id, typeof hit.score === 'number' ? ` · score ${hit.score.toFixed(2)}` : ''),
            ),
          ),
        ),
  );
  announce(hits.length ? `${plural(hits.length, 'article')} found` : 'No articles found');
}

// Everything a speaker is quoted as saying, across stories: the name as typed or linked,
// matched by the server in any spelling (a surname alone too); reprints of one quotation are
// one item with each article carrying it.
async function renderSpeaker(ctx, name) {
  document.title = `Quotes by ${name} · storytrace`;
  const heading = `Quotes by ${name}`;
  renderMain(viewHeader(heading), h('p', { class: 'loading', role: 'status' }, 'Loading quotes…'));
  let result;
  try {
    result = await api('quotes', { speaker: name, limit: 500 }, ctx.signal);
  } catch (err) {
    if (err.name === 'AbortError') return;
    renderMain(backLink(), viewHeader(heading), errorPanel(err, () => renderSpeaker(ctx, name)));
    return;
  }
  if (ctx.signal.aborted) return;
  const quotes = Array.isArray(result.quotes) ? result.quotes : [];
  const speakers = (Array.isArray(result.speakers) ? result.speakers : []).map((sp) => sp.canonical).filter(Boolean);
  const byText = new Map();
  for (const q of quotes) {
    const key = `${q.speaker ?? ''}\u0000${String(q.text ?? '').trim()}`;
    if (!byText.has(key)) byText.set(key, { speaker: q.speaker, text: q.text, articles: [] });
    byText.get(key).articles.push(q);
  }
  const items = [...byText.values()];
  renderMain(
    backLink(),
    viewHeader(heading, h('p', { class: 'status-line' }, items.length ? plural(items.length, 'quote') : '')),
    speakers.length && !(speakers.length === 1 && speakers[0] === name)
      ? h('p', { class: 'muted small speaker-matched', dir: 'auto' }, `Quotes of ${speakers.join(', ')}.`)
      : null,
    items.length === 0
      ? h('p', { class: 'notice' }, `No quotes by “${name}” in the live articles.`)
      : h(
          'ul',
          { class: 'quote-list speaker-quotes' },
          items.map((item) =>
            h(
              'li',
              {},
              h('q', { dir: 'auto' }, item.text),
              speakers.length > 1 ? h('span', { class: 'muted small' }, ' — ', h('bdi', {}, item.speaker)) : null,
              item.articles.map((a, i) => [
                i ? ' · ' : ' ',
                h('a', { class: 'quote-source', href: articleHref(a.article_id) }, a.source || a.article_id),
                a.published ? h('span', { class: 'muted small' }, ' ', timeEl(a.published)) : null,
              ]),
              item.articles[0].story_id ? h('span', { class: 'muted small' }, ' · ', h('a', { class: 'quote-story', href: storyHref(item.articles[0].story_id) }, 'story')) : null,
            ),
          ),
        ),
  );
  announce(items.length ? `${plural(items.length, 'quote')} found` : 'No quotes found');
}

// ---------------------------------------------------------------------------------------------
// Health, routing, refresh

async function refreshHealth() {
  const box = document.getElementById('health');
  try {
    const health = await api('health');
    box.dataset.state = health.status === 'ok' ? 'ok' : 'warn';
    box.querySelector('.health-text').textContent = `${plural(health.articles ?? 0, 'article')} · ${plural(health.stories ?? 0, 'story', 'stories')}`;
  } catch {
    box.dataset.state = 'down';
    box.querySelector('.health-text').textContent = 'server unreachable';
  }
}

let active = null; // the shown view: {controller, cleanup, ctx}

function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/';
  const qAt = raw.indexOf('?');
  const path = qAt < 0 ? raw : raw.slice(0, qAt);
  const query = new URLSearchParams(qAt < 0 ? '' : raw.slice(qAt + 1));
  const parts = path.split('/').filter(Boolean);
  const decode = (p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  };
  return { parts: parts.map(decode), query };
}

async function navigate({ initial = false } = {}) {
  if (active) {
    active.controller.abort();
    for (const fn of active.cleanup) fn();
  }
  const controller = new AbortController();
  const ctx = { signal: controller.signal, cleanup: [], refresh: null };
  active = { controller, cleanup: ctx.cleanup, ctx };
  const { parts, query } = parseHash();
  const [view, ...rest] = parts;
  if (view !== 'search') document.getElementById('search-input').value = '';
  if (!initial) window.scrollTo(0, 0);
  let rendering;
  if (!view) rendering = renderHome(ctx, query);
  else if (view === 'story' && rest.length) rendering = renderStory(ctx, rest.join('/'));
  else if (view === 'article' && rest.length) rendering = renderArticle(ctx, rest.join('/'));
  else if (view === 'search') rendering = renderSearch(ctx, query);
  else if (view === 'speaker' && rest.length) rendering = renderSpeaker(ctx, rest.join('/'));
  else {
    document.title = 'Not found · storytrace';
    renderMain(viewHeader('Page not found'), h('p', {}, 'There is no page at this address. ', h('a', { href: '#/' }, 'Show all stories')));
  }
  // Move focus to the new heading so that keyboard and screen-reader users start there.
  if (!initial) main().querySelector('h1')?.focus({ preventScroll: true });
  await rendering;
  if (!initial && !controller.signal.aborted) {
    const heading = main().querySelector('h1');
    const lost = !document.activeElement || document.activeElement === document.body;
    if (heading && lost) heading.focus({ preventScroll: true });
  }
}

function tick() {
  if (document.hidden) return;
  refreshHealth();
  active?.ctx.refresh?.();
}

function start() {
  document.getElementById('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = document.getElementById('search-input').value.trim();
    if (!q) return;
    const target = `#/search?q=${encodeURIComponent(q)}`;
    if (location.hash === target) navigate(); // the same search again: no hashchange
    else location.hash = target;
  });
  document.addEventListener('keydown', (e) => {
    const t = e.target;
    const typing = t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
    if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      document.getElementById('search-input').focus();
    }
  });
  window.addEventListener('hashchange', () => navigate());
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden) tick();
  });
  setInterval(tick, REFRESH_MS);
  refreshHealth();
  navigate({ initial: true });
}

start();
