// extract() against extractCompact(), per article, in one process (issue #16):
//   node bench/compact.mjs [passes] [MB]
// Articles: CoNLL-2003 train+dev under $NEWSMARK_DATA (default ../shared/data), else the page's
// samples; with MB, one text instead: the samples repeated to MB (as bench/memory.mjs). Passes alternate the forms after a warm-up of each; CPU time (user + system, steadier
// than wall time on a shared machine), median [min–max] in ms. "compact, every entity read"
// also makes each entity's object on demand, as a caller that wants them all would.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const [passes, mb] = [Number(process.argv[2] ?? 5), Number(process.argv[3] ?? 0)];
const root = fileURLToPath(new URL("..", import.meta.url));
const newsmark = await import(`${process.env.NEWSMARK_PKG ?? `${root}pkg`}/index.js`);
await newsmark.init();
const data = `${process.env.NEWSMARK_DATA ?? `${root}../shared/data`}/conll2003/`;
const samples = () => readdirSync(`${root}www/samples/`).filter((f) => f.endsWith(".txt")).map((f) => readFileSync(`${root}www/samples/${f}`, "utf8"));
let docs = existsSync(`${data}dev.jsonl`) && !mb
  ? ["train", "dev"].flatMap((part) => readFileSync(`${data}${part}.jsonl`, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l).text))
  : samples();
if (mb) {
  const all = docs.join("\n\n");
  docs = [all.repeat(Math.ceil((mb * 1e6) / all.length)).slice(0, mb * 1e6)];
}
const extractor = new newsmark.Extractor({});

const forms = {
  "extract()": (d) => extractor.extract(d).entities.length,
  "extractCompact()": (d) => extractor.extractCompact(d).length,
  "compact, every entity read": (d) => {
    let n = 0;
    for (const e of extractor.extractCompact(d)) n += e.end > e.start;
    return n;
  },
};
const cpu = {};
for (let p = -1; p < passes; p++) {
  for (const [name, run] of Object.entries(forms)) {
    const c0 = process.cpuUsage();
    let found = 0;
    for (const d of docs) found += run(d);
    const c = process.cpuUsage(c0);
    if (p >= 0) (cpu[name] ??= []).push((c.user + c.system) / 1e3); // pass -1 warms up
    else console.log(`${name}: ${found} entities`);
  }
}
const size = docs.reduce((n, d) => n + Buffer.byteLength(d), 0) / 1e6;
console.log(`${docs.length} articles, ${size.toFixed(2)} MB; CPU ms per pass, median [min–max] of ${passes}:`);
for (const [name, times] of Object.entries(cpu)) {
  const t = times.sort((a, b) => a - b);
  console.log(`  ${name}: ${t[t.length >> 1].toFixed(0)} [${t[0].toFixed(0)}–${t[t.length - 1].toFixed(0)}]`);
}
