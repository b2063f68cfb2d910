// How a TypeScript user calls newsmark; must type-check under --strict.
import { init, extract, extractCompact, Extractor, annotate, textOf, createWorker, labels, describe, roleText, confidenceText, PALETTE, toTimeML } from "../../../pkg/index.js";
import type { CompactResult, Document, Entity, Label, Options, Annotation, CustomEntry, CustomPattern, ErrorCode, NewsmarkError } from "../../../pkg/index.js";
import { defineElement, NewsmarkAnnotate } from "../../../pkg/element.js";
import { handles } from "../../../pkg/embed.js";

export async function usage(article: HTMLElement): Promise<string[]> {
  await init();
  const entries: CustomEntry[] = [{ text: "Acme Corp", label: "ORG", id: "acme" }];
  const patterns: CustomPattern[] = [{ pattern: "INC-\\d+", label: "PRODUCT" }];
  const options: Options = { referenceDate: "2021-12-06", labels: ["PERSON", "DATE"], entries, patterns };
  const doc: Document = extract("President Joe Biden", options);
  const first: Entity | undefined = doc.entities[0];
  const label: Label | undefined = first?.label;
  const timex: "DATE" | "TIME" | "DURATION" | "SET" | undefined = first?.timex_type;
  const tml: string = toTimeML("President Joe Biden", extract("President Joe Biden", { timeml: true }));
  const extractor = new Extractor(options);
  extractor.extract("text").canonical.map((c) => c.mentions.length);
  const fractions: number[] = [];
  extractor.extract("text", { onProgress: (f) => fractions.push(f) });
  extract("text", { ...options, onProgress: (f: number) => fractions.push(f) });
  const compact: CompactResult = extractor.extractCompact("text", { onProgress: (f) => fractions.push(f) });
  const people: Entity[] = [...extractCompact("text", options)].filter((e) => e.label === "PERSON");
  const firstStart: number | undefined = compact.starts[0];
  const names: string[] = Array.from(compact.canonicalNames, (i) => compact.strings[i]);
  const compactLabel: Label | undefined = compact.labelNames[compact.labels[0]];
  const same: Document = compact.toDocument();
  const fromWorkerCompact: CompactResult = await createWorker().extractCompact("text");
  extractor.free();
  const handle: Annotation = annotate(article, { mode: "highlight", include: ["code"], labels: ["PERSON"], dayFirst: true });
  const at: Entity | null = handle.entityAt(article, 0);
  handle.remove();
  const worker = createWorker();
  const adopted = createWorker({ worker: new Worker(new URL("./pkg/worker.js", location.href), { type: "module" }) });
  adopted.terminate();
  const fromWorker: Document = await worker.extract(textOf(article), options);
  worker.terminate();
  defineElement();
  const el = document.createElement("newsmark-annotate") as NewsmarkAnnotate;
  await el.refresh();
  const made: Annotation[] = await handles;
  const role: string = roleText(doc.canonical[0]);
  const sure: number | undefined = first?.confidence;
  const sureText: string = confidenceText(first);
  const bySalience = [...doc.canonical].sort((a, b) => b.salience - a.salience);
  extract("text", { minConfidence: 0.7 });
  let code: ErrorCode | undefined;
  try {
    extract("text", { referenceDate: "06/12/2021" });
  } catch (e) {
    code = (e as NewsmarkError).code;
    if (code === "NEWSMARK_INVALID_REFERENCE_DATE") code = undefined;
  }
  return [String(timex), String(tml.length), String(label), String(at), describe(fromWorker.entities[0], fromWorker), PALETTE.PERSON, labels()[0], String(made.length), String(role), String(code), String(sure), sureText, String(bySalience.length), String(people.length + names.length + same.entities.length + fromWorkerCompact.length), String(firstStart), String(compactLabel), compact.canonical(0).name, compact.entity(0).text];
}
