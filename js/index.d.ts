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
  /** Index into Document.canonical. */
  entity_id: number;
  /** Which rule found it, e.g. "date/day-month-year". */
  rule: string;
}

export interface CanonicalEntity {
  id: number;
  label: Label;
  /** The fullest name among the mentions. */
  name: string;
  /** Indices into Document.entities. */
  mentions: number[];
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
}

/** Loads the wasm module; call (and await) once before anything else. */
export function init(source?: BufferSource | Response | URL | string): Promise<void>;
export function extract(text: string, options?: Options): Document;
export class Extractor {
  constructor(options?: Options);
  extract(text: string): Document;
  free(): void;
}
export function labels(): Label[];
