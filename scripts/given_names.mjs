// Writes the given names the mention finder knows, one per line as "<ISO 639-1 code>\t<name>",
// from the first-name lists of two npm packages: gender-detection-from-name (a curated list of
// German first names of every generation: Jürgen, Heike, Wolfgang) and @faker-js/faker (the
// first names of its German, Austrian and Swiss locales: Annalena, Ronja). Only German for
// now: the other languages' spelling dictionaries tell a given name from a word by its case.
// Usage: node scripts/given_names.mjs NODE_MODULES_DIR OUT.tsv
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [modules, out] = process.argv.slice(2);
if (!modules || !out) {
  console.error('usage: node given_names.mjs NODE_MODULES_DIR OUT.tsv');
  process.exit(2);
}
const root = path.resolve(modules);
const names = { de: new Set() };
// The package's lists are JavaScript Maps of lower-case name → gender, one entry per line.
const list = readFileSync(path.join(root, 'gender-detection-from-name', 'names', 'de.js'), 'utf8');
for (const m of list.matchAll(/\[\s*'([^']+)'\s*,\s*'(?:male|female|unisex)'\s*\]/g)) {
  names.de.add(m[1].normalize('NFC'));
}
const faker = await import(path.join(root, '@faker-js', 'faker', 'dist', 'index.js'));
for (const locale of ['fakerDE', 'fakerDE_AT', 'fakerDE_CH']) {
  const first = faker[locale]?.rawDefinitions?.person?.first_name;
  if (!first) continue;
  for (const n of Array.isArray(first) ? first : Object.values(first).flat()) {
    names.de.add(n.normalize('NFC').toLowerCase());
  }
}
if (names.de.size < 1000) {
  console.error(`given names: only ${names.de.size} German names found; the packages changed`);
  process.exit(1);
}
const lines = [];
for (const [lang, set] of Object.entries(names)) {
  for (const n of [...set].sort()) lines.push(`${lang}\t${n}`);
}
writeFileSync(out, lines.join('\n') + '\n');
console.error(`given names: ${lines.length} -> ${out}`);
