// The page: wires the editable article, the worker extraction, the in-place highlights, the
// legend, the entity list, tooltips and exports. Uses only newsmark's public API (../pkg/).
import { annotate, highlightsSupported } from "../pkg/index.js";
import { createEditor } from "./editor.js";
import { createExtraction } from "./extraction.js";
import { renderLegend } from "./legend.js";
import { renderEntities } from "./entity-list.js";
import { createTooltip } from "./tooltip.js";
import { render, uncertain } from "./render.js";
import { exportHtml, exportJson, exportTimeML } from "./export.js";

const SAMPLES = ["kremlin-lamentable-ties-2021-12-06.txt", "white-house-video-call-2021-12-05.txt"];
const $ = (id) => document.getElementById(id);
const els = {
  editor: $("editor"), reader: $("reader"), status: $("status"), progress: $("progress"), date: $("reference-date"),
  dateNote: $("reference-note"), names: $("show-names"), legend: $("legend"), entities: $("entities"),
  order: $("entity-order"),
};
const tooltip = createTooltip($("tooltip"));
const canHighlight = highlightsSupported();

const state = {
  text: "", doc: { entities: [], canonical: [], reference_date: null }, handle: null,
  hidden: new Set(), dateSource: null, step: new Map(), revision: 0, fills: 0, progressTimer: 0, edits: 0,
};

const editor = createEditor(els.editor, { onChange: schedule, onFile: loadText, onStatus: (s) => (els.status.textContent = s) });
const extraction = createExtraction({ onStart, onProgress, onDone, onError });

/**
 * A performance mark, the latest of its name only (bench/first-highlight.mjs reads them: where a
 * paste's time goes). Kept one per name, so a long session does not pile them up.
 */
function mark(name) {
  performance.clearMarks(name);
  performance.mark(name);
}

function options() {
  return els.date.value && state.dateSource !== "article" ? { referenceDate: els.date.value } : {};
}

function schedule() {
  document.body.dataset.state = "working";
  extraction.request(editor.text(), options(), ++state.edits);
}

function onStart(job) {
  mark("page:sent");
  clearTimeout(state.progressTimer);
  els.progress.removeAttribute("value"); // indeterminate until the first report
  state.progressTimer = setTimeout(() => {
    els.progress.hidden = false;
    els.status.textContent = `Finding entities in ${Math.round(job.text.length / 1024)} KB of text…`;
  }, 150);
}

/** The bar fills as the worker reads a long text (one report per 64 KB). */
function onProgress(job, fraction) {
  els.progress.value = fraction;
}

function onDone(job, doc, ms) {
  mark("page:result");
  clearTimeout(state.progressTimer);
  els.progress.hidden = true;
  if (job.edit !== state.edits) return; // the text changed meanwhile: a newer job is waiting
  apply(job.text, doc);
  const n = doc.entities.length;
  els.status.textContent = job.text ? `${n} ${n === 1 ? "entity" : "entities"}, ${doc.canonical.length} distinct · ${ms.toFixed(0)} ms` : "";
  document.body.dataset.state = "ready";
}

function onError(job, error) {
  clearTimeout(state.progressTimer);
  els.progress.hidden = true;
  els.status.textContent = error.message;
  document.body.dataset.state = "ready";
}

function apply(text, doc) {
  state.text = text;
  state.doc = doc;
  state.step.clear();
  if (doc.reference_date?.source === "article" && (state.dateSource === null || state.dateSource === "article")) {
    els.date.value = doc.reference_date.date;
    state.dateSource = "article";
  } else if (state.dateSource === "article" && doc.reference_date?.source !== "article") {
    els.date.value = "";
    state.dateSource = null;
  }
  showDateSource();
  drawText();
  // The highlights are painted first; the side panels (legend, entity list) are filled the frame
  // after, so the first marks do not wait for them (docs/PERFORMANCE.md, "First highlight, round
  // 3"). The revision says the whole result is shown, panels too; a newer result supersedes.
  const fill = ++state.fills;
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (fill !== state.fills) return;
      fillPanels();
      document.body.dataset.revision = String(++state.revision);
    }),
  );
}

function redraw() {
  drawText();
  fillPanels();
}

/** The highlights in the editor (or the marks in the read-only copy). */
function drawText() {
  const { text, doc, hidden } = state;
  state.handle?.remove();
  state.handle = null;
  CSS.highlights?.delete("page-current");
  CSS.highlights?.delete("page-uncertain");
  if (canHighlight) {
    const labels = [...new Set(doc.entities.map((e) => e.label))].filter((l) => !hidden.has(l));
    state.handle = annotate(els.editor, { ...editor.read, mode: "highlight", doc, labels });
    mark("page:highlights");
    // Highlights cannot be made transparent: a veil of the page's colour over unsure names fades them.
    const unsure = state.handle.ranges.filter((r) => uncertain(r.entity)).map((r) => r.range);
    if (unsure.length) {
      const veil = new Highlight(...unsure);
      veil.priority = 1;
      CSS.highlights.set("page-uncertain", veil);
    }
  }
  if (!els.reader.hidden) els.reader.replaceChildren(render(text, doc, { hidden }));
}

function fillPanels() {
  renderLegend(els.legend, state.doc, state.hidden, toggleLabel);
  renderEntities(els.entities, state.doc, state.hidden, stepThrough, els.order.value);
}

function toggleLabel(label) {
  if (!state.hidden.delete(label)) state.hidden.add(label);
  redraw();
  els.legend.querySelector(`[data-label="${label}"]`)?.focus();
}

/** Highlights and scrolls to the next mention of a canonical entity. */
function stepThrough(canonical) {
  const i = ((state.step.get(canonical.id) ?? -1) + 1) % canonical.mentions.length;
  state.step.set(canonical.id, i);
  const entity = state.doc.entities[canonical.mentions[i]];
  let rect;
  if (!els.reader.hidden) {
    const mark = els.reader.querySelector(`mark[data-index="${canonical.mentions[i]}"]`);
    els.reader.querySelectorAll("mark.current").forEach((m) => m.classList.remove("current"));
    mark?.classList.add("current");
    mark?.scrollIntoView({ block: "center" });
    rect = mark?.getBoundingClientRect();
  } else if (state.handle) {
    const parts = state.handle.ranges.filter((r) => r.entity === entity).map((r) => r.range);
    if (!parts.length) return;
    const range = document.createRange();
    range.setStart(parts[0].startContainer, parts[0].startOffset);
    range.setEnd(parts.at(-1).endContainer, parts.at(-1).endOffset);
    CSS.highlights.set("page-current", new Highlight(range));
    const box = range.getBoundingClientRect();
    if (box.top < 0 || box.bottom > innerHeight) scrollBy({ top: box.top - innerHeight / 3 });
    rect = range.getBoundingClientRect();
  }
  if (rect) tooltip.show(entity, state.doc, rect);
  els.status.textContent = `${canonical.name}: mention ${i + 1} of ${canonical.mentions.length}`;
}

function showDateSource() {
  const notes = { file: "from the file name", you: "set by you", article: "found in the article" };
  els.dateNote.textContent = els.date.value ? `(${notes[state.dateSource] ?? "set"})` : "(none: relative dates stay unresolved)";
}

function loadText(name, text) {
  const date = name.match(/(\d{4}-\d{2}-\d{2})/);
  els.date.value = date ? date[1] : "";
  state.dateSource = date ? "file" : null;
  showDateSource();
  editor.setText(text);
}

let sampleIndex = 0;
async function loadSample() {
  const name = SAMPLES[sampleIndex++ % SAMPLES.length];
  const response = await fetch(`samples/${name}`);
  if (!response.ok) {
    els.status.textContent = `Cannot load ${name}: HTTP ${response.status}`;
    return;
  }
  loadText(name, await response.text());
}

// Tooltips: under the pointer, and at the caret (so the keyboard reaches every entity).
function entityAtPoint(x, y) {
  const pos = document.caretPositionFromPoint?.(x, y);
  const node = pos ? pos.offsetNode : document.caretRangeFromPoint?.(x, y)?.startContainer;
  const offset = pos ? pos.offset : document.caretRangeFromPoint?.(x, y)?.startOffset;
  return node && state.handle ? state.handle.entityAt(node, offset) : null;
}
function rectOf(entity) {
  const r = state.handle?.ranges.find((x) => x.entity === entity);
  return r?.range.getBoundingClientRect();
}
let pointerFrame = 0;
els.editor.addEventListener("pointermove", (event) => {
  cancelAnimationFrame(pointerFrame);
  pointerFrame = requestAnimationFrame(() => {
    const entity = entityAtPoint(event.clientX, event.clientY);
    if (entity) tooltip.show(entity, state.doc, rectOf(entity));
    else tooltip.hide();
  });
});
els.editor.addEventListener("pointerleave", () => tooltip.hide());
document.addEventListener("selectionchange", () => {
  const selection = getSelection();
  if (!selection.isCollapsed || !els.editor.contains(selection.anchorNode) || !state.handle) return;
  const entity = state.handle.entityAt(selection.anchorNode, selection.anchorOffset);
  if (entity) tooltip.show(entity, state.doc, rectOf(entity));
  else tooltip.hide();
});
els.editor.addEventListener("blur", () => tooltip.hide());
for (const kind of ["mouseover", "focusin"]) {
  els.reader.addEventListener(kind, (event) => {
    const mark = event.target.closest?.("mark[data-index]");
    if (mark) tooltip.show(state.doc.entities[Number(mark.dataset.index)], state.doc, mark.getBoundingClientRect());
  });
}
els.reader.addEventListener("mouseleave", () => tooltip.hide());
els.reader.addEventListener("focusout", () => tooltip.hide());
document.addEventListener("keydown", (event) => event.key === "Escape" && tooltip.hide());

function showNames(on) {
  els.reader.hidden = !on;
  els.editor.hidden = on && canHighlight;
  tooltip.hide();
  redraw();
}

els.date.addEventListener("change", () => {
  state.dateSource = els.date.value ? "you" : null;
  showDateSource();
  schedule();
});
els.names.addEventListener("change", () => showNames(els.names.checked));
els.order.addEventListener("change", () => renderEntities(els.entities, state.doc, state.hidden, stepThrough, els.order.value));
$("load-sample").addEventListener("click", loadSample);
$("export-json").addEventListener("click", () => exportJson(state.text, state.doc));
$("export-html").addEventListener("click", () => exportHtml(state.text, state.doc, state.hidden));
$("export-timeml").addEventListener("click", () =>
  exportTimeML(state.text, state.doc).catch((e) => (els.status.textContent = e.message)),
);

if (!canHighlight) {
  // No CSS Custom Highlight API: the editor stays plain and a read-only copy shows the highlights.
  els.names.checked = true;
  els.names.disabled = true;
  showNames(true);
}
showDateSource();
els.status.textContent = "";
document.body.dataset.state = "ready";
document.body.dataset.ready = "true";
mark("page:ready");
