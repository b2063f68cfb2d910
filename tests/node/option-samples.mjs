// A text, and for each extraction option a value that changes what is found in it, so a test can
// tell an option that reached the core from one dropped on the way.
export const TEXT = "Acme Corp filed INC-2041 on 12/06/2021, and Joe Biden will answer on Tuesday. It is closed now.";

export const SAMPLES = {
  referenceDate: "2021-12-06", // resolves "Tuesday"
  labels: ["PERSON"],
  dayFirst: true, // 12/06/2021 is 12 June, not 6 December
  entries: [{ text: "acme corp", label: "ORG", id: "acme" }],
  patterns: [{ pattern: String.raw`\bINC-\d{4}\b`, label: "PRODUCT" }],
  timeml: true, // marks "now" (PRESENT_REF)
  minConfidence: 1, // drops the tagger's names ("Joe Biden"): none is certain
};

/** `{ [key]: its sample }`; throws for a key without one, so a new option needs a sample here. */
export function sampleFor(key) {
  if (!(key in SAMPLES)) throw new Error(`no sample value for the option ${key}: add one to tests/node/option-samples.mjs`);
  return { [key]: SAMPLES[key] };
}
