// What ships is bundled and minified (esbuild), so a browser fetches a few small files instead of
// a deep graph of commented modules (each level of imports is a round trip before the wasm
// starts downloading). Run by scripts/build.sh after pkg/ holds the wasm-bindgen output and js/:
//   pkg/      index.js, embed.js, element.js, worker.js and recover.js become entries over shared
//             chunks: one instance of the module state whichever entries a page imports, and the
//             worker reuses the chunks the page already fetched (a standalone worker bundle saved
//             the worker one round trip but cost the page 5 KB gzip more); the wasm-bindgen glue
//             (newsmark_core.js) is first rewritten as a factory, glue.js (`freshGlue()`: a fresh
//             copy of its state per call), so recover.js makes its spare copy from the chunk's
//             code instead of importing the file again by URL (4.2 KB gzip the page no longer
//             fetches); the sources now inside the bundles are removed.
//   www/app/  the page (www/page/main.js and style.css) bundled and minified, ../pkg/ left outside.
// Source maps sit beside each file (browsers fetch them only with the developer tools open).
import { createRequire } from "node:module";
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";

const root = new URL("../../", import.meta.url).pathname;
const esbuild = createRequire(import.meta.url)("esbuild");
const common = { bundle: true, minify: true, format: "esm", target: "es2022", sourcemap: "linked", legalComments: "none", logLevel: "warning", absWorkingDir: root };
// index.js reads the wasm from disk under Node (a dynamic import the browser never takes).
const node = { external: ["node:*"] };

// The glue's exports become a CommonJS module.exports inside a function: its module-level state
// (the instance, its heap of JS values, cached views) is made anew at each call. import.meta is
// read only by its default loader, which recover.js never calls (it passes a compiled module).
const glue = readFileSync(`${root}pkg/newsmark_core.js`, "utf8");
const { code } = await esbuild.transform(glue, { format: "cjs", logOverride: { "empty-import-meta": "silent" } });
writeFileSync(`${root}pkg/glue.js`, `export function freshGlue() {\nconst module = { exports: {} };\n${code}\nreturn module.exports;\n}\n`);

// chunkNames: the worker's code, which worker.js imports dynamically (after starting the wasm's
// download), is named like the shared chunks, so package.json's "chunk-*.js" publishes it.
await esbuild.build({
  ...common, ...node, splitting: true, outdir: "pkg", allowOverwrite: true, chunkNames: "chunk-[hash]",
  entryPoints: ["index", "embed", "element", "worker", "recover"].map((name) => `pkg/${name}.js`),
});
for (const source of ["annotate", "errors.js", "validate.js", "read.js", "run-in-worker.js", "compact.js", "warm-up.js", "worker-jobs.js", "glue.js", "newsmark_core.js", "newsmark_core.d.ts"]) rmSync(`${root}pkg/${source}`, { recursive: true, force: true });

rmSync(`${root}www/app`, { recursive: true, force: true });
await esbuild.build({ ...common, entryPoints: ["www/page/main.js", "www/page/style.css"], outdir: "www/app", external: ["../pkg/*"] });

const shipped = readdirSync(`${root}pkg`).filter((f) => f.endsWith(".js"));
console.error(`minify: pkg/ ${shipped.join(", ")}; www/app/ ${readdirSync(`${root}www/app`).join(", ")}`);
