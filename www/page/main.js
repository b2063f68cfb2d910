// The page: reads the text area, extracts with the public newsmark API, draws the result.
import { init, extract } from "../pkg/index.js";
import { render } from "./render.js";

const SAMPLES = ["kremlin-lamentable-ties-2021-12-06.txt", "white-house-video-call-2021-12-05.txt"];

const input = document.getElementById("input");
const output = document.getElementById("output");
const legend = document.getElementById("legend");
const status = document.getElementById("status");
const referenceDate = document.getElementById("reference-date");
let sampleIndex = 0;

function update() {
  const text = input.value;
  const options = referenceDate.value ? { referenceDate: referenceDate.value } : {};
  let doc;
  const t0 = performance.now();
  try {
    doc = extract(text, options);
  } catch (e) {
    status.textContent = e.message;
    return;
  }
  output.replaceChildren(render(text, doc));
  const counts = new Map();
  for (const e of doc.entities) counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
  legend.replaceChildren(
    ...[...counts].map(([label, n]) => {
      const li = document.createElement("li");
      li.className = `entity label-${label}`;
      li.textContent = `${label} ${n}`;
      return li;
    }),
  );
  status.textContent = `${doc.entities.length} entities in ${(performance.now() - t0).toFixed(1)} ms`;
}

async function loadSample() {
  const name = SAMPLES[sampleIndex++ % SAMPLES.length];
  const response = await fetch(`samples/${name}`);
  input.value = await response.text();
  const date = name.match(/(\d{4}-\d{2}-\d{2})\.txt$/);
  if (date) referenceDate.value = date[1];
  update();
}

await init();
input.addEventListener("input", update);
referenceDate.addEventListener("change", update);
document.getElementById("load-sample").addEventListener("click", loadSample);
document.body.dataset.ready = "true";
update();
