// Every error newsmark throws carries a stable `code`, one of CODES (documented in README.md,
// "Errors", and index.d.ts `ErrorCode`): tell errors apart by it, since messages may change.
// The wasm sets the codes of its own errors (src/wasm.rs); tests check both against this list.

export const CODES = Object.freeze([
  "NEWSMARK_NOT_INITIALISED", //       extracting before `await init()`
  "NEWSMARK_LOAD_FAILED", //           init() could not fetch or compile the wasm
  "NEWSMARK_INVALID_TEXT", //          text that is not a string (TypeError)
  "NEWSMARK_INPUT_TOO_LARGE", //       text above maxInputBytes (RangeError)
  "NEWSMARK_INVALID_OPTIONS", //       an unknown option, a value of the wrong type
  "NEWSMARK_UNKNOWN_LABEL", //         a label name outside labels()
  "NEWSMARK_INVALID_REFERENCE_DATE", // referenceDate that is not YYYY-MM-DD
  "NEWSMARK_INVALID_ENTRY", //         an entry that cannot be used (empty text)
  "NEWSMARK_INVALID_PATTERN", //       a pattern that does not compile or is too large
  "NEWSMARK_INTERNAL", //              a panic inside the wasm (the module restarts) or a bug
  "NEWSMARK_WORKER_FAILED", //         the worker could not start or crashed
  "NEWSMARK_WORKER_TERMINATED", //     the worker was terminated
  "NEWSMARK_INVALID_ELEMENT", //       annotate(): not an Element, or editable without include
  "NEWSMARK_ALREADY_ANNOTATED", //     annotate(): the element is annotated already
  "NEWSMARK_DOC_MISMATCH", //          annotate(), toTimeML(): the doc was extracted from other text
  "NEWSMARK_HIGHLIGHTS_UNSUPPORTED", // annotate(): mode "highlight" without CSS.highlights
]);

/**
 * An Error (or TypeError, RangeError: `Kind`) whose message starts with "newsmark:", with `code`.
 * @param {string} code one of CODES
 * @param {string} message
 * @param {ErrorConstructor} [Kind]
 * @param {unknown} [cause] the error this one reports, kept as `cause`
 */
export function newsmarkError(code, message, Kind = Error, cause) {
  const text = message.startsWith("newsmark:") ? message : `newsmark: ${message}`;
  const error = cause === undefined ? new Kind(text) : new Kind(text, { cause });
  error.code = code;
  return error;
}
