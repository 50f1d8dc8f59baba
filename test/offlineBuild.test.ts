/**
 * The no-internet build (npm run build:offline, README): the task pane loads office.js from the add-in's own
 * origin, copied from @microsoft/office-js, and nothing else from outside. The e2e run (npm run test:browser,
 * which builds this way) opens the built taskpane.html in Chromium and fails on any request outside its origin.
 */
import fs from "fs";
import path from "path";

interface HtmlPlugin {
  userOptions: { filename: string; template: string; templateParameters?: { officeJsUrl?: string } };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../webpack.config.js") as ((
  env: Record<string, string>,
  options: { mode: string },
) => Promise<{ plugins: object[] }>) & {
  officeJsFiles(): { dist: string; files: string[] };
  OFFICE_JS_CDN: string;
};

const ROOT = path.resolve(__dirname, "..");

async function officeJsUrls(env: Record<string, string>): Promise<Record<string, string | undefined>> {
  const config = await webpackConfig(env, { mode: "production" });
  const html = config.plugins.filter((p) => p.constructor.name === "HtmlWebpackPlugin") as unknown as HtmlPlugin[];
  return Object.fromEntries(
    html
      .filter((p) => p.userOptions.filename !== "preview.html")
      .map((p) => [p.userOptions.filename, p.userOptions.templateParameters?.officeJsUrl]),
  );
}

test("by default the task pane loads office.js from Microsoft's CDN", async () => {
  expect(await officeJsUrls({})).toEqual({
    "taskpane.html": webpackConfig.OFFICE_JS_CDN,
    "commands.html": webpackConfig.OFFICE_JS_CDN,
  });
});

test("officeJs=local: office.js from the add-in's own origin, copied with what it loads for Excel", async () => {
  expect(await officeJsUrls({ officeJs: "local" })).toEqual({
    "taskpane.html": "office-js/office.js",
    "commands.html": "office-js/office.js",
  });
  const config = await webpackConfig({ officeJs: "local" }, { mode: "production" });
  expect(config.plugins.some((p) => p.constructor.name === "CopyOfficeJsPlugin")).toBe(true);
  const { dist, files } = webpackConfig.officeJsFiles();
  for (const needed of ["office.js", "excel-web-16.00.js", "excel-win32-16.01.js", "zh-cn/office_strings.js"]) {
    expect(files).toContain(needed);
  }
  for (const file of files) expect(fs.existsSync(path.join(dist, file))).toBe(true);
  expect(files.some((f) => f.endsWith(".debug.js"))).toBe(false);
});

test("the pages' templates take office.js only from the build's choice, and name no other outside address", () => {
  for (const page of ["taskpane.html", "commands.html"]) {
    const html = fs.readFileSync(path.join(ROOT, "src", "taskpane", page), "utf8");
    expect(html).toContain('<script src="<%= officeJsUrl %>"></script>');
    expect(html).not.toMatch(/https?:\/\//);
  }
});
