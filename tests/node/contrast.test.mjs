// Colour contrast (WCAG 2.x) of what people read: dark text on every label colour, and the
// page's text colours on its background in light and dark mode.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { loadNewsmark } from "./helpers.mjs";

const { PALETTE } = await loadNewsmark();

function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

test("the dark text on every label colour meets WCAG AA (4.5:1)", () => {
  for (const [label, colour] of Object.entries(PALETTE)) {
    assert.ok(contrast("#111111", colour) >= 4.5, `${label} ${colour}: ${contrast("#111111", colour).toFixed(2)}`);
  }
});

test("the page's text colours meet WCAG AA in light and dark mode", () => {
  const css = readFileSync(new URL("../../www/page/style.css", import.meta.url), "utf8");
  const light = css.match(/:root \{[^}]*--bg: (#\w{6}); --fg: (#\w{6}); --muted: (#\w{6})/);
  const dark = css.match(/prefers-color-scheme: dark\) \{\s*:root \{ --bg: (#\w{6}); --fg: (#\w{6}); --muted: (#\w{6})/);
  assert.ok(light && dark, "both schemes declare --bg, --fg and --muted");
  for (const [, bg, fg, muted] of [light, dark]) {
    assert.ok(contrast(fg, bg) >= 7, `text ${fg} on ${bg}`);
    assert.ok(contrast(muted, bg) >= 4.5, `muted ${muted} on ${bg}`);
  }
  // The page's own label colours are the palette's.
  for (const [label, colour] of Object.entries(PALETTE)) assert.match(css, new RegExp(`--ent-${label}: ${colour};`));
});
