#!/usr/bin/env node
/**
 * A tiny static file server for dist/ over plain http on localhost (the browser preview and its tests).
 *   node scripts/serve.js [dir] [--port N]      (PORT env also works; 0 = any free port)
 */
"use strict";
const fs = require("fs");
const http = require("http");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves `root` on localhost. Resolves once listening.
 * @param {string} root
 * @param {{ port?: number, host?: string, quiet?: boolean }} [opts]
 * @returns {Promise<{ port: number, url: string, close: () => Promise<void> }>}
 */
function serveStatic(root, opts = {}) {
  const base = path.resolve(root);
  const host = opts.host || "127.0.0.1";
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url || "/", "http://localhost").pathname);
    } catch {
      res.writeHead(400).end("bad request");
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    if (pathname === "/") {
      res.writeHead(302, { Location: "/preview.html" }).end();
      return;
    }
    const file = path.join(base, pathname);
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end("forbidden");
      return;
    }
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end(`not found: ${pathname}`);
        return;
      }
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file).toLowerCase()] || "application/octet-stream",
        "Content-Length": stat.size,
        "Cache-Control": "no-cache",
      });
      if (req.method === "HEAD") res.end();
      else fs.createReadStream(file).pipe(res);
    });
  });
  const sockets = new Set();
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, host, () => {
      const { port } = server.address();
      resolve({
        port,
        url: `http://localhost:${port}`,
        close: () =>
          new Promise((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

module.exports = { serveStatic };

if (require.main === module) {
  const args = process.argv.slice(2);
  const portAt = args.indexOf("--port");
  const port = Number(portAt >= 0 ? args[portAt + 1] : (process.env.PORT ?? 3000));
  const dir =
    args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--port") || path.join(__dirname, "..", "dist");
  serveStatic(dir, { port }).then(
    ({ url }) => console.log(`serving ${dir} at ${url}`),
    (err) => {
      console.error(`无法启动服务器 · cannot serve: ${err.message}`);
      process.exit(2);
    },
  );
}
