// What pkg/index.d.ts declares, read with the TypeScript parser: the keys of `Options` and the
// members of the `ErrorCode` union, for tests that hold the runtime to them.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const DTS = fileURLToPath(new URL("../../pkg/index.d.ts", import.meta.url));

function declaration(name) {
  const source = ts.createSourceFile(DTS, readFileSync(DTS, "utf8"), ts.ScriptTarget.ES2022);
  const found = source.statements.find((s) => (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) && s.name.text === name);
  if (!found) throw new Error(`index.d.ts declares no ${name}`);
  return found;
}

/** The keys of `interface Options`. */
export function optionKeys() {
  return declaration("Options").members.map((m) => m.name.text);
}

/** The string literals of `type ErrorCode`. */
export function errorCodes() {
  return declaration("ErrorCode").type.types.map((t) => t.literal.text);
}
