import * as fs from "fs";
import * as path from "path";

/** The core (format, grid, report, check) runs the same in Excel, the browser and Node: it imports nothing but itself. */
test("src/core imports nothing from Office, React, Node or the rest of the project", () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "testing" && entry.name !== "__tests__") walk(full);
      } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) files.push(full);
    }
  };
  walk(__dirname);
  expect(files.length).toBeGreaterThan(40);
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    const imports = [
      ...text.matchAll(
        /(?:import|export)[^"']*?from\s+["']([^"']+)["']|require\(\s*["']([^"']+)["']\s*\)|import\(\s*["']([^"']+)["']\s*\)/g,
      ),
    ].map((m) => m[1] ?? m[2] ?? m[3]);
    const rel = path.relative(__dirname, file);
    for (const target of imports) {
      const inCore =
        target.startsWith(".") && !path.relative(__dirname, path.resolve(path.dirname(file), target)).startsWith("..");
      expect([rel, target, inCore]).toEqual([rel, target, true]);
    }
    expect([rel, /\b(Excel|Office)\.\w/.test(text)]).toEqual([rel, false]);
  }
});
