// Writes the function-word lists of the `stopword` npm package as one JSON object keyed by
// ISO 639-1 code (the format of stopwords-iso.json), for text/stopwords.cc to intersect with
// stopwords-iso. Usage: node scripts/stopword_lists.mjs NODE_MODULES_DIR OUT.json
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const [modules, out] = process.argv.slice(2);
if (!modules || !out) {
  console.error('usage: node stopword_lists.mjs NODE_MODULES_DIR OUT.json');
  process.exit(2);
}
const require = createRequire(path.join(path.resolve(modules), 'index.js'));
const sw = require('stopword');
const { iso6393To1 } = await import(path.join(path.resolve(modules), 'iso-639-3', 'iso6393-to-1.js'));
const lists = {};
for (const [code, words] of Object.entries(sw)) {
  if (!Array.isArray(words)) continue;
  const iso1 = iso6393To1[code];  // regional variants (porBr, lggNd, panGu, _123) have none
  if (iso1) lists[iso1] = [...new Set(words)].sort();
}
writeFileSync(out, JSON.stringify(lists));
console.error(`stopword lists: ${Object.keys(lists).length} languages -> ${out}`);
