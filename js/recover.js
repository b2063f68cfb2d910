// Keeps newsmark working after a trap. A panic inside the wasm aborts (panic = "abort"), which
// leaves that instance and its wasm-bindgen glue unusable (shadow stack, borrow flags, heap), so
// every call goes through `guarded`: on a trap it reads the panic message, swaps in a fresh
// instance of the same compiled module with a fresh copy of the glue (loaded ahead, so the swap
// is synchronous) and throws an Error carrying the message (code NEWSMARK_INTERNAL); the next
// call runs on the fresh one.
// Internal to the package: not in package.json's exports, not re-exported by index.js.
import * as firstGlue from "./newsmark_core.js";
import { newsmarkError } from "./errors.js";

let glue = firstGlue; // serves the calls
let exports = null; // its instance's exports: the memory text is written into
let compiled = null; // the WebAssembly.Module every instance is made from
let spare = null; // a fresh, not yet instantiated copy of the glue
let spareLoading = Promise.resolve();
let copies = 0;
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

function loadSpare() {
  const url = new URL(`./newsmark_core.js?instance=${++copies}`, import.meta.url);
  spareLoading = import(url.href).then(
    (copy) => (spare = copy),
    () => {}, // no spare: a trap then asks the caller to `await init()` again
  );
}

/** Settles when the spare glue has loaded (or failed to): for tests of the restart. */
export const spareLoaded = () => spareLoading;

/** Compiles `input` (bytes, Response or Module), instantiates it, and loads a spare glue. */
export async function start(input) {
  compiled = await compile(input);
  exports = firstGlue.initSync({ module: compiled });
  loadSpare();
}

/** Restarts on a fresh instance; false when no spare glue is loaded yet. */
function restart() {
  if (!spare || !compiled) return false;
  exports = spare.initSync({ module: compiled });
  glue = spare;
  spare = null;
  generation++;
  loadSpare();
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
