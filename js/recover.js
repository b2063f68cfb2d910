// Keeps newsmark working after a trap. A panic inside the wasm aborts (panic = "abort"), which
// leaves that instance and its wasm-bindgen glue unusable (shadow stack, borrow flags, heap), so
// every call goes through `guarded`: on a trap it reads the panic message, swaps in a fresh
// instance of the same compiled module with a fresh copy of the glue (made ahead, so the swap is
// synchronous) and throws an Error carrying the message (code NEWSMARK_INTERNAL); the next call
// runs on the fresh one. The copies come from glue.js, the glue rewritten as a factory by
// scripts/minify/minify.mjs, so no second copy of the glue is downloaded.
// Internal to the package: not in package.json's exports, not re-exported by index.js.
import { freshGlue } from "./glue.js";
import { newsmarkError } from "./errors.js";

let glue = freshGlue(); // serves the calls
let exports = null; // its instance's exports: the memory text is written into
let compiled = null; // the WebAssembly.Module every instance is made from
let spare = null; // a fresh, not yet instantiated copy of the glue
let generation = 0; // bumps at each restart: objects made before it must be remade

/** The glue module whose instance serves calls now. */
export const core = () => glue;

/** The linear memory of the instance that serves calls now. */
export const memory = () => exports.memory;

/** How many restarts happened: wrappers holding wasm objects compare it to rebuild them. */
export const coreGeneration = () => generation;

// Bytes and modules are tested first: in Node, merely reading the global `Response` or `Request`
// loads its fetch implementation, which costs 20 ms of the time to first result.
async function compile(input) {
  if (input instanceof WebAssembly.Module) return input;
  if (input instanceof ArrayBuffer || ArrayBuffer.isView(input)) return WebAssembly.compile(input);
  if (typeof Response === "function" && input instanceof Response) {
    if (typeof WebAssembly.compileStreaming === "function" && input.headers.get("Content-Type") === "application/wasm") {
      return WebAssembly.compileStreaming(input);
    }
    return WebAssembly.compile(await input.arrayBuffer());
  }
  return WebAssembly.compile(input);
}

/** Settles at once (the spare glue is made synchronously): for tests of the restart. */
export const spareLoaded = () => Promise.resolve();

/**
 * An instance of the compiled module served by `fresh`, a copy of the glue: the glue is the
 * module's imports and holds its exports, and the module's start function runs (what the loader of
 * wasm-bindgen's web target does; its bundler target, whose glue this is, leaves it to the host).
 */
function instantiate(fresh) {
  const instance = new WebAssembly.Instance(compiled, { "./newsmark_core_bg.js": fresh });
  fresh.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return instance.exports;
}

/** Compiles `input` (bytes, Response or Module), instantiates it, and makes a spare glue. */
export async function start(input) {
  compiled = await compile(input);
  exports = instantiate(glue);
  spare = freshGlue();
}

/** Restarts on a fresh instance; false before the first start. */
function restart() {
  if (!spare || !compiled) return false;
  exports = instantiate(spare);
  glue = spare;
  spare = freshGlue();
  generation++;
  return true;
}

/** Runs `fn`; a trap inside it restarts the module and becomes an Error with the panic message. */
export function guarded(fn) {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof WebAssembly.RuntimeError)) throw e;
    let message = e.message;
    try {
      message = glue.__lastPanic() ?? message;
    } catch {
      // the trapped instance cannot even say why: keep the trap's own message
    }
    const next = restart() ? "the module was restarted" : "call `await init()` again before the next call";
    throw newsmarkError("NEWSMARK_INTERNAL", `internal error: ${message} (${next})`);
  }
}
