// Dev check: the built (minified) search.js against the shared table.
import { readFileSync } from 'node:fs';
import { loadSearch, dataOf } from './load-search.mjs';
const dir = process.argv[2];
const search = loadSearch(dir);
const manifest = dataOf(readFileSync(dir + '/search/index.js', 'utf8'));
const stops = new Set(manifest.stopWords);
const table = JSON.parse(readFileSync(process.argv[3], 'utf8'));
let bad = 0;
for (const { text, terms } of table) {
  const got = search.words(text).map(([, , w]) => search.termOf(w, stops)).filter((t) => t !== null);
  if (JSON.stringify(got) !== JSON.stringify(terms)) { bad++; console.log('DIFF', text, got, terms); }
}
console.log(`${table.length - bad}/${table.length} agree`);
