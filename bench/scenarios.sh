#!/usr/bin/env bash
# What scenarios cost a build: two sites of N pages (default 300), each page holding the real site's scenario
# (input/valkuilen/index.md), once as a ```scenario block and once as a plain ```yaml code block, built RUNS times
# each (default 3) with the compiled generator under GNU time. Prints CPU (user + system) and RenderMarkdown's
# share per build; everything goes to bench/out/scenarios/.
#   bench/scenarios.sh [N]
set -euo pipefail
count=${1:-300}
runs=${RUNS:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/bench/out/scenarios"
rm -rf "$out"
mkdir -p "$out"
dotnet publish "$root/StatiqSite.csproj" -c Release -o "$out/app" > /dev/null
block=$(sed -n '/^```scenario$/,/^```$/p' "$root/input/valkuilen/index.md" | sed '1d;$d' | grep -v '^id: ')
for info in scenario yaml; do
  mkdir -p "$out/$info/input"
  cp "$root/input/_site.yml" "$out/$info/input/"
  for i in $(seq 1 "$count"); do
    printf -- '---\ntitle: Pagina %s\n---\nTekst.\n\n```%s\nid: casus-%s\n%s\n```\n' "$i" "$info" "$i" "$block" > "$out/$info/input/p$i.md"
  done
done
for run in $(seq 1 "$runs"); do
  for info in yaml scenario; do
    /usr/bin/time -f "$info: CPU %U s user + %S s system, %M KB peak" \
      dotnet "$out/app/StatiqSite.dll" build --timings --input "$out/$info/input" --output "$out/$info/output" 2>&1 \
      | grep -E "CPU|^Content +Process +RenderMarkdown" | tr -s ' ' | paste -sd' ' -
  done
done
