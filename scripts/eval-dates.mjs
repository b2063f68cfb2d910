// Scores DATE/TIME extraction in TimeML mode (--timeml) against TimeML gold (TempEval-3 task A):
// strict and relaxed span precision/recall/F1, value accuracy and value F1 (a relaxed match with
// the right value), type accuracy, and per TIMEX3 type P/R/F1, where a found expression's type
// is the `timex_type` the core gives it and a match must agree on the type. Runs the CLI in
// --jsonl mode with each document's creation time as the reference date. Skips (exit 0) when
// the data is absent; the data is never copied anywhere.
// The data is $NEWSMARK_DATA/tempeval3/tbaq_train.jsonl (NEWSMARK_DATA defaults to ../shared/data).
//
//   node scripts/eval-dates.mjs [tbaq_train.jsonl] [--errors]
// --errors lists every miss, extra and wrong value, then counts the wrong values by cause
// (`valueCause`), so that the biggest group of value errors is the one to work on.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = new URL("..", import.meta.url);
const args = process.argv.slice(2);
const showErrors = args.includes("--errors");
const data = process.env.NEWSMARK_DATA ?? fileURLToPath(new URL("../shared/data", root));
const file = args.find((a) => !a.startsWith("--")) ?? join(data, "tempeval3/tbaq_train.jsonl");
if (!existsSync(file)) {
  console.log(`eval-dates: skipped, no TempEval-3 data at ${file} (pass a path or set NEWSMARK_DATA)`);
  process.exit(0);
}
const cli = fileURLToPath(new URL("target/release/newsmark", root));
if (!existsSync(cli)) {
  console.error(`eval-dates: ${cli} is missing; run cargo build --release first`);
  process.exit(2);
}

const docs = readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const input = docs
  .map((d) => JSON.stringify({ id: d.id, text: d.text, reference_date: d.dct.slice(0, 10) }))
  .join("\n");
const run = spawnSync(cli, ["--jsonl", "--timeml", "--labels", "DATE,TIME"], { input, maxBuffer: 1 << 30 });
if (run.status !== 0) {
  console.error(`eval-dates: the CLI failed: ${run.stderr}`);
  process.exit(2);
}
const results = new Map(
  run.stdout.toString().split("\n").filter(Boolean).map((l) => {
    const r = JSON.parse(l);
    return [r.id, r];
  }),
);

/** Per TIMEX3 type: gold and found counts, and matches of the same type from either side. */
const TYPES = ["DATE", "TIME", "DURATION", "SET"];
const byType = Object.fromEntries(TYPES.map((t) => [t, { gold: 0, sys: 0, strictG: 0, strictS: 0, relaxedG: 0, relaxedS: 0, value: 0 }]));
const typeOf = (e) => e.timex_type ?? "none";

const c = { gold: 0, sys: 0, strictG: 0, strictS: 0, relaxedG: 0, relaxedS: 0, valueOk: 0, typeOk: 0, ref: 0 };
const perType = {};
const errors = [];
const causes = new Map();
const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/i;
/** Why a found value differs from the gold one, coarsely, from the two values' shapes. */
function valueCause(gold, got, text) {
  if (got === undefined || got === null) return "no value";
  if (gold.endsWith("_REF") || String(got).endsWith("_REF")) return "*_REF against a date or length";
  const g = String(gold), v = String(got);
  if (g.startsWith("P") !== v.startsWith("P")) return "length against a point in time";
  if (g.startsWith("P")) return "length: another amount or unit";
  if (/^XXXX/.test(g) !== /^XXXX/.test(v)) return "unanchored against anchored";
  if (v.startsWith(g) || g.startsWith(v)) return v.length > g.length ? "finer than gold" : "coarser than gold";
  const day = /^\d{4}-\d\d-\d\d$/;
  if (day.test(g) && day.test(v) && WEEKDAY.test(text)) return "weekday: another week";
  if (g.includes("W") !== v.includes("W")) return "week against month or day";
  const [gy, vy] = [g.slice(0, 4), v.slice(0, 4)];
  if (gy !== vy && g.slice(4) === v.slice(4)) return "another year";
  if (g.length === v.length) return "same precision, another period";
  return "another precision";
}
for (const doc of docs) {
  const result = results.get(doc.id);
  // Gold offsets are code points; ours are UTF-16 units.
  const cp = [];
  let n = 0;
  for (const ch of doc.text) {
    for (let k = 0; k < ch.length; k++) cp.push(n);
    n++;
  }
  cp.push(n);
  const sys = result.entities.map((e) => ({ ...e, s: cp[e.start], e: cp[e.end] }));
  for (const s of sys) byType[typeOf(s)] && byType[typeOf(s)].sys++;
  const gold = doc.entities;
  c.gold += gold.length;
  c.sys += sys.length;
  const overlaps = (a, b) => a.start < b.e && b.s < a.end;
  for (const g of gold) {
    if (g.value.endsWith("_REF")) c.ref++;
    const t = (perType[g.label] ??= { gold: 0, strict: 0, relaxed: 0, value: 0 });
    t.gold++;
    const strict = sys.find((s) => s.s === g.start && s.e === g.end);
    const relaxed = strict ?? sys.find((s) => overlaps(g, s));
    if (strict) (c.strictG++, t.strict++);
    if (relaxed) {
      c.relaxedG++;
      t.relaxed++;
      if (relaxed.value === g.value) (c.valueOk++, t.value++);
      else {
        const cause = valueCause(g.value, relaxed.value, g.text);
        causes.set(cause, (causes.get(cause) ?? 0) + 1);
        errors.push(`value ${doc.id} ${JSON.stringify(g.text)} gold ${g.value} got ${relaxed.value} (${JSON.stringify(relaxed.text)}, dct ${doc.dct}) [${cause}]`);
      }
      if (typeOf(relaxed) === g.label) c.typeOk++;
    } else errors.push(`miss  ${doc.id} ${g.label} ${JSON.stringify(g.text)} ${g.value}`);
  }
  for (const g of gold) {
    const t = byType[g.label];
    if (!t) continue;
    t.gold++;
    const same = sys.filter((s) => typeOf(s) === g.label);
    const strict = same.find((s) => s.s === g.start && s.e === g.end);
    const relaxed = strict ?? same.find((s) => overlaps(g, s));
    if (strict) t.strictG++;
    if (relaxed) (t.relaxedG++, relaxed.value === g.value && t.value++);
  }
  for (const s of sys) {
    const t = byType[typeOf(s)];
    if (t) {
      const same = gold.filter((g) => g.label === typeOf(s));
      if (same.some((g) => g.start === s.s && g.end === s.e)) t.strictS++;
      if (same.some((g) => overlaps(g, s))) t.relaxedS++;
    }
    if (gold.some((g) => g.start === s.s && g.end === s.e)) c.strictS++;
    if (gold.some((g) => overlaps(g, s))) c.relaxedS++;
    else errors.push(`extra ${doc.id} ${JSON.stringify(s.text)} ${s.value}`);
  }
}

const f1 = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);
const pct = (x) => (100 * x).toFixed(1).padStart(5);
const line = (name, tpS, tpG) => {
  const p = tpS / c.sys, r = tpG / c.gold;
  console.log(`${name.padEnd(8)} P ${pct(p)}  R ${pct(r)}  F1 ${pct(f1(p, r))}`);
};
if (showErrors) {
  for (const e of errors.sort()) console.log(e);
  console.log("wrong values by cause (relaxed matches):");
  for (const [cause, n] of [...causes].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${cause}`);
}
console.log(`TempEval-3 timex extraction: ${docs.length} documents, ${c.gold} gold, ${c.sys} found (${file})`);
line("strict", c.strictS, c.strictG);
line("relaxed", c.relaxedS, c.relaxedG);
const vp = c.valueOk / c.sys, vr = c.valueOk / c.gold;
console.log(`value    P ${pct(vp)}  R ${pct(vr)}  F1 ${pct(f1(vp, vr))}   accuracy on relaxed matches ${pct(c.valueOk / c.relaxedG)}`);
console.log(`type     accuracy on relaxed matches ${pct(c.typeOk / c.relaxedG)}`);
{
  // "now", "currently", "recently" (PRESENT_REF, PAST_REF, FUTURE_REF) are left out on purpose.
  const gold = c.gold - c.ref;
  const p = c.strictS / c.sys, r = c.strictG / gold, vp = c.valueOk / c.sys, vr = c.valueOk / gold;
  console.log(`without the ${c.ref} gold *_REF expressions: strict F1 ${pct(f1(p, r))}, value F1 ${pct(f1(vp, vr))}`);
}
console.log("per gold type: recall strict / relaxed, value accuracy on relaxed matches (any type found)");
for (const [type, t] of Object.entries(perType).sort()) {
  console.log(`  ${type.padEnd(9)} ${String(t.gold).padStart(5)}  ${pct(t.strict / t.gold)} / ${pct(t.relaxed / t.gold)}  value ${pct(t.relaxed ? t.value / t.relaxed : 0)}`);
}
console.log("per TIMEX3 type, the type found must match: gold, found, strict F1, relaxed P/R/F1, value F1");
for (const type of TYPES) {
  const t = byType[type];
  const ratio = (a, b) => (b ? a / b : 0);
  const strictF = f1(ratio(t.strictS, t.sys), ratio(t.strictG, t.gold));
  const [rp, rr] = [ratio(t.relaxedS, t.sys), ratio(t.relaxedG, t.gold)];
  const valueF = f1(ratio(t.value, t.sys), ratio(t.value, t.gold));
  console.log(`  ${type.padEnd(9)} ${String(t.gold).padStart(5)} ${String(t.sys).padStart(5)}  strict F1 ${pct(strictF)}  relaxed P ${pct(rp)} R ${pct(rr)} F1 ${pct(f1(rp, rr))}  value F1 ${pct(valueF)}`);
}
