// Dev check: run queries with the built search.js against a built site, fetch() shimmed to read files.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
let gz = 0, files = 0;
const dir = process.argv[2];
let bytes = 0; gz = 0; files = 0;
globalThis.document = { baseURI: 'file://' + dir + '/index.html', querySelectorAll: () => [] };
globalThis.fetch = async (url) => { const t = readFileSync(fileURLToPath(url), 'utf8'); bytes += Buffer.byteLength(t); gz += gzipSync(t).length; files++; return { ok: true, json: async () => JSON.parse(t) }; };
const file = readdirSync(dir + '/assets/js').find((f) => f.startsWith('search.'));
const { SearchIndex } = await import(dir + '/assets/js/' + file);
for (const q of process.argv.slice(3)) {
  const index = new SearchIndex('search/index.json'); bytes = 0; gz = 0; files = 0;
  const t0 = performance.now();
  const r = await index.search(q);
  const t1 = performance.now();
  console.log(`${q}: ${r.total} results, terms ${JSON.stringify(r.terms)}, ${(t1 - t0).toFixed(1)} ms, ${files} files, ${(bytes/1024).toFixed(0)} KB raw, ${(gz/1024).toFixed(0)} KB gzip`);
  if (process.env.SHOW) for (const x of r.results.slice(0, 4)) console.log('   ', x.kind, x.url.replace('file://' + dir + '/', ''), '|', x.title, '|', x.heading, '|', x.text.slice(0, 60));
}
