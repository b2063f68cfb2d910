// What ships is bundled and minified (esbuild), so a browser fetches a few small files instead of
// a deep graph of commented modules (each level of imports is a round trip before the wasm
// starts downloading). Run by scripts/build.sh after pkg/ holds the wasm-bindgen output and js/:
//   pkg/      index.js, embed.js, element.js, worker.js and recover.js become entries over shared
//             chunks: one instance of the module state whichever entries a page imports, and the
//             worker reuses the chunks the page already fetched (a standalone worker bundle saved
//             the worker one round trip but cost the page 5 KB gzip more); the wasm-bindgen glue
//             (newsmark_core_bg.js, wasm-bindgen's bundler target: no loader, recover.js
//             instantiates) is first rewritten as a factory, glue.js (`freshGlue()`: a fresh copy
//             of its state per call), so recover.js makes its spare copy from the chunk's code
//             instead of importing the file again by URL (4.2 KB gzip the page no longer
//             fetches); recover.js, which tests import for the instance index.js uses, is built
//             from a stub that also re-exports index.js, so the glue and recover.js share one
//             chunk with the rest instead of a chunk of their own (0.3 KB gzip); the sources now
//             inside the bundles are removed.
//   then      every .js file minified again by terser (0.7 KB gzip, docs/PERFORMANCE.md, "The
//             page's bytes, round 7").
//   www/app/  the page (www/page/main.js and style.css) bundled and minified, ../pkg/ left outside;
//             start-worker.js apart, the page's first script.
// Source maps sit beside each file (browsers fetch them only with the developer tools open).
import { createRequire } from "node:module";
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { basename } from "node:path";

const root = new URL("../../", import.meta.url).pathname;
const require = createRequire(import.meta.url);
const esbuild = require("esbuild");
const terser = require("terser");
const common = { bundle: true, minify: true, format: "esm", target: "es2022", sourcemap: "linked", legalComments: "none", logLevel: "warning", absWorkingDir: root };
// index.js reads the wasm from disk under Node (a dynamic import the browser never takes).
const node = { external: ["node:*"] };

// The glue's exports become a CommonJS module.exports inside a function: its module-level state
// (the instance's exports, its heap of JS values, cached views) is made anew at each call. The
// object is also the wasm's imports (the module "./newsmark_core_bg.js"), as the bundler target's
// newsmark_core.js, which is not shipped, would import it.
const glue = readFileSync(`${root}pkg/newsmark_core_bg.js`, "utf8");
const { code } = await esbuild.transform(glue, { format: "cjs" });
writeFileSync(`${root}pkg/glue.js`, `export function freshGlue() {\nconst module = { exports: {} };\n${code}\nreturn module.exports;\n}\n`);

// esbuild puts code in one chunk per set of entries that reach it: with recover.js an entry of its
// own, the glue, errors.js and recover.js (reached by it and by index.js) were a chunk apart from
// what index.js alone reaches. The stub has recover.js's exports and index.js's as a namespace
// (`index`, for no caller), so both reach the same code and it is one chunk.
writeFileSync(`${root}pkg/recover-entry.js`, `export * from "./recover.js";\nexport * as index from "./index.js";\n`);
// chunkNames: the worker's code, which worker.js imports dynamically (after starting the wasm's
// download), is named like the shared chunks, so package.json's "chunk-*.js" publishes it.
const { metafile } = await esbuild.build({
  ...common, ...node, splitting: true, outdir: "pkg", allowOverwrite: true, chunkNames: "chunk-[hash]", metafile: true,
  entryPoints: [...["index", "embed", "element", "worker"].map((name) => `pkg/${name}.js`), { in: "pkg/recover-entry.js", out: "recover" }],
});
fetchChunksAtOnce("pkg/worker.js");
for (const source of ["annotate", "errors.js", "validate.js", "read.js", "run-in-worker.js", "compact.js", "warm-up.js", "worker-jobs.js", "glue.js", "recover-entry.js", "newsmark_core.js", "newsmark_core_bg.js", "newsmark_core.d.ts"]) rmSync(`${root}pkg/${source}`, { recursive: true, force: true });

rmSync(`${root}www/app`, { recursive: true, force: true });
// start-worker.js is an entry of its own, which index.html loads first and main.js imports as it is
// (one module, one worker).
await esbuild.build({ ...common, entryPoints: ["www/page/main.js", "www/page/start-worker.js", "www/page/style.css"], outdir: "www/app", external: ["../pkg/*", "./start-worker.js"] });

/**
 * `entry` imports its code dynamically, and that code's chunk imports the shared chunks
 * statically: a second round trip, since a module's imports are known only once it has arrived.
 * The entry is made to ask for those chunks too, at once, so its code is one round trip away, as
 * the wasm is (docs/PERFORMANCE.md, "First highlight, round 4"). A chunk that fails to load is
 * reported by the import that needs it.
 */
function fetchChunksAtOnce(entry) {
  const { outputs } = metafile;
  const chunks = outputs[entry].imports
    .filter((i) => i.kind === "dynamic-import")
    .flatMap((i) => outputs[i.path].imports.filter((j) => j.kind === "import-statement").map((j) => `./${basename(j.path)}`));
  const file = `${root}${entry}`;
  const code = readFileSync(file, "utf8");
  const map = code.lastIndexOf("//# sourceMappingURL="); // added before it: the map stays true
  writeFileSync(file, `${code.slice(0, map)}for(const c of ${JSON.stringify([...new Set(chunks)])})import(c).catch(()=>{});\n${code.slice(map)}`);
}

await squeeze("pkg");
await squeeze("www/app");

/**
 * Every .js file in `dir` minified again by terser, its source map carried through: its
 * compressor inlines what esbuild's keeps apart (functions and constants used once) and drops more
 * (unused arguments, redundant returns); 4 % of the package's and the page's JS gzipped.
 */
async function squeeze(dir) {
  for (const name of readdirSync(`${root}${dir}`).filter((f) => f.endsWith(".js"))) {
    const file = `${root}${dir}/${name}`;
    const { code, map } = await terser.minify(readFileSync(file, "utf8"), {
      module: true,
      compress: { passes: 2 },
      sourceMap: { content: readFileSync(`${file}.map`, "utf8"), url: `${name}.map`, includeSources: true },
    });
    writeFileSync(file, `${code}\n`);
    writeFileSync(`${file}.map`, map);
  }
}

const shipped = readdirSync(`${root}pkg`).filter((f) => f.endsWith(".js"));
console.error(`minify: pkg/ ${shipped.join(", ")}; www/app/ ${readdirSync(`${root}www/app`).join(", ")}`);
