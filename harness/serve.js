// Serves a built folder on 127.0.0.1 only (no other interface), GET/HEAD of files, nothing else.
const fs = require("fs");
const http = require("http");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

/** Starts the server; resolves with its base URL and a close function. `port` 0 picks a free port. */
function serveFolder(root, port) {
  const base = path.resolve(root);
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const file = path.resolve(base, `.${decodeURIComponent(url.pathname)}`);
    if ((request.method !== "GET" && request.method !== "HEAD") || !file.startsWith(base + path.sep)) {
      response.writeHead(404).end();
      return;
    }
    fs.readFile(file, (error, body) => {
      if (error) {
        response.writeHead(404, { "Content-Type": "text/plain" }).end(`Not found: ${url.pathname}`);
        return;
      }
      response
        .writeHead(200, {
          "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream",
          "Cache-Control": "no-store",
        })
        .end(request.method === "HEAD" ? undefined : body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      resolve({
        url: `http://127.0.0.1:${address.port}/`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

module.exports = { serveFolder };
