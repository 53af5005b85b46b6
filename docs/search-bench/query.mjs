// Dev check: run queries with the built search.js against a built site, counting the index files each loads.
import { gzipSync } from 'node:zlib';
import { loadSearch } from './load-search.mjs';
const dir = process.argv[2];
let bytes = 0, gz = 0, files = 0;
const search = loadSearch(dir, (text) => { bytes += Buffer.byteLength(text); gz += gzipSync(text).length; files++; });
for (const q of process.argv.slice(3)) {
  const index = new search.SearchIndex('search/index.js'); bytes = 0; gz = 0; files = 0;
  const t0 = performance.now();
  const r = await index.search(q);
  const t1 = performance.now();
  console.log(`${q}: ${r.total} results, terms ${JSON.stringify(r.terms)}, ${(t1 - t0).toFixed(1)} ms, ${files} files, ${(bytes/1024).toFixed(0)} KB raw, ${(gz/1024).toFixed(0)} KB gzip`);
  if (process.env.SHOW) for (const x of r.results.slice(0, 4)) console.log('   ', x.kind, x.url.replace('file://' + dir + '/', ''), '|', x.title, '|', x.heading, '|', x.text.slice(0, 60));
}
