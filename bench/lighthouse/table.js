// Prints the Markdown table of bench/lighthouse.sh from its Lighthouse JSON reports: one row per page and form
// factor, the four category scores, CLS, and the failing audits (score below 1, weighted or not) of each row.
// Usage: node table.js REPORT.json...
const fs = require('fs');

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const rows = process.argv.slice(2).map((file) => {
  const lhr = JSON.parse(fs.readFileSync(file, 'utf8'));
  const scores = categories.map((c) => Math.round(lhr.categories[c].score * 100));
  const cls = lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3);
  const failing = categories
    .flatMap((c) => lhr.categories[c].auditRefs.filter((r) => r.weight > 0).map((r) => lhr.audits[r.id]))
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
    .map((a) => `${a.id} ${Math.round(a.score * 100)}`);
  const page = new URL(lhr.finalDisplayedUrl).pathname;
  return `| ${page} | ${lhr.configSettings.formFactor} | ${scores.join(' | ')} | ${cls} | ${[...new Set(failing)].join(', ')} |`;
});
console.log('| page | form factor | performance | accessibility | best practices | SEO | CLS | audits below 100 |');
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |');
rows.forEach((row) => console.log(row));
