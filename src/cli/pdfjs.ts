/**
 * pdfjs-dist in Node. It is ESM only, and TypeScript compiles import() to require() under CommonJS: the import is
 * made at run time by a function, so that it stays a real import().
 */
import * as path from "path";
import { pathToFileURL } from "url";
import type { PdfjsSetup, Pdfjs } from "../documents/pdf";

const importModule = new Function("specifier", "return import(specifier)") as (specifier: string) => Promise<unknown>;

let setup: Promise<PdfjsSetup> | null = null;

export function pdfjsForNode(): Promise<PdfjsSetup> {
  setup ??= (async () => {
    const main = require.resolve("pdfjs-dist/legacy/build/pdf.mjs");
    const pdfjs = (await importModule(pathToFileURL(main).href)) as Pdfjs;
    const root = path.resolve(path.dirname(main), "..", "..");
    return {
      pdfjs,
      cMapUrl: `${path.join(root, "cmaps")}${path.sep}`,
      standardFontDataUrl: `${path.join(root, "standard_fonts")}${path.sep}`,
    };
  })();
  return setup;
}
