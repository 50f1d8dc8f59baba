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
  ".mjs": "text/javascript; charset=utf-8",
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
 * What the preview (preview.html, taskpane.js, preview.js, Fluent UI's inserted <style> elements) needs, and no more:
 * scripts and everything else only from this server; inline styles (preview.html's own and Fluent UI's).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join("; ");

const SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "Referrer-Policy": "no-referrer",
};

/** The names this server answers to: a page elsewhere reaching it by another name (DNS rebinding) is refused. */
function isOwnHost(hostHeader, port) {
  if (typeof hostHeader !== "string") return false;
  const m = /^(localhost|127\.0\.0\.1|\[::1\])(?::(\d+))?$/i.exec(hostHeader.trim());
  return m !== null && (m[2] === undefined ? port === 80 : Number(m[2]) === port);
}

function reply(res, status, body, headers = {}) {
  res.writeHead(status, { ...SECURITY_HEADERS, "Content-Type": "text/plain; charset=utf-8", ...headers });
  res.end(body);
}

function handle(base, port, req, res) {
  if (!isOwnHost(req.headers.host, port)) {
    reply(res, 403, "forbidden host");
    return;
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url || "/", "http://localhost").pathname);
  } catch {
    reply(res, 400, "bad request");
    return;
  }
  if (pathname.includes("\0")) {
    reply(res, 400, "bad request");
    return;
  }
  if (req.method !== "GET" && req.method !== "HEAD") {
    reply(res, 405, "", { Allow: "GET, HEAD" });
    return;
  }
  if (pathname === "/") {
    reply(res, 302, "", { Location: "/preview.html" });
    return;
  }
  const file = path.join(base, pathname);
  if (file !== base && !file.startsWith(base + path.sep)) {
    reply(res, 403, "forbidden");
    return;
  }
  fs.stat(file, (err, stat) => {
    if (err || !stat.isFile()) {
      reply(res, 404, "not found");
      return;
    }
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      "Content-Type": TYPES[path.extname(file).toLowerCase()] || "application/octet-stream",
      "Content-Length": stat.size,
      "Cache-Control": "no-cache",
    });
    if (req.method === "HEAD") {
      res.end();
      return;
    }
    const stream = fs.createReadStream(file);
    stream.on("error", () => res.destroy());
    stream.pipe(res);
  });
}

/**
 * Serves `root` on localhost. Resolves once listening.
 * @param {string} root
 * @param {{ port?: number, host?: string, quiet?: boolean }} [opts]
 * @returns {Promise<{ port: number, url: string, close: () => Promise<void> }>}
 */
function serveStatic(root, opts = {}) {
  const base = path.resolve(root);
  const host = opts.host || "127.0.0.1";
  let port = 0;
  const server = http.createServer((req, res) => {
    try {
      handle(base, port, req, res);
    } catch {
      // The handler must never bring the server down, whatever a page or a tool sends.
      if (!res.headersSent) res.writeHead(500, SECURITY_HEADERS);
      res.end();
    }
  });
  const sockets = new Set();
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, host, () => {
      port = server.address().port;
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

module.exports = { serveStatic, CONTENT_SECURITY_POLICY };

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
