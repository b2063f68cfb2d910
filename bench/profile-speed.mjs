// Compares builds of the package for speed and output, for the wasm's build profile (the grid of
// bench/profile-build.sh; docs/PERFORMANCE.md, "The wasm's build profile"). Each round runs every
// package once, in turn, each in its own fresh Node process (so the builds share the machine's
// load alike): CPU time (user + system) of `extract()` over the samples and CoNLL-2003 dev, the
// median of --passes passes after one warm-up pass. Prints each package's per-round medians,
// their median, and its ratio to the first package.
//   node bench/profile-speed.mjs [--rounds 5] [--passes 5] PKG_DIR...
//   node bench/profile-speed.mjs --hash PKG_DIR...   sha256 of extract()'s JSON for every
//                                                    document of CoNLL-2003 dev and OntoNotes dev
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const root = new URL("../", import.meta.url).pathname;
const data = process.env.NEWSMARK_DATA ?? join(root, "../shared/data");
const jsonl = (rel) => {
  const file = join(data, rel);
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l).text);
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);

async function extractor(dir) {
  const newsmark = await import(pathToFileURL(join(resolve(dir), "index.js")));
  await newsmark.init();
  return new newsmark.Extractor({});
}

if (args[0] === "--child") {
  // One package, one process: [median CPU ms, found] or the hash.
  const [, mode, dir, passes] = args;
  const x = await extractor(dir);
  if (mode === "hash") {
    const h = createHash("sha256");
    for (const text of [...jsonl("conll2003/dev.jsonl"), ...jsonl("ontonotes/dev.jsonl")]) h.update(JSON.stringify(x.extract(text)) + "\n");
    console.log(JSON.stringify(h.digest("hex")));
  } else {
    const samples = join(root, "www/samples");
    const docs = readdirSync(samples).filter((f) => f.endsWith(".txt")).sort()
      .map((f) => readFileSync(join(samples, f), "utf8")).concat(jsonl("conll2003/dev.jsonl"));
    const cpu = [];
    let found = 0;
    for (let p = -1; p < Number(passes); p++) {
      const c0 = process.cpuUsage();
      found = 0;
      for (const d of docs) found += x.extract(d).entities.length;
      const c = process.cpuUsage(c0);
      if (p >= 0) cpu.push((c.user + c.system) / 1e3);
    }
    console.log(JSON.stringify([median(cpu), found]));
  }
} else {
  const hash = args[0] === "--hash";
  const rounds = opt("--rounds", 5), passes = opt("--passes", 5);
  const dirs = args.filter((a, i) => !a.startsWith("--") && !["--rounds", "--passes"].includes(args[i - 1]));
  const child = (mode, dir) => JSON.parse(execFileSync("node", [new URL(import.meta.url).pathname, "--child", mode, dir, String(passes)], { maxBuffer: 1 << 26 }));
  if (hash) {
    for (const dir of dirs) console.log(`${child("hash", dir)}  ${dir}`);
  } else {
    const ms = dirs.map(() => []);
    const found = new Set();
    for (let r = 0; r < rounds; r++) {
      dirs.forEach((dir, i) => {
        const [m, n] = child("time", dir);
        ms[i].push(m);
        found.add(n);
      });
      console.error(`profile-speed: round ${r + 1}/${rounds} done`);
    }
    if (found.size > 1) console.log(`profile-speed: the packages found different counts: ${[...found]}`);
    const base = median(ms[0]);
    // The ratio to the first package round by round (same load), then its median: steadier than
    // the ratio of the medians when the load changes between rounds.
    const paired = (i) => median(ms[i].map((m, r) => ms[0][r] / m));
    dirs.forEach((dir, i) => console.log(`${dir}: CPU ms ${ms[i].map((m) => m.toFixed(0)).join(", ")}; median ${median(ms[i]).toFixed(0)}, ×${(base / median(ms[i])).toFixed(2)} vs first (paired by round ×${paired(i).toFixed(2)})`));
  }
}
