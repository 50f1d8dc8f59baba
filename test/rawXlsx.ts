/**
 * .xlsx files written byte for byte (JSZip), for what ExcelJS would never write itself: cached formula results as
 * Excel saves them, shared and array formulas, hostile sizes.
 */
import JSZip from "jszip";

export interface RawSheet {
  name: string;
  /** The inside of <sheetData>, e.g. `<row r="1"><c r="A1"><f>1-1</f><v>0</v></c></row>`. */
  rows: string;
  /** Extra XML after </sheetData> (merges…). */
  after?: string;
}

const CONTENT_TYPES = (count: number) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  `<Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
  Array.from(
    { length: count },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join("") +
  `</Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

const xmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** The files of a minimal workbook, to add to or change before zipping. */
export function rawXlsxFiles(sheets: readonly RawSheet[], definedNames = ""): Map<string, string> {
  const files = new Map<string, string>();
  files.set("[Content_Types].xml", CONTENT_TYPES(sheets.length));
  files.set("_rels/.rels", ROOT_RELS);
  files.set(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>` +
      sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
      `</sheets>${definedNames ? `<definedNames>${definedNames}</definedNames>` : ""}</workbook>`,
  );
  files.set(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join("") +
      `</Relationships>`,
  );
  sheets.forEach((s, i) =>
    files.set(
      `xl/worksheets/sheet${i + 1}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${s.rows}</sheetData>${s.after ?? ""}</worksheet>`,
    ),
  );
  return files;
}

export async function zipFiles(files: Map<string, string | Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of files) zip.file(name, content);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

export async function rawXlsx(sheets: readonly RawSheet[], definedNames = ""): Promise<Buffer> {
  return zipFiles(rawXlsxFiles(sheets, definedNames));
}
