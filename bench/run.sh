#!/usr/bin/env bash
# The generator's benchmark: builds the generator once in Release, generates sites of 100, 1,000 and 10,000 pages
# with bench/CorpusGenerator, builds each one warm-up plus $RUNS timed times with the compiled program, and prints
# per size the median wall time, pages per second, peak memory and output size. Also times the build of the small
# site in input/ (startup) and, when the preview command exists, one incremental rebuild in preview. When hugo is
# installed, each size is also built by Hugo on the same pages in the same run (bench/hugo-site.sh), for the ratio.
# See bench/README.md. Re-runnable: everything it writes is below bench/out/ (gitignored) and is regenerated.
#
# Settings (environment):  SIZES="100 1000 10000"  RUNS=3  SEED=1  TERMS=200  PREVIEW_SIZE=1000  PREVIEW_EDITS=5  PORT=5390
set -euo pipefail

cd "$(dirname "$0")/.."
SIZES=${SIZES:-"100 1000 10000"}
RUNS=${RUNS:-3}
SEED=${SEED:-1}
TERMS=${TERMS:-200}
PREVIEW_SIZE=${PREVIEW_SIZE:-1000}
PREVIEW_EDITS=${PREVIEW_EDITS:-5}
PORT=${PORT:-5390}
OUT=bench/out
APP="$OUT/app/StatiqSite"
GEN="$OUT/generator/CorpusGenerator.dll"
RESULTS="$OUT/results.md"
mkdir -p "$OUT"

log() { printf '%s\n' "$*" >&2; }

# Peak memory needs GNU time; install it when we may, else measure wall time only.
TIME=/usr/bin/time
if [ ! -x "$TIME" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing GNU time (apt-get install time) for peak memory ..."
    (apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq time >/dev/null 2>&1; }) || true
  fi
  [ -x "$TIME" ] || { log "GNU time is not installed: peak memory is reported as n/a"; TIME=""; }
fi

log "building the generator and the corpus generator in Release ..."
publish() { dotnet publish "$@" -c Release -nologo >"$OUT/publish.log" 2>&1 || { cat "$OUT/publish.log" >&2; exit 1; }; }
# The generator as it is deployed (.ci/netlify-build): `dotnet publish -c Release`, which StatiqSite.csproj makes a
# Native AOT program (compiled ahead of time, so a build spends its CPU on the site, not on the JIT; bench/README.md).
publish StatiqSite.csproj -o "$OUT/app"
publish bench/CorpusGenerator/CorpusGenerator.csproj -o "$OUT/generator"

# run_build LABEL INPUT OUTPUT LOG: one build; prints "wall-seconds kilobytes cpu-seconds status".
run_build() {
  local input=$2 output=$3 logfile=$4 stats="$OUT/.time" start end status
  if [ -n "$TIME" ]; then
    status=0
    "$TIME" -f '%e %M %U %S' -o "$stats" "$APP" build --input "$input" --output "$output" --timings >"$logfile" 2>&1 || status=$?
    read -r secs kb user sys < <(tail -n 1 "$stats") # GNU time first says "Command exited with non-zero status N"
    echo "$secs $kb $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }') $status"
  else
    start=$(date +%s.%N)
    status=0
    "$APP" build --input "$input" --output "$output" --timings >"$logfile" 2>&1 || status=$?
    end=$(date +%s.%N)
    echo "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }') n/a n/a $status"
  fi
}

# run_hugo SITE OUTPUT: one Hugo build; prints "wall-seconds kilobytes cpu-seconds status" like run_build.
run_hugo() {
  local stats="$OUT/.time" status=0
  # Hugo takes a relative destination as relative to the site folder: both made absolute.
  "$TIME" -f '%e %M %U %S' -o "$stats" hugo --quiet -s "$(realpath "$1")" -d "$(realpath -m "$2")" >"$OUT/hugo.log" 2>&1 || status=$?
  read -r secs kb user sys < <(tail -n 1 "$stats")
  echo "$secs $kb $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }') $status"
}

# measure_hugo SIZE: Hugo on the same pages, warm-up plus $RUNS timed builds; appends a table row.
measure_hugo() {
  local size=$1 site="$OUT/hugo-$1" output="$OUT/hugo-site-$1" walls=() cpus=() peak=0 status
  if ! command -v hugo >/dev/null || [ -z "$TIME" ]; then log "hugo or GNU time missing: Hugo not measured"; return; fi
  bench/hugo-site.sh "$OUT/corpus-$size" "$site"
  log "building $size pages with Hugo: 1 warm-up + $RUNS timed ..."
  read -r _ _ _ status < <(run_hugo "$site" "$output")
  if [ "$status" != 0 ]; then log "  Hugo FAILED (exit $status): $(head -n 3 "$OUT/hugo.log")"; return; fi
  for _ in $(seq "$RUNS"); do
    read -r secs kb cpu status < <(run_hugo "$site" "$output")
    walls+=("$secs")
    cpus+=("$cpu")
    if [ "$kb" -gt "$peak" ]; then peak=$kb; fi
  done
  local med; med=$(printf '%s\n' "${walls[@]}" | median)
  local cpu; cpu=$(printf '%s\n' "${cpus[@]}" | median)
  local pages; pages=$(find "$output" -name index.html | wc -l)
  local rate; rate=$(awk -v p="$pages" -v s="$med" 'BEGIN { printf "%.0f", (s > 0 ? p / s : 0) }')
  echo "| hugo $size | $pages | $med s | $rate | $cpu s | $(awk -v k="$peak" 'BEGIN { printf "%.0f MB", k / 1024 }') | $(du -sh "$output" | cut -f1) |" >>"$RESULTS"
  log "  Hugo: median $med s (runs: ${walls[*]}), CPU $cpu s, peak $((peak / 1024)) MB"
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# measure LABEL INPUT: warm-up plus $RUNS timed builds; appends a table row.
measure() {
  local label=$1 input=$2 output="$OUT/site-$1" logfile="$OUT/build-$1.log" walls=() cpus=() peak=0 status=0 pages
  log "building $label: 1 warm-up + $RUNS timed ..."
  read -r _ _ _ status < <(run_build "$label" "$input" "$output" "$logfile")
  if [ "$status" != 0 ]; then
    log "  the build of $label FAILED (exit $status); first lines of $logfile:"
    head -n 20 "$logfile" >&2
    echo "| $label | FAILED (exit $status) | | | | | |" >>"$RESULTS"
    return
  fi
  for _ in $(seq "$RUNS"); do
    read -r secs kb cpu status < <(run_build "$label" "$input" "$output" "$logfile")
    walls+=("$secs")
    cpus+=("$cpu")
    if [ "$kb" != n/a ] && [ "$kb" -gt "$peak" ]; then peak=$kb; fi
  done
  cp "$logfile" "$OUT/timings-$label.txt"
  pages=$(sed -n 's/^Built \([0-9]*\) pages.*/\1/p' "$logfile")
  local med; med=$(printf '%s\n' "${walls[@]}" | median)
  local cpu; cpu=$([ -n "$TIME" ] && printf '%s\n' "${cpus[@]}" | median || echo n/a)
  local rate; rate=$(awk -v p="$pages" -v s="$med" 'BEGIN { printf "%.0f", (s > 0 ? p / s : 0) }')
  local mem; mem=$([ -n "$TIME" ] && awk -v k="$peak" 'BEGIN { printf "%.0f MB", k / 1024 }' || echo n/a)
  local size; size=$(du -sh "$output" | cut -f1)
  echo "| $label | $pages | $med s | $rate | $cpu s | $mem | $size |" >>"$RESULTS"
  log "  median $med s (runs: ${walls[*]}), CPU $cpu s, $rate pages/s, peak $mem, output $size"
}

# preview_rebuild SIZE: the time from editing one page until the preview serves the new text.
preview_rebuild() {
  local size=$1 site="$OUT/preview-input" output="$OUT/preview-output" logfile="$OUT/preview.log" pid ready=0
  rm -rf "$site" "$output" && cp -r "$OUT/corpus-$size" "$site"
  "$APP" preview --input "$site" --output "$output" --port "$PORT" >"$logfile" 2>&1 &
  pid=$!
  for _ in $(seq 1200); do
    if ! kill -0 "$pid" 2>/dev/null; then
      local status=0; wait "$pid" || status=$?
      if grep -qi "not available" "$logfile"; then
        echo "preview is not available in this build: incremental rebuild skipped"
      else
        echo "preview exited with status $status before serving: incremental rebuild skipped. It said: $(head -n 3 "$logfile" | tr '\n' ' ')"
      fi
      return
    fi
    if curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; then ready=1; break; fi
    sleep 0.1
  done
  if [ "$ready" != 1 ]; then
    kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
    echo "preview did not answer on port $PORT within 120 s: incremental rebuild skipped"
    return
  fi
  local page; page=$(cd "$site" && find . -mindepth 2 -name '*.md' ! -name index.md | sort | head -n 1 | sed 's|^\./||')
  local url="http://127.0.0.1:$PORT/${page%.md}/" marker start found body times=() edit
  sleep 1 # let the watcher settle after the first build
  for edit in $(seq "$PREVIEW_EDITS"); do
    marker="benchmarkwijziging$(date +%s%N)"
    found=0
    start=$(date +%s%N)
    printf '\nEen kleine wijziging: %s.\n' "$marker" >>"$site/$page"
    for _ in $(seq 6000); do
      body=$(curl -sf "$url" 2>/dev/null || true) # not piped into grep -q: with pipefail, curl's broken pipe would count as a miss
      if [[ "$body" == *"$marker"* ]]; then found=1; break; fi
      sleep 0.02
    done
    if [ "$found" != 1 ]; then break; fi
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
    sleep 0.5 # as between two saves by hand
  done
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  if [ "$found" = 1 ]; then
    echo "incremental rebuild in preview at $size pages (one page edited until served, median of $PREVIEW_EDITS edits): $(printf '%s\n' "${times[@]}" | median) ms (each: ${times[*]} ms)"
  else
    echo "preview did not serve the edited page $page within 120 s (see $logfile)"
  fi
}

# How busy the machine is: load averages, and (when the kernel reports it) the share of time runnable work waited for a CPU.
load() { echo "load $(cut -d' ' -f1-3 /proc/loadavg)$( [ -r /proc/pressure/cpu ] && sed -n 's/^some avg10=\([0-9.]*\) avg60=\([0-9.]*\).*/, CPU pressure \1% (10 s) \2% (60 s)/p' /proc/pressure/cpu)"; }

commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!bench/out' 2>/dev/null || echo "-dirty")
{
  echo "Measured on commit $commit, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores; before: $(load)."
  echo "Median of $RUNS builds after one warm-up, compiled program ($APP build), seed $SEED, $TERMS glossary terms."
  echo
  echo "| site | pages | median wall | pages/s | median CPU (user+sys) | peak memory | output |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
} >"$RESULTS"

measure input input
for size in $SIZES; do
  log "generating $size pages ..."
  dotnet "$GEN" --pages "$size" --terms "$TERMS" --seed "$SEED" --out "$OUT/corpus-$size" >/dev/null
  measure "$size" "$OUT/corpus-$size"
  measure_hugo "$size"
done

{
  echo
  if [ -d "$OUT/corpus-$PREVIEW_SIZE" ]; then
    preview_rebuild "$PREVIEW_SIZE" || echo "the incremental rebuild could not be measured (see $OUT/preview.log)"
  else
    echo "no $PREVIEW_SIZE-page corpus in SIZES: incremental rebuild skipped"
  fi
  echo
  echo "After: $(load). Timings tables: $OUT/timings-<site>.txt."
} >>"$RESULTS"

echo
cat "$RESULTS"
