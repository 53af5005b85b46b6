// Prints the Markdown table of bench/lighthouse.sh from its Lighthouse JSON reports: one row per page and form
// factor, the four category scores, CLS, and the audits below 100 that count in a score. With several runs of a
// page (RUNS) the row is the run of median performance, as Lighthouse's docs advise against noise.
// Usage: node table.js REPORT.json...
const fs = require('fs');

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const runs = new Map();
for (const file of process.argv.slice(2)) {
  const lhr = JSON.parse(fs.readFileSync(file, 'utf8'));
  const key = `${new URL(lhr.finalDisplayedUrl).pathname} | ${lhr.configSettings.formFactor}`;
  if (!runs.has(key)) runs.set(key, []);
  runs.get(key).push(lhr);
}

console.log('| page | form factor | performance | accessibility | best practices | SEO | CLS | audits below 100 |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |');
for (const [key, all] of runs) {
  const sorted = all.slice().sort((a, b) => a.categories.performance.score - b.categories.performance.score);
  const lhr = sorted[Math.floor(sorted.length / 2)];
  const scores = categories.map((c) => Math.round(lhr.categories[c].score * 100));
  const cls = lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3);
  const failing = categories
    .flatMap((c) => lhr.categories[c].auditRefs.filter((r) => r.weight > 0).map((r) => lhr.audits[r.id]))
    .filter((a) => a.score !== null && a.score < 1)
    .map((a) => `${a.id} ${Math.round(a.score * 100)}`);
  const spread = all.length > 1 ? ` (${all.length} runs: ${sorted.map((r) => Math.round(r.categories.performance.score * 100)).join(', ')})` : '';
  console.log(`| ${key} | ${scores[0]}${spread} | ${scores.slice(1).join(' | ')} | ${cls} | ${[...new Set(failing)].join(', ')} |`);
}
