// Mistakes the declarations must catch; each line below is a type error.
import { extract, annotate, createWorker, type NewsmarkError } from "../../../pkg/index.js";
extract("text", { labels: ["PEOPLE"] });
extract("text", { refDate: "2021-12-06" });
extract("text", { entries: [{ text: "Acme", label: "ORG", colour: "red" }] });
annotate(document.body, { mode: "underline" });
extract(42);
export const misspelt = (e: NewsmarkError) => e.code === "NEWSMARK_INVALID_OPTION";
createWorker({ worker: new Worker("worker.js"), url: "worker.js" });
