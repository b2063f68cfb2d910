// Scores the whole pipeline on OntoNotes 5.0 dev: exact span + label precision, recall and F1 per
// label (over all documents, then over those with any entity), per genre and over all 18 labels
// (TITLE, newsmark's own label, is left out), plus a looser "any overlap with the right label"
// figure. Runs the release CLI in --jsonl mode; skips (exit 0) when the data is absent; the data
// is never copied anywhere.
//
//   node scripts/eval-ontonotes.mjs [dev.jsonl] [--labels L1,L2] [--genre G1,G2] [--errors]
// --labels scores only those labels (gold and found); --genre only the documents of those genres
// (nw, bn, mz, bc, tc, wb); --errors lists misses ("miss") and spurious finds ("extra") with their
// context on stderr, one per line, for diffing two runs.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = new URL("..", import.meta.url);
const args = process.argv.slice(2);
const showErrors = args.includes("--errors");
const listArg = (flag) => (args.includes(flag) ? new Set(args[args.indexOf(flag) + 1].split(",")) : null);
const only = listArg("--labels");
const genres = listArg("--genre");
const data = process.env.NEWSMARK_DATA ?? fileURLToPath(new URL("../shared/data", root));
const file =
  args.find((a, i) => !a.startsWith("--") && !["--labels", "--genre"].includes(args[i - 1])) ??
  `${data}/ontonotes/dev.jsonl`;
if (!existsSync(file)) {
  console.log(`eval-ontonotes: skipped, no OntoNotes data at ${file} (pass a path or set NEWSMARK_DATA)`);
  process.exit(0);
}
const cli = fileURLToPath(new URL("target/release/newsmark", root));
if (!existsSync(cli)) {
  console.error(`eval-ontonotes: ${cli} is missing; run cargo build --release first`);
  process.exit(2);
}

const docs = readFileSync(file, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l))
  .filter((d) => !genres || genres.has(d.genre));
const input = docs.map((d) => JSON.stringify({ id: d.id, text: d.text })).join("\n");
const started = Date.now();
const run = spawnSync(cli, ["--jsonl", "--compact"], { input, maxBuffer: 1 << 30 });
if (run.status !== 0) {
  console.error(`eval-ontonotes: the CLI failed: ${run.stderr}`);
  process.exit(2);
}
const seconds = (Date.now() - started) / 1000;
const results = new Map(
  run.stdout.toString().split("\n").filter(Boolean).map((l) => {
    const r = JSON.parse(l);
    return [r.id, r];
  }),
);

const scored = (label) => label !== "TITLE" && (!only || only.has(label));
const tally = () => ({ tp: 0, gold: 0, sys: 0, overlapTp: 0, overlapFound: 0 });
const byLabel = {}, byGenre = {}, all = tally();
// Some documents carry no entity at all (most of wb's "sel" web texts): left unannotated, not
// free of names. Every find there counts as a false alarm above; this tally leaves them out, and
// so does the second per-label table (`byLabelAnnotated`).
const annotated = tally();
const byLabelAnnotated = {};
const errors = [];
for (const doc of docs) {
  // Gold offsets are code points; ours are UTF-16 units.
  const cp = [];
  let n = 0;
  for (const ch of doc.text) {
    for (let k = 0; k < ch.length; k++) cp.push(n);
    n++;
  }
  cp.push(n);
  const sys = results.get(doc.id).entities
    .filter((e) => scored(e.label))
    .map((e) => ({ label: e.label, text: e.text, start: cp[e.start], end: cp[e.end] }));
  const gold = doc.entities.filter((e) => scored(e.label));
  const key = (e) => `${e.start}:${e.end}:${e.label}`;
  const goldKeys = new Set(gold.map(key));
  const sysKeys = new Set(sys.map(key));
  const genre = (byGenre[doc.genre] ??= tally());
  const overlaps = (a, b) => a.label === b.label && a.start < b.end && b.start < a.end;
  const context = (e) => JSON.stringify(doc.text.slice(Math.max(0, e.start - 30), e.end + 30));
  const tallies = doc.entities.length ? [all, genre, annotated] : [all, genre];
  for (const t of tallies) (t.gold += gold.length), (t.sys += sys.length);
  // Only documents with an entity have gold ones, so this label's gold and hits are the same there.
  const labelTallies = (label) => {
    const ls = [(byLabel[label] ??= tally())];
    if (doc.entities.length) ls.push((byLabelAnnotated[label] ??= tally()));
    return ls;
  };
  for (const g of gold) {
    const ls = labelTallies(g.label);
    for (const l of ls) l.gold++;
    const hit = sysKeys.has(key(g));
    const near = hit || sys.some((s) => overlaps(g, s));
    for (const t of [...tallies, ...ls]) (t.tp += hit), (t.overlapFound += near);
    if (!hit) {
      const got = sys.filter((s) => s.start < g.end && g.start < s.end).map((s) => `${s.label} ${JSON.stringify(s.text)}`);
      errors.push(`miss  ${g.label.padEnd(11)} ${JSON.stringify(g.text)} got [${got.join(", ")}] in ${doc.id}: ${context(g)}`);
    }
  }
  for (const s of sys) {
    const ls = labelTallies(s.label);
    for (const l of ls) l.sys++;
    const near = gold.some((g) => overlaps(g, s));
    for (const t of [all, genre, ...ls]) t.overlapTp += near;
    if (!goldKeys.has(key(s))) errors.push(`extra ${s.label.padEnd(11)} ${JSON.stringify(s.text)} in ${doc.id}: ${context(s)}`);
  }
}

const f1 = (p, r) => (p + r ? (2 * p * r) / (p + r) : 0);
const fmt = (x) => x.toFixed(3);
const row = (name, t) => {
  const p = t.sys ? t.tp / t.sys : 0, r = t.gold ? t.tp / t.gold : 0;
  return `${name.padEnd(12)} ${String(t.gold).padStart(6)} ${String(t.sys).padStart(6)}   P ${fmt(p)}  R ${fmt(r)}  F1 ${fmt(f1(p, r))}`;
};
if (showErrors) for (const e of errors.sort()) console.error(e);
const mb = Buffer.byteLength(input) / 1e6;
const genreNote = genres ? `, genres ${[...genres].join(",")}` : "";
console.log(`OntoNotes dev: ${docs.length} documents${genreNote}, exact span and label (${file}; CLI ${seconds.toFixed(1)} s)`);
console.log(`${"label".padEnd(12)} ${"gold".padStart(6)} ${"found".padStart(6)}`);
for (const [label, t] of Object.entries(byLabel).sort((a, b) => b[1].gold - a[1].gold)) console.log(row(label, t));
console.log("per label, documents with any entity only:");
for (const [label, t] of Object.entries(byLabelAnnotated).sort((a, b) => b[1].gold - a[1].gold)) console.log(row(label, t));
console.log("per genre:");
for (const [genre, t] of Object.entries(byGenre).sort()) console.log(row(genre, t));
console.log(row("overall", all));
console.log(row("annotated", annotated) + `   (the ${docs.filter((d) => d.entities.length).length} documents with any entity)`);
const op = all.overlapTp / all.sys, or = all.overlapFound / all.gold;
console.log(`${"any overlap".padEnd(12)} (right label)   P ${fmt(op)}  R ${fmt(or)}  F1 ${fmt(f1(op, or))}`);
