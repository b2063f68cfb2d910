// The order of names in the side panels, by the user's locale. `localeCompare` builds an ICU
// collator on its first call (tens of ms in a fresh page, docs/PERFORMANCE.md), which the first
// result would wait for; one `Intl.Collator`, made while the page is idle before any paste, serves
// every comparison instead.
let collator = null;

/** Compares two strings as `a.localeCompare(b)` does. */
export function compare(a, b) {
  collator ??= new Intl.Collator();
  return collator.compare(a, b);
}

(globalThis.requestIdleCallback ?? setTimeout)(() => (collator ??= new Intl.Collator()));
