/** An entity type: OntoNotes labels plus TITLE. */
export type Label =
  | "PERSON" | "NORP" | "FAC" | "ORG" | "GPE" | "LOC" | "PRODUCT" | "EVENT" | "WORK_OF_ART"
  | "LAW" | "LANGUAGE" | "DATE" | "TIME" | "PERCENT" | "MONEY" | "QUANTITY" | "ORDINAL"
  | "CARDINAL" | "TITLE";

/**
 * A normalised value: a TimeML string for DATE/TIME ("2021-12-07"), a number for
 * CARDINAL/ORDINAL/PERCENT, {amount, currency} for MONEY, {amount, unit} for QUANTITY.
 */
export type Value = string | number | { amount: number; currency: string } | { amount: number; unit: string };

export interface Entity {
  /** The mention as it appears: always `text.slice(start, end)`. */
  text: string;
  label: Label;
  /** UTF-16 code units, for String.prototype.slice and DOM ranges. */
  start: number;
  end: number;
  /** UTF-8 byte offsets. */
  byte_start: number;
  byte_end: number;
  value?: Value;
  /** For dates and times with a TimeML value: its TIMEX3 type (a length is a DURATION). */
  timex_type?: TimexType;
  /**
   * For a length that points at a day ("three days later", "a week earlier", "four days from
   * now"), whose `value` is the length ("P3D"): the day it points to ("2021-12-09"), counted
   * from the reference date ("from now", "in") or the last day named before it ("later").
   */
  points_to?: string;
  /** Index into Document.canonical. */
  entity_id: number;
  /** Which rule found it, e.g. "date/day-month-year". */
  rule: string;
  /**
   * For names the statistical tagger found: how likely the mention is exactly right (span and
   * label), in [0, 1], calibrated on CoNLL-2003 dev (of names at 0.9, about 90 % are right).
   * Absent on mentions found by rules (dates, amounts, titles, acronyms, your entries).
   */
  confidence?: number;
}

/** TimeML's TIMEX3 types. */
export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

export interface CanonicalEntity {
  id: number;
  label: Label;
  /** The fullest name among the mentions. */
  name: string;
  /** Indices into Document.entities. */
  mentions: number[];
  /** For people: the role a title beside a mention gives them, e.g. {title: "spokesperson", of: "Kremlin"}. */
  role?: Role;
  /**
   * How much the article is about this entity, in [0, 1]: mentions, headline and first
   * paragraph, label (formula in docs/DESIGN.md). Sort by it, highest first.
   */
  salience: number;
}

export interface Role {
  /** The title as written ("President", "Press Secretary"). */
  title: string;
  /** The organisation, place or people named just before the title ("Kremlin", "US"). */
  of?: string;
}

export interface Document {
  entities: Entity[];
  canonical: CanonicalEntity[];
  reference_date: { date: string; source: "options" | "article" } | null;
}

export interface Options {
  /** ISO date (YYYY-MM-DD) that relative dates resolve against. */
  referenceDate?: string;
  /** Return only these labels. */
  labels?: Label[];
  /** Numeric dates that read both ways ("12/06/2021"): true = day first, false = month first; unset = decided per text. */
  dayFirst?: boolean;
  /**
   * Your own phrases: matched case-folded, as whole words, leftmost-longest. They win every
   * overlap with the built-in rules. The entity's `rule` is "custom/entry" or "custom/entry:<id>".
   */
  entries?: CustomEntry[];
  /**
   * Your own regular expressions (Rust `regex` syntax as regex-lite reads it: ASCII `\w` `\d` `\b`, no `\p{…}`, no look-around or back-references; linear
   * time). They win every overlap with built-in rules; on equal spans, entries win over patterns.
   * The entity's `rule` is "custom/pattern" or "custom/pattern:<id>".
   */
  patterns?: CustomPattern[];
  /** Mark dates and times as TimeML (TempEval-3) does rather than as OntoNotes does. */
  timeml?: boolean;
  /**
   * Drop names whose `confidence` is below this, a number in [0, 1] (anything else, NaN
   * included, is NEWSMARK_INVALID_OPTIONS). Mentions without a confidence are always kept.
   */
  minConfidence?: number;
}

export interface CustomEntry {
  text: string;
  label: Label;
  /** Mentions with the same id and label form one canonical entity. */
  id?: string;
}

export interface CustomPattern {
  /** e.g. "\\bINC-\\d{4}\\b" */
  pattern: string;
  label: Label;
  id?: string;
}

/**
 * The `code` of every error newsmark throws or rejects with; tell errors apart by it (messages
 * may change, codes do not).
 * - `NEWSMARK_NOT_INITIALISED`: extract(), Extractor, labels() or annotate() before `await init()`.
 * - `NEWSMARK_LOAD_FAILED`: init() could not fetch or compile the wasm (the cause is `cause`).
 * - `NEWSMARK_INVALID_TEXT`: a text that is not a string (a TypeError).
 * - `NEWSMARK_INPUT_TOO_LARGE`: a text above 64 MiB of UTF-8 (a RangeError).
 * - `NEWSMARK_INVALID_OPTIONS`: an unknown option (`refDate`), a value of the wrong type, an
 *   onProgress that is not a function, a bad `mode` or `include`.
 * - `NEWSMARK_UNKNOWN_LABEL`: a label outside labels(), in `labels`, `entries` or `patterns`.
 * - `NEWSMARK_INVALID_REFERENCE_DATE`: a referenceDate that is not an ISO date (YYYY-MM-DD).
 * - `NEWSMARK_INVALID_ENTRY`: an entry that cannot be used (empty text).
 * - `NEWSMARK_INVALID_PATTERN`: a pattern that does not compile or is too large.
 * - `NEWSMARK_INTERNAL`: a panic inside the wasm (the module restarts; the next call works).
 * - `NEWSMARK_WORKER_FAILED`: the worker could not start or crashed.
 * - `NEWSMARK_WORKER_TERMINATED`: the worker was terminated before answering.
 * - `NEWSMARK_INVALID_ELEMENT`: annotate() got no Element (a TypeError), or an editable one
 *   without `include: ["contenteditable"]`.
 * - `NEWSMARK_ALREADY_ANNOTATED`: annotate() on an element whose annotation was not removed.
 * - `NEWSMARK_DOC_MISMATCH`: annotate()'s `doc` was not extracted from the element's text, or toTimeML()'s `doc` does not fit its text.
 * - `NEWSMARK_HIGHLIGHTS_UNSUPPORTED`: mode "highlight" where CSS.highlights is missing.
 */
export type ErrorCode =
  | "NEWSMARK_NOT_INITIALISED"
  | "NEWSMARK_LOAD_FAILED"
  | "NEWSMARK_INVALID_TEXT"
  | "NEWSMARK_INPUT_TOO_LARGE"
  | "NEWSMARK_INVALID_OPTIONS"
  | "NEWSMARK_UNKNOWN_LABEL"
  | "NEWSMARK_INVALID_REFERENCE_DATE"
  | "NEWSMARK_INVALID_ENTRY"
  | "NEWSMARK_INVALID_PATTERN"
  | "NEWSMARK_INTERNAL"
  | "NEWSMARK_WORKER_FAILED"
  | "NEWSMARK_WORKER_TERMINATED"
  | "NEWSMARK_INVALID_ELEMENT"
  | "NEWSMARK_ALREADY_ANNOTATED"
  | "NEWSMARK_DOC_MISMATCH"
  | "NEWSMARK_HIGHLIGHTS_UNSUPPORTED";

/** What newsmark throws: an Error (TypeError, RangeError where said above) whose message starts
 * with "newsmark:", with a stable `code`. An exception from your onProgress is rethrown as is. */
export type NewsmarkError = Error & { code: ErrorCode };

/** Loads the wasm module; call (and await) once before anything else. */
export function init(source?: BufferSource | Response | WebAssembly.Module | URL | string): Promise<void>;
/** Called after each 64 KB of text read, with the fraction read so far (0 < fraction <= 1). */
export type ProgressCallback = (fraction: number) => void;
export function extract(text: string, options?: Options & { onProgress?: ProgressCallback }): Document;
/** One segment (64 KB of text) of an extraction: where it lies, and the entities starting in it. */
export interface Segment {
  /** UTF-16 offsets of the segment in the whole text. */
  start: number;
  end: number;
  /** UTF-8 byte offsets of the segment. */
  byte_start: number;
  byte_end: number;
  /** Sorted, with offsets into the whole text. */
  entities: Entity[];
}
/** The segments of one extraction, iterable once; the whole text's canonical entities up front. */
export interface Segments extends Iterable<Segment> {
  canonical: CanonicalEntity[];
  reference_date: Document["reference_date"];
  /** Frees the wasm memory still held (done when iteration ends). */
  free(): void;
}
/** extract(), one segment at a time: together the segments' entities are extract()'s. */
export function extractSegments(text: string, options?: Options): Segments;
/**
 * An extraction as typed-array columns, one row per entity in text order, and a table of the
 * distinct strings they index (0xFFFFFFFF, past the table's end, is absent).
 * Iterating it, or entity(i), makes the objects extract() gives, one at a time.
 */
export class CompactResult implements Iterable<Entity> {
  /** The text extracted from; entity `i` is `text.slice(starts[i], ends[i])`. */
  readonly text: string;
  /** How many entities. */
  readonly length: number;
  /** UTF-16 offsets (end exclusive). */
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  /** UTF-8 byte offsets (end exclusive). */
  readonly byteStarts: Uint32Array;
  readonly byteEnds: Uint32Array;
  /** Indices into `labelNames`. */
  readonly labels: Uint8Array;
  /** Indices of the canonical entities (`entity_id`). */
  readonly entityIds: Uint32Array;
  /** The value's kind: 0 none, 1 a TIMEX3 value (string), 2 a number, 3 money, 4 a quantity. */
  readonly valueKinds: Uint8Array;
  /**
   * The number or the amount of money or quantity where `valueKinds` is 2 to 4, the confidence
   * elsewhere (no entity has both); NaN when none. `amounts` and `confidences` split it.
   */
  readonly numbers: Float64Array;
  /** The number, or the amount of money or quantity (NaN for the other kinds); made on first use. */
  readonly amounts: Float64Array;
  /** Indices into `strings`: the TIMEX3 value, the currency or the unit. */
  readonly valueStrings: Uint32Array;
  /** Indices into `strings`: the rule. */
  readonly rules: Uint32Array;
  /** The TIMEX3 type: 0 none, else 1 + its index in `timexTypeStrings`. */
  readonly timexTypeIds: Uint8Array;
  /** Indices into `strings` of "DATE", "TIME", "DURATION" and "SET" (0xFFFFFFFF for one no entity has). */
  readonly timexTypeStrings: Uint32Array;
  /** Indices into `strings`: the TIMEX3 type and the day a length points to; made on first use. */
  readonly timexTypes: Uint32Array;
  readonly pointsTo: Uint32Array;
  /** The entities that have a `points_to`, ascending, and its index into `strings` for each. */
  readonly pointing: Uint32Array;
  readonly pointsToStrings: Uint32Array;
  /** NaN where an entity has no confidence; made on first use. */
  readonly confidences: Float64Array;
  /** Every label name, as labels() gives them. */
  readonly labelNames: Label[];
  /** The distinct strings the columns index. */
  readonly strings: string[];
  readonly reference_date: Document["reference_date"];
  /** How many canonical entities; their columns below, one row each. */
  readonly canonicalCount: number;
  readonly canonicalLabels: Uint8Array;
  /** Indices into `strings`: the name, the role's title and its `of`. */
  readonly canonicalNames: Uint32Array;
  readonly roleTitles: Uint32Array;
  readonly roleOfs: Uint32Array;
  readonly salience: Float64Array;
  /**
   * Canonical entity `c`'s mentions are `mentions[mentionStarts[c]]` up to `mentions[mentionStarts[c + 1]]`
   * (the entities whose `entityIds` is `c`, in text order; made on first use).
   */
  readonly mentionStarts: Uint32Array;
  readonly mentions: Uint32Array;
  /** Entity `i` as extract() gives it. */
  entity(i: number): Entity;
  /** Canonical entity `i` as extract() gives it. */
  canonical(i: number): CanonicalEntity;
  [Symbol.iterator](): Iterator<Entity>;
  /** The whole result as objects, equal to extract()'s. */
  toDocument(): Document;
}
/** extract() in the compact form: the same entities, as columns (see CompactResult). */
export function extractCompact(text: string, options?: Options & { onProgress?: ProgressCallback }): CompactResult;
export class Extractor {
  constructor(options?: Options);
  extract(text: string, call?: { onProgress?: ProgressCallback }): Document;
  /** extractCompact() with this extractor's options. */
  extractCompact(text: string, call?: { onProgress?: ProgressCallback }): CompactResult;
  /** extractSegments() with this extractor's options. */
  segments(text: string): Segments;
  free(): void;
}
export function labels(): Label[];
/**
 * `doc` and the `text` it was extracted from as a TimeML document (XML string): dates and times
 * inline as `<TIMEX3 tid type value>`, XML-escaped; throws when `doc` does not fit `text`.
 */
export function toTimeML(text: string, doc: Document): string;

/** Options of annotate(): how to draw, what to read, and the extraction options. */
export interface AnnotateOptions extends Options {
  /** "marks" (default) wraps mentions in <mark class="newsmark">; "highlight" uses CSS.highlights, changing no DOM. */
  mode?: "marks" | "highlight";
  /** Read these too, skipped by default (script, style, form fields are never read). */
  include?: Array<"code" | "pre" | "kbd" | "samp" | "contenteditable">;
  /** What separates blocks in the text read (default "\n\n"). */
  blockSeparator?: string;
  /** Reuse an Extractor (its options apply instead of these). */
  extractor?: Extractor;
  /** A Document already extracted from textOf(element, options), e.g. in a worker. */
  doc?: Document;
}

/** A highlighted entity range (highlight mode). */
export interface EntityRange {
  range: Range;
  entity: Entity;
  index: number;
}

export interface Annotation {
  mode: "marks" | "highlight";
  /** The text read from the element; entity offsets index into it. */
  text: string;
  doc: Document;
  /** The entities drawn (an entity a block boundary cuts is not). */
  entities: Entity[];
  /** marks mode: every <mark>; fragments of one mention share data-ent-id. */
  marks: HTMLElement[];
  /** highlight mode: the ranges. */
  ranges: EntityRange[];
  /** The entity drawn at a DOM position, or null. */
  entityAt(node: Node, offset: number): Entity | null;
  /** Restores the element exactly (same nodes, same innerHTML); idempotent. */
  remove(): void;
}

/** Highlights the entities of `element`'s text in place. */
export function annotate(element: Element, options?: AnnotateOptions): Annotation;
/** The text annotate() reads from `element`. */
export function textOf(element: Element, options?: Pick<AnnotateOptions, "include" | "blockSeparator">): string;
/** True when the CSS Custom Highlight API is available. */
export function highlightsSupported(view?: Window): boolean;

/**
 * Where createWorker() gets its worker: `url`, where worker.js is served if not beside index.js;
 * or `worker`, a Worker already running worker.js (`{ type: "module" }`), to adopt rather than
 * start one: a page's first script can start it while the rest loads. An error that worker
 * raised before it was adopted is not seen: check it first. Not both.
 */
export type WorkerOptions = { url?: string | URL; worker?: never } | { worker: Worker; url?: never };

/** Runs extract() in a module Web Worker. */
export class NewsmarkWorker {
  constructor(options?: WorkerOptions);
  extract(text: string, options?: Options & { onProgress?: ProgressCallback }): Promise<Document>;
  /** extractCompact() in the worker; the arrays are transferred, not copied. */
  extractCompact(text: string, options?: Options & { onProgress?: ProgressCallback }): Promise<CompactResult>;
  readonly pending: number;
  terminate(): void;
}
export function createWorker(options?: WorkerOptions): NewsmarkWorker;

/** The normalised value as text: "2021-12-07", "4500000000 USD". */
export function valueText(value: Value | undefined): string;
/** A canonical entity's role as text: "spokesperson, Kremlin", "President"; "" without one. */
export function roleText(canonical: CanonicalEntity | undefined): string;
/** A name's confidence as a percentage ("87 %"); "" for a mention without one (found by a rule). */
export function confidenceText(entity: Entity | undefined): string;
/** [name, value] rows describing an entity: Label, Value, Entity, Role, Confidence. */
export function details(entity: Entity, doc: Document): Array<[string, string]>;
/** One line: "DATE · 2021-12-07 · December 7 (2 mentions)". */
export function describe(entity: Entity, doc: Document): string;
/** displaCy's colours by label. */
export const PALETTE: Record<Label, string>;
