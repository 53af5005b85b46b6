#!/usr/bin/env bash
# Writes a simple site of N pages (default 1000) into DIR for timing: 10 sections, each page with a heading,
# a few paragraphs, a list and a link to its neighbour. Not the real corpus generator, just enough bulk.
#   bench/make-pages.sh DIR [N]
set -euo pipefail
dir=$1
count=${2:-1000}
root=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$dir"
mkdir -p "$dir"
cp "$root/input/_site.yml" "$dir/"
printf -- '---\ntitle: Start\n---\nWelkom op de proefsite.\n' > "$dir/index.md"
per=$(( (count + 9) / 10 ))
for s in $(seq 1 10); do
  mkdir -p "$dir/deel-$s"
  printf -- '---\ntitle: Deel %s\norder: %s\n---\nDit is deel %s.\n' "$s" "$s" "$s" > "$dir/deel-$s/index.md"
  for p in $(seq 1 "$per"); do
    next=$(( p % per + 1 ))
    cat > "$dir/deel-$s/pagina-$p.md" <<PAGE
---
title: Pagina $p van deel $s
order: $p
---
Dit is pagina $p. Professionele afstand bewaren betekent betrokken blijven zonder jezelf te verliezen.

## Waarom het ertoe doet

Een alinea met **nadruk**, *cursief* en een [link naar de volgende pagina](pagina-$next.md).

- eerste punt
- tweede punt
- derde punt

## Wat je kunt doen

Nog een alinea over grenzen, rollen en verwachtingen, lang genoeg om op een echte pagina te lijken.
PAGE
  done
done
echo "wrote $(find "$dir" -name '*.md' | wc -l) pages into $dir"
