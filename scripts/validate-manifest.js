#!/usr/bin/env node
/**
 * Validates manifest.xml offline against the Office add-in manifest XSDs in ../shared/office-manifest-xsd
 * (libxml2 compiled to WebAssembly: xmllint-wasm). `office-addin-manifest validate` needs an online service.
 *
 *   node scripts/validate-manifest.js [manifest.xml]
 *
 * Exit 0 valid (or skipped: ../shared absent outside CI), 1 invalid, 2 cannot run.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const XSD_DIR = path.resolve(ROOT, "..", "shared", "office-manifest-xsd");
const MAIN_XSD = "OfficeAppManifestV1_1.xsd";

/** The XSDs: the main schema first, then every schema it imports (read from disk, no network). */
function loadSchemas(xsdDir = XSD_DIR) {
  const files = fs.readdirSync(xsdDir).filter((f) => f.endsWith(".xsd"));
  if (!files.includes(MAIN_XSD)) throw new Error(`${MAIN_XSD} not found in ${xsdDir}`);
  const read = (f) => ({ fileName: f, contents: fs.readFileSync(path.join(xsdDir, f), "utf8") });
  return { schema: read(MAIN_XSD), preload: files.filter((f) => f !== MAIN_XSD).map(read) };
}

/**
 * @param {string} xml the manifest text
 * @param {string} [xsdDir]
 * @returns {Promise<{valid: boolean, errors: string[]}>}
 */
async function validateManifest(xml, xsdDir = XSD_DIR) {
  const { validateXML } = require("xmllint-wasm");
  const { schema, preload } = loadSchemas(xsdDir);
  const result = await validateXML({ xml: [{ fileName: "manifest.xml", contents: xml }], schema: [schema], preload });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}

/**
 * What the XSDs cannot see: every resid points at a resource, and every asset URL on the dev host is a file in
 * assets/ (PNG icons of the size their id or element says). Returns messages; empty when all is well.
 * @param {string} xml
 * @param {string} [root] project root holding assets/
 */
function checkReferences(xml, root = ROOT) {
  const problems = [];
  const ids = new Set([...xml.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  for (const m of xml.matchAll(/\sresid="([^"]+)"/g)) {
    if (!ids.has(m[1])) problems.push(`resid "${m[1]}" has no resource with that id`);
  }
  for (const m of xml.matchAll(/https:\/\/localhost:3000\/assets\/([\w.-]+)/g)) {
    const file = path.join(root, "assets", m[1]);
    if (!fs.existsSync(file)) {
      problems.push(`assets/${m[1]} does not exist`);
      continue;
    }
    const size = /icon-(\d+)\.png$/.exec(m[1]);
    if (size) {
      const png = fs.readFileSync(file);
      const isPng = png.subarray(1, 4).toString("ascii") === "PNG";
      const w = isPng ? png.readUInt32BE(16) : 0;
      const h = isPng ? png.readUInt32BE(20) : 0;
      if (w !== Number(size[1]) || h !== Number(size[1]))
        problems.push(`assets/${m[1]} is not a ${size[1]}×${size[1]} PNG`);
    }
  }
  for (const m of xml.matchAll(/<bt:Image id="Icon\.(\d+)x\d+" DefaultValue="[^"]*icon-(\d+)\.png"/g)) {
    if (m[1] !== m[2]) problems.push(`image Icon.${m[1]}x${m[1]} points at icon-${m[2]}.png`);
  }
  return problems;
}

async function main() {
  const manifest = path.resolve(process.argv[2] || path.join(ROOT, "manifest.xml"));
  if (!fs.existsSync(XSD_DIR)) {
    const msg = `未找到清单架构目录 ${XSD_DIR}（../shared）· manifest XSDs not found`;
    if (process.env.CI === "true") {
      console.error(`${msg}: required under CI`);
      process.exit(2);
    }
    console.log(`跳过清单校验：${msg}; skipped`);
    return;
  }
  const xml = fs.readFileSync(manifest, "utf8");
  const result = await validateManifest(xml);
  const valid = result.valid && checkReferences(xml).length === 0;
  const errors = [...result.errors, ...checkReferences(xml)];
  if (valid) {
    console.log(`清单有效 · manifest valid: ${path.relative(process.cwd(), manifest) || manifest}`);
    return;
  }
  console.error(`清单无效 · manifest invalid: ${manifest}`);
  for (const e of errors) console.error(`  ${e}`);
  process.exitCode = 1;
}

module.exports = { validateManifest, checkReferences, XSD_DIR };

if (require.main === module) {
  main().catch((err) => {
    console.error(`清单校验无法运行 · validation could not run: ${err && err.stack ? err.stack : err}`);
    process.exit(2);
  });
}
