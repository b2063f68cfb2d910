// A static server for www/ on 127.0.0.1 only, with the page's Content-Security-Policy and the
// right MIME type for .wasm. Usage: node scripts/serve.mjs [--port N] (0 picks a free port).
// Prints the URL on its first line of output.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("../www/", import.meta.url)));
const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".json": "application/json", ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8", ".png": "image/png", ".svg": "image/svg+xml", ".ts": "text/plain; charset=utf-8",
};
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'";

/** Serves `root` (www/ by default; the first-highlight bench serves another build's beside it). */
export function serve(port = 0, root = ROOT) {
  root = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) throw Object.assign(new Error("outside root"), { code: "ENOENT" });
      let info = await stat(file);
      if (info.isDirectory()) info = await stat((file = join(file, "index.html")));
      const headers = {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        "Content-Security-Policy": CSP,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-cache",
        "Last-Modified": info.mtime.toUTCString(),
      };
      // no-cache revalidates every time: a 304 lets the page's worker reuse the modules the page
      // just fetched instead of downloading them again.
      if (req.headers["if-modified-since"] === headers["Last-Modified"]) {
        res.writeHead(304, headers);
        res.end();
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, headers);
      res.end(body);
    } catch (e) {
      res.writeHead(e.code === "ENOENT" || e.code === "ENOTDIR" ? 404 : 500, { "Content-Type": "text/plain" });
      res.end(e.code === "ENOENT" || e.code === "ENOTDIR" ? "not found\n" : "server error\n");
    }
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => ok(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf("--port");
  const port = Number(i > 0 ? process.argv[i + 1] : process.env.PORT ?? 8000);
  const server = await serve(port);
  console.log(`newsmark page: http://127.0.0.1:${server.address().port}/`);
}
