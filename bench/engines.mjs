// The engines under comparison, each loaded the way its documentation says and asked for the
// entities it can find in a text. `load()` returns `(text) => number of things found`;
// `browser` is the module a page would import, for measuring what a browser downloads.
import { createRequire } from "node:module";

const peers = new URL("./peers/", import.meta.url);
const require = createRequire(new URL("package.json", peers));
const pkg = new URL("../pkg/index.js", import.meta.url);

export const engines = {
  "newsmark": {
    does: "all 19 labels, values normalised, mentions linked",
    async load() {
      const newsmark = await import(pkg);
      await newsmark.init();
      const extractor = new newsmark.Extractor({});
      return (text) => extractor.extract(text).entities.length;
    },
  },
  "wink-nlp": {
    does: "entities of its lite model: dates, times, numbers, money, percentages, emails…",
    async load() {
      const winkNLP = require("wink-nlp");
      const nlp = winkNLP(require("wink-eng-lite-web-model"));
      return (text) => nlp.readDoc(text).entities().out().length;
    },
    browser: `import winkNLP from "wink-nlp"; import model from "wink-eng-lite-web-model"; const nlp = winkNLP(model); console.log(nlp.readDoc("x").entities().out());`,
  },
  "chrono-node": {
    does: "dates and times only",
    async load() {
      const chrono = await import(require.resolve("chrono-node"));
      return (text) => chrono.parse(text).length;
    },
    browser: `import * as chrono from "chrono-node"; console.log(chrono.parse("x"));`,
  },
  "compromise": {
    does: "people, places, organisations (topics)",
    async load() {
      const nlp = (await import(require.resolve("compromise"))).default;
      return (text) => nlp(text).topics().out("array").length;
    },
    browser: `import nlp from "compromise"; console.log(nlp("x").topics().out("array"));`,
  },
  "compromise+dates": {
    does: "topics, and dates with compromise-dates",
    async load() {
      const nlp = (await import(require.resolve("compromise"))).default;
      nlp.plugin((await import(require.resolve("compromise-dates"))).default);
      return (text) => {
        const doc = nlp(text);
        return doc.topics().out("array").length + doc.dates().json().length;
      };
    },
    browser: `import nlp from "compromise"; import dates from "compromise-dates"; nlp.plugin(dates); console.log(nlp("x").dates().json());`,
  },
};
