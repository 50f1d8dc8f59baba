/** `--expect 名单.txt|名单.xlsx`: the units that must report, one a line or a column of a workbook. */
import { readFileSync } from "fs";
import { parseUnitList, unitsFromGrid } from "../core/report/unitName";
import { exceljsHost, loadXlsx } from "../hosts/exceljs";
import { CliError } from "./exit";
import { decodeText } from "../documents/decode";
import { workbookDamage } from "../documents/workbook";

export async function readUnitList(file: string): Promise<string[]> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`应报单位名单 ${file}：${code === "ENOENT" ? "文件不存在" : `无法读取（${code ?? error}）`}`);
  }
  let units: string[];
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    try {
      const snapshot = await exceljsHost(await loadXlsx(bytes)).run((s) => s.read({ values: true }));
      const sheet = snapshot.sheets.find((s) => !s.hidden && unitsFromGrid(s.values).length > 0);
      units = sheet ? unitsFromGrid(sheet.values) : [];
    } catch (error) {
      throw new CliError(`应报单位名单 ${file}：不是有效的 .xlsx 工作簿（${workbookDamage(error)}）`);
    }
  } else if (bytes.includes(0)) {
    throw new CliError(`应报单位名单 ${file}：应为文本文件（每行一个单位）或 .xlsx 工作簿（一列单位名称）`);
  } else {
    units = parseUnitList(decodeText(bytes));
  }
  if (units.length === 0) throw new CliError(`应报单位名单 ${file} 中没有单位名称：请每行写一个单位`);
  return units;
}
