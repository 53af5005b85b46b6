#!/usr/bin/env bash
# Lighthouse over the built site (a benchmark, not a test; results in docs/lighthouse.md): builds input/ into
# bench/out/lighthouse/site, serves it on 127.0.0.1 with python3's http.server, and runs Lighthouse 12.2.3 (the
# version of the issue's audit) on the home page, a content page, /begrippen/, /voortgang/ and /zoeken/, each at
# phone (Lighthouse's default, simulated slow 4G and 4x slower CPU) and desktop size, with Debian's Chromium.
# Prints the table; the JSON reports stay in bench/out/lighthouse/.
#
# Needs Node 20+ and npm (Lighthouse is installed into bench/lighthouse/node_modules, ignored by git) and Chromium.
# Settings (environment):  PAGES="/ /basis/ ..."  RUNS=3 (per page and size; the table shows the median)
#                          PORT=5391  CHROME_PATH=/usr/bin/chromium
set -euo pipefail

cd "$(dirname "$0")/.."
PAGES=${PAGES:-"/ /basis/competentie/ /begrippen/ /voortgang/ /zoeken/"}
RUNS=${RUNS:-3}
PORT=${PORT:-5391}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
OUT=bench/out/lighthouse
LH=bench/lighthouse/node_modules/.bin/lighthouse

log() { printf '%s\n' "$*" >&2; }

if [ ! -x "$LH" ]; then
  log "installing Lighthouse into bench/lighthouse/node_modules ..."
  (cd bench/lighthouse && npm install --no-audit --no-fund --silent)
fi

rm -rf "$OUT"
mkdir -p "$OUT"
log "building the site ..."
dotnet run -- build --output "$OUT/site" >"$OUT/build.log" 2>&1 || { cat "$OUT/build.log" >&2; exit 1; }

python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$OUT/site" >"$OUT/server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  curl -fs "http://127.0.0.1:$PORT/" >/dev/null && break
  sleep 0.1
done

reports=()
for page in $PAGES; do
  for form in mobile desktop; do
    slug=${page#/}
    slug=${slug%/}
    slug=${slug//\//_}
    preset=()
    [ "$form" = desktop ] && preset=(--preset=desktop)
    for run in $(seq "$RUNS"); do
      name="$OUT/${slug:-home}-$form-$run.json"
      log "lighthouse $page ($form, run $run of $RUNS) ..."
      "$LH" "http://127.0.0.1:$PORT$page" "${preset[@]}" \
        --only-categories=performance,accessibility,best-practices,seo \
        --chrome-flags="--headless=new --no-sandbox" \
        --output=json --output-path="$name" --quiet
      reports+=("$name")
    done
  done
done

node bench/lighthouse/table.js "${reports[@]}"
