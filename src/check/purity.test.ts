import * as fs from "fs";
import * as path from "path";

/** src/check runs the same in Excel, the browser and Node: it imports nothing but the pure core. */
test("src/check imports nothing from Office, React or Node", () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) files.push(full);
    }
  };
  walk(__dirname);
  expect(files.length).toBeGreaterThan(5);
  const allowed = /^\.\.?\/|^\.\.\/\.\.\//;
  const pureTargets =
    /^(\.\/|\.\.\/(format|report\/(model|build)|workbook\/types)(\/|$|")|\.\.\/\.\.\/(format|report\/(model|build))\b)/;
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    const imports = [
      ...text.matchAll(/(?:import|export)[^"']*?from\s+["']([^"']+)["']|require\(\s*["']([^"']+)["']\s*\)/g),
    ].map((m) => m[1] ?? m[2]);
    for (const target of imports) {
      expect([path.relative(__dirname, file), target, allowed.test(target) && pureTargets.test(target)]).toEqual([
        path.relative(__dirname, file),
        target,
        true,
      ]);
    }
    expect([path.relative(__dirname, file), /\b(Excel|Office)\.\w/.test(text)]).toEqual([
      path.relative(__dirname, file),
      false,
    ]);
  }
});
