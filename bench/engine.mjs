// One engine in its own fresh process:
//   node bench/engine.mjs NAME passes CORPUS.json N   time to first result, then N timed passes
//   node bench/engine.mjs NAME once FILE              one extraction of a whole file (scaling)
// Prints one line of JSON; times in ms, peak memory (max RSS) in KB.
import { readFileSync } from "node:fs";
import { engines } from "./engines.mjs";

const started = performance.now();
const [name, mode, file, passes = "5"] = process.argv.slice(2);
const find = await engines[name].load();
const rss = () => process.resourceUsage().maxRSS;

if (mode === "once") {
  find("President Joe Biden spoke on 7 December 2021.");
  const text = readFileSync(file, "utf8");
  const t0 = performance.now();
  const found = find(text);
  console.log(JSON.stringify({ ms: performance.now() - t0, found, maxRssKB: rss() }));
} else {
  const docs = JSON.parse(readFileSync(file, "utf8"));
  find(docs[0]);
  const firstResultMs = performance.now() - started;
  const times = [];
  const cpuTimes = []; // user + system CPU time: steadier than wall time on a shared machine
  let found = 0;
  for (let p = -1; p < Number(passes); p++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    found = 0;
    for (const d of docs) found += find(d);
    const c = process.cpuUsage(c0);
    if (p >= 0) times.push(performance.now() - t0), cpuTimes.push((c.user + c.system) / 1e3); // pass -1 warms up
  }
  console.log(JSON.stringify({ firstResultMs, times, cpuTimes, found, maxRssKB: rss() }));
}
