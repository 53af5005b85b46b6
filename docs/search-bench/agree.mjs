// Dev check: the built (minified) search.js against the shared table.
import { readFileSync, readdirSync } from 'node:fs';
const dir = process.argv[2];
const file = readdirSync(dir + '/assets/js').find((f) => f.startsWith('search.'));
const mod = await import(dir + '/assets/js/' + file);
const manifest = JSON.parse(readFileSync(dir + '/search/index.json', 'utf8'));
const stops = new Set(manifest.stopWords);
const table = JSON.parse(readFileSync(process.argv[3], 'utf8'));
let bad = 0;
for (const { text, terms } of table) {
  const got = mod.words(text).map(([, , w]) => mod.termOf(w, stops)).filter((t) => t !== null);
  if (JSON.stringify(got) !== JSON.stringify(terms)) { bad++; console.log('DIFF', text, got, terms); }
}
console.log(`${table.length - bad}/${table.length} agree`);
