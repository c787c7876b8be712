#!/usr/bin/env bash
# Writes word pairs for the translation lexicons from Apertium's rule-based translators
# (Debian apertium-eng-spa, apertium-es-pt, apertium-fr-es, apertium-hbs-eng, apertium-hbs-slv):
# every lower-case word of a Hunspell dictionary is translated on its own, through one or two
# Apertium pairs, and kept when Apertium knew it. FreeDict's Spanish→English dictionary holds
# 3,800 words, without "inauguración" or "clausura"; these pairs fill such gaps (the lexicon
# builder uses them only for words the FreeDict dictionaries lack).
#
#   scripts/apertium_pairs.sh OUT_DIR
#
# Writes OUT_DIR/<x>-<y>.tsv (ISO 639-1 codes) with lines "word<TAB>translation". A route
# whose Apertium modes or Hunspell dictionary are missing is skipped with a note; with none at
# all the folder is left empty. About 21 s on two cores.
set -euo pipefail
out=${1:?usage: apertium_pairs.sh OUT_DIR}
hunspell=/usr/share/hunspell
mkdir -p "$out"
log() { printf '[apertium] %s\n' "$*" >&2; }
if ! command -v apertium >/dev/null; then
  log "apertium not installed: no word pairs"
  exit 0
fi
modes=$(apertium -l 2>/dev/null | tr -s ' \n' ' ')
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# route SOURCE TARGET "DICTIONARIES" "MODES": translates the dictionaries' words of language
# SOURCE into TARGET through the Apertium modes in turn.
route() {
  local src=$1 tgt=$2 dicts=$3 chain=$4 d m
  local w=$tmp/$src-$tgt
  mkdir -p "$w"
  for m in $chain; do
    case " $modes " in *" $m "*) ;; *) log "$src-$tgt: no Apertium mode $m, skipped"; return 0 ;; esac
  done
  : > "$w/words"
  for d in $dicts; do
    [ -f "$hunspell/$d.dic" ] || { log "$src-$tgt: no $hunspell/$d.dic, skipped"; return 0; }
    # Hunspell: a count on the first line, then word/FLAGS; names (capitalised), numbers and
    # phrases are left out.
    local charset
    charset=$(sed -n 's/^SET[[:space:]]*\([^[:space:]]*\).*/\1/p' "$hunspell/$d.aff" 2>/dev/null | head -1)
    sed 1d "$hunspell/$d.dic" | iconv -f "${charset:-UTF-8}" -t UTF-8 2>/dev/null | cut -d/ -f1 |
      tr -d '\r' >> "$w/words" || true
  done
  LC_ALL=C grep -av '[[:upper:][:digit:][:space:][:punct:]]' "$w/words" | LC_ALL=C sort -u \
    > "$w/src" || true
  # One word per sentence (" ." after each), so that no multi-word unit spans two lines.
  sed 's/$/ ./' "$w/src" > "$w/cur"
  for m in $chain; do
    apertium "$m" < "$w/cur" > "$w/next" 2>/dev/null
    mv "$w/next" "$w/cur"
  done
  if [ "$(wc -l < "$w/src")" -ne "$(wc -l < "$w/cur")" ]; then
    log "$src-$tgt: Apertium changed the line count, skipped"
    return 0
  fi
  # Apertium marks unknown words with * and transfer gaps with @: dropped, as are words it
  # leaves as they are. # marks a lemma it could not inflect: the lemma is kept (the lexicon
  # stems it anyway).
  sed 's/^ *//; s/ *#*\.$//; s/#//g' "$w/cur" | paste "$w/src" - |
    LC_ALL=C.UTF-8 awk -F'\t' '$2 != "" && $2 !~ /[*@]/ && tolower($1) != tolower($2)' > "$out/$src-$tgt.tsv"
  log "$src-$tgt: $(wc -l < "$out/$src-$tgt.tsv") pairs from $(wc -l < "$w/src") words"
}

route es en "es_ES" "spa-eng" &
route pt en "pt_PT pt_BR" "pt-es spa-eng" &
wait
route fr en "fr_FR" "fr-es spa-eng" &
# Slovenian → Serbo-Croatian → English was measured and left out: its words taken alone come
# out as the wrong sense too often (kolajna "medal" → necklaces, zlato "gold" → golden), and
# cross-lingual recall of Slovenian headlines on OG2021 dev fell from 0.41 to 0.34. The other
# way, English → Serbo-Croatian → Slovenian (below), an English word's main sense leads
# (medal → medalja, gold → zlato): recall 0.42 → 0.45.
wait
route en es "en_US" "eng-spa" &
route en pt "en_US" "eng-spa es-pt" &
wait
route en fr "en_US" "eng-spa es-fr" &
route en sl "en_US" "eng-hbs hbs-slv" &
wait
