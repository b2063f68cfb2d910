// The package's first result in Node, apart from a browser's download and paint: a fresh process
// per run imports a package, awaits `init()`, then times `extract()` on two words (the core's lazy
// set-up plus V8's lazy compilation of what it reaches). Packages are run in turn, round by round,
// so that a shared machine's load falls on each alike; medians of wall milliseconds.
//   node bench/first-call.mjs [--runs N] PKG_DIR...   (PKG_DIR: a built pkg/, or copies of it)
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const args = process.argv.slice(2);
if (args[0] === "--child") {
  const t0 = performance.now();
  const newsmark = await import(pathToFileURL(join(resolve(args[1]), "index.js")));
  await newsmark.init();
  const t1 = performance.now();
  new newsmark.Extractor({}).extract("Joe Biden");
  console.log(JSON.stringify([t1 - t0, performance.now() - t1]));
} else {
  const at = args.indexOf("--runs");
  const runs = at >= 0 ? Number(args[at + 1]) : 9;
  const dirs = args.filter((a, i) => a !== "--runs" && !(at >= 0 && i === at + 1));
  if (dirs.length === 0) dirs.push(join(new URL("..", import.meta.url).pathname, "pkg"));
  if (!(Number.isInteger(runs) && runs > 0)) throw new Error(`first-call: --runs takes a positive integer, not ${args[at + 1]}`);
  for (const d of dirs) if (!existsSync(join(d, "index.js"))) throw new Error(`first-call: ${d} has no index.js (build it with bash scripts/build.sh)`);
  const times = new Map(dirs.map((d) => [d, []]));
  for (let r = 0; r < runs; r++)
    for (const d of dirs) times.get(d).push(JSON.parse(execFileSync(process.execPath, [process.argv[1], "--child", d])));
  const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1].toFixed(1);
  for (const [d, t] of times) console.log(`${d}: import + init() ${median(t.map((x) => x[0]))} ms, first call ${median(t.map((x) => x[1]))} ms (median of ${runs})`);
}
