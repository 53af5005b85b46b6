#!/usr/bin/env bash
# Lays out a generated corpus (bench/CorpusGenerator) as a Hugo site, so Hugo can be timed on the same pages in the
# same run (bench/run.sh). The same Markdown files, with Hugo's content layout: a folder's index.md becomes
# _index.md (a section, so its sibling pages stay pages), files starting with '_' (_site.yml, _glossary.yml) are
# left out, and a minimal theme writes each page's title, a navigation list of its section and its content.
# Hugo renders the quiz blocks as code and links no glossary terms: it does less than our generator.
#   bench/hugo-site.sh CORPUS DIR
set -euo pipefail
corpus=$1
dir=$2
rm -rf "$dir"
mkdir -p "$dir/content" "$dir/layouts/_default"
(cd "$corpus" && find . -name '*.md' ! -name '_*') | while read -r file; do
  target="$dir/content/${file#./}"
  [ "$(basename "$file")" = index.md ] && target="$(dirname "$target")/_index.md"
  mkdir -p "$(dirname "$target")"
  cp "$corpus/$file" "$target"
done
cat > "$dir/hugo.toml" <<'TOML'
baseURL = "https://example.org/"
languageCode = "nl"
title = "Benchmark"
disableKinds = ["taxonomy", "term", "RSS"]
[markup.goldmark.renderer]
unsafe = true
TOML
cat > "$dir/layouts/_default/baseof.html" <<'HTML'
<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><nav><ul>{{ range .CurrentSection.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav>
<main>{{ block "main" . }}{{ end }}</main></body></html>
HTML
printf '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}\n' > "$dir/layouts/_default/single.html"
printf '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n' > "$dir/layouts/_default/list.html"
