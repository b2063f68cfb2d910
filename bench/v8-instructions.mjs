// Instructions V8's compiled code runs for `extract()`, per package: a measure of the wasm's
// speed that the machine's load does not move (CPU time on the shared 2 cores varies ±10 % from
// round to round; this repeats to 0.001 %). Each package runs once under callgrind in Node with
// TurboFan only (--no-liftoff: no tier-up racing the run) on one thread, over the first 60
// documents of CoNLL-2003 dev (78 KB), one pass after init(); the count is the sum over code
// callgrind cannot name (the JIT's: wasm and the JS glue), leaving out Node and V8's compilers.
// About 2 minutes per package. Instructions are not time (memory stalls are not counted), so
// docs/PERFORMANCE.md quotes both this and bench/profile-speed.mjs.
//   node bench/v8-instructions.mjs PKG_DIR...
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const args = process.argv.slice(2);
const data = process.env.NEWSMARK_DATA ?? new URL("../../shared/data", import.meta.url).pathname;

if (args[0] === "--child") {
  const newsmark = await import(pathToFileURL(join(resolve(args[1]), "index.js")));
  await newsmark.init();
  const x = new newsmark.Extractor({});
  const docs = readFileSync(join(data, "conll2003/dev.jsonl"), "utf8").split("\n")
    .filter((l) => l.trim()).slice(0, 60).map((l) => JSON.parse(l).text);
  let found = 0;
  for (const d of docs) found += x.extract(d).entities.length;
  console.log(found);
} else {
  for (const dir of args) {
    const out = `/tmp/v8-instructions-${process.pid}.out`;
    const found = execFileSync("valgrind", ["--tool=callgrind", "--smc-check=all-non-file", `--callgrind-out-file=${out}`, "--quiet",
      "node", "--no-liftoff", "--single-threaded", new URL(import.meta.url).pathname, "--child", dir], { stdio: ["ignore", "pipe", "ignore"] }).toString().trim();
    const table = execFileSync("callgrind_annotate", ["--threshold=100", out], { maxBuffer: 1 << 28 }).toString();
    rmSync(out);
    const lines = table.split("\n");
    const count = (re) => lines.filter((l) => re.test(l)).reduce((n, l) => n + Number(l.trim().split(/\s+/)[0].replaceAll(",", "")), 0);
    const jit = count(/\?\?\?:0x[0-9a-f]+ \[\?\?\?\]/);
    const total = count(/PROGRAM TOTALS/);
    console.log(`${dir}: ${(jit / 1e6).toFixed(1)} M instructions in compiled code (${(total / 1e6).toFixed(0)} M in all), ${found} entities`);
  }
}
