import type { Annotation } from "./index";
/** <newsmark-annotate>: annotates its own content. */
export class NewsmarkAnnotate extends HTMLElement {
  handle: Annotation | null;
  refresh(): Promise<void>;
}
export function defineElement(name?: string): void;
