// The TypeScript declarations shipped in pkg/: a typical use type-checks under --strict, and
// typical mistakes (unknown label, misspelt option, wrong mode, misspelt error code, a worker to
// adopt given with a url) are type errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import ts from "typescript";

function diagnostics(file) {
  const program = ts.createProgram([fileURLToPath(new URL(file, import.meta.url))], {
    noEmit: true, strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler, lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"], types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? `${d.file.fileName.split("/").slice(-2).join("/")}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}` : ""} ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`);
}

test("a typical use type-checks under --strict", () => {
  assert.deepEqual(diagnostics("types/usage.ts"), []);
});

test("typical mistakes are type errors, one per line", () => {
  const lines = diagnostics("types/misuse.ts").map((d) => Number(d.match(/misuse\.ts:(\d+)/)?.[1]));
  assert.deepEqual([...new Set(lines)].sort((a, b) => a - b), [3, 4, 5, 6, 7, 8, 9]);
});
