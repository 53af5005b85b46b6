#!/usr/bin/env bash
# Measures the preview's save-to-served latency: copies a site to a temporary folder, starts
# `preview` on it, then N times appends a unique marker to one Markdown page and polls the page's URL until the
# marker is served. Prints each latency and the median. The repository's input/ is never touched.
#
#   bench/preview-latency.sh [INPUT_DIR] [PAGE] [EDITS] [PORT]
#   bench/preview-latency.sh input basis/competentie.md 10 5099
#
# Build first (dotnet build -c Release); the script runs the built program without building.
set -euo pipefail
input=${1:-input}
page=${2:-basis/competentie.md}
edits=${3:-10}
port=${4:-5099}
config=${CONFIG:-Release}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
cp -r "$input" "$work/input"
url_path=${page%.md}
url_path=${url_path%/index}
url="http://127.0.0.1:$port/${url_path}/"
[ "$url_path" = "index" ] && url="http://127.0.0.1:$port/"

dotnet "$root/bin/$config/net10.0/StatiqSite.dll" preview --input "$work/input" --theme "$root/theme" \
  --output "$work/output" --port "$port" > "$work/preview.log" 2>&1 &
server=$!
until curl -sf -o /dev/null "$url"; do kill -0 "$server" 2>/dev/null || { cat "$work/preview.log"; exit 1; }; sleep 0.1; done

now_ms() { date +%s%3N; }
latencies=()
for i in $(seq 1 "$edits"); do
  marker="meting-$i-$RANDOM$RANDOM"
  start=$(now_ms)
  printf '\n%s\n' "$marker" >> "$work/input/$page"
  until curl -sf "$url" | grep -q "$marker"; do sleep 0.005; done
  latency=$(( $(now_ms) - start ))
  latencies+=("$latency")
  echo "edit $i: ${latency} ms"
  sleep 0.3 # let the browser-less preview settle, as between two saves by hand
done

median=$(printf '%s\n' "${latencies[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
echo "median over $edits edits: ${median} ms (page $page, $(grep -c . <(find "$work/input" -name '*.md')) Markdown files)"
echo "--- preview log (last builds) ---"
tail -n 5 "$work/preview.log"
