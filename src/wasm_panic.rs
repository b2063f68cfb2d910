//! Panics inside the wasm, made visible to JavaScript. With `panic = "abort"` a panic traps the
//! instance (a `WebAssembly.RuntimeError` with no message) and leaves it unusable, so the hook
//! keeps the message for `js/recover.js`, which reads it, restarts a fresh instance and throws an
//! `Error` carrying it. The two exports are internal: `js/index.js` does not re-export them.

use std::sync::Mutex;
use wasm_bindgen::prelude::*;

static LAST_PANIC: Mutex<Option<String>> = Mutex::new(None);

/// Records every panic's message and logs it to the console (console_error_panic_hook, named by
/// the design); its location reads `<redacted>` in the shipped wasm (scripts/build.sh).
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        if let Ok(mut last) = LAST_PANIC.try_lock() {
            *last = Some(info.to_string());
        }
        console_error_panic_hook::hook(info);
    }));
}

/// The message of the panic that trapped this instance, if one did.
#[wasm_bindgen(js_name = __lastPanic)]
pub fn last_panic() -> Option<String> {
    LAST_PANIC.try_lock().ok()?.clone()
}

/// Panics, so that the tests can check the recovery; not reachable through `js/index.js`.
#[wasm_bindgen(js_name = __panicForTests)]
pub fn panic_for_tests(message: &str) {
    panic!("{message}");
}
