// Shared by the Node tests: loads the built package from pkg/ and the sample articles.
import { readFileSync, readdirSync } from "node:fs";

export const pkgUrl = new URL("../../pkg/index.js", import.meta.url);
export const samplesDir = new URL("../../www/samples/", import.meta.url);

/** The sample articles, with the reference date their file name carries. */
export function samples() {
  return readdirSync(samplesDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => ({
      file,
      text: readFileSync(new URL(file, samplesDir), "utf8"),
      date: file.match(/(\d{4}-\d{2}-\d{2})\.txt$/)[1],
    }));
}

export async function loadNewsmark() {
  const newsmark = await import(pkgUrl);
  await newsmark.init();
  return newsmark;
}
