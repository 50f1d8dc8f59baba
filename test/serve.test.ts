/**
 * The preview's file server (issue 12 item 13): bad paths get 400 and the server stays up; nosniff and a
 * Content-Security-Policy on every answer; requests naming another host are refused (DNS rebinding).
 */
import * as fs from "fs";
import * as http from "http";
import { tmpdir } from "os";
import * as path from "path";

const { serveStatic, CONTENT_SECURITY_POLICY } = require("../scripts/serve") as {
  serveStatic(root: string, opts?: { port?: number }): Promise<{ port: number; url: string; close(): Promise<void> }>;
  CONTENT_SECURITY_POLICY: string;
};

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let dir: string;
let server: { port: number; url: string; close(): Promise<void> };

function get(rawPath: string, host = `localhost:${server.port}`): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port: server.port, path: rawPath, headers: { Host: host } },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(tmpdir(), "dt-serve-"));
  fs.writeFileSync(path.join(dir, "preview.html"), "<!doctype html><title>预览</title>");
  server = await serveStatic(dir, { port: 0 });
});

afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("a path with %00 gets 400 and the server keeps serving", async () => {
  for (const bad of ["/%00", "/preview.html%00.js", "/a%00b/c", "/%E0%A4%A"]) {
    expect((await get(bad)).status).toBe(400);
  }
  const ok = await get("/preview.html");
  expect(ok.status).toBe(200);
  expect(ok.body).toContain("预览");
});

test("every answer says nosniff and carries the Content-Security-Policy", async () => {
  for (const [p, status] of [
    ["/preview.html", 200],
    ["/missing.js", 404],
    ["/%00", 400],
    ["/../../etc/passwd", 404],
  ] as const) {
    const answer = await get(p);
    expect(answer.status).toBe(status);
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    expect(answer.headers["content-security-policy"]).toBe(CONTENT_SECURITY_POLICY);
  }
  // Scripts only from the server itself: no inline script, no eval, nothing from elsewhere.
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(";").map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
  expect(directives.get("script-src")).toEqual(["'self'"]);
  expect(directives.get("default-src")).toEqual(["'self'"]);
  expect(directives.get("object-src")).toEqual(["'none'"]);
});

test("a request naming another host is refused; the server's own names are served", async () => {
  expect((await get("/preview.html", "evil.example")).status).toBe(403);
  expect((await get("/preview.html", `evil.example:${server.port}`)).status).toBe(403);
  expect((await get("/preview.html", "localhost:1")).status).toBe(403);
  expect((await get("/preview.html", `127.0.0.1:${server.port}`)).status).toBe(200);
  expect((await get("/preview.html", `LOCALHOST:${server.port}`)).status).toBe(200);
});
