// <newsmark-annotate>: annotates its own content, for pages written in plain HTML.
//
//   <newsmark-annotate mode="marks" labels="PERSON,ORG" reference-date="2021-12-06">
//     <p>Prime Minister Narendra Modi met <b>Vladimir Putin</b> on Monday.</p>
//   </newsmark-annotate>
//
// Attributes: mode ("marks" or "highlight"), labels and include (comma-separated),
// reference-date. It re-annotates when they change, restores its content when removed from the
// page, and fires "newsmark-annotated" (detail: { entities }) or "newsmark-error" (detail: { error }).
import { init, annotate } from "./index.js";

const list = (value) => (value ? value.split(",").map((s) => s.trim()).filter(Boolean) : undefined);

export class NewsmarkAnnotate extends HTMLElement {
  static observedAttributes = ["mode", "labels", "include", "reference-date"];
  /** The current annotation (see annotate()), or null. */
  handle = null;
  #generation = 0;

  connectedCallback() {
    this.refresh();
  }
  disconnectedCallback() {
    this.#generation++;
    this.handle?.remove();
    this.handle = null;
  }
  attributeChangedCallback() {
    if (this.isConnected && this.handle) this.refresh();
  }

  /** Annotates again (after the content changed); resolves when done. */
  async refresh() {
    const generation = ++this.#generation;
    try {
      await init();
      if (generation !== this.#generation || !this.isConnected) return;
      this.handle?.remove();
      this.handle = annotate(this, {
        mode: this.getAttribute("mode") ?? "marks",
        labels: list(this.getAttribute("labels")),
        include: list(this.getAttribute("include")),
        referenceDate: this.getAttribute("reference-date") ?? undefined,
      });
      this.dispatchEvent(new CustomEvent("newsmark-annotated", { detail: { entities: this.handle.entities } }));
    } catch (error) {
      this.handle = null;
      this.dispatchEvent(new CustomEvent("newsmark-error", { detail: { error } }));
      console.error(error);
    }
  }
}

/** Registers the element under `name` (once). */
export function defineElement(name = "newsmark-annotate") {
  if (!customElements.get(name)) customElements.define(name, class extends NewsmarkAnnotate {});
}
