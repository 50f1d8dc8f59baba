/** Inserting the official tables for a report year: one read (sheet and workbook names), one write. */
import { TABLE_IDS, formatForYear, type TableId } from "../core/format";
import { emptyReport } from "../core/report/build";
import { a1Ref, type WorkbookHost, type WriteOp } from "../hosts/types";
import type { InsertInput, InsertResult } from "./api";
import { UserError } from "./errors";
import { overwrittenCells } from "./layoutOps";
import { freezesPanes, opsForHost, setsUpPrinting } from "./pageSetup";
import { reportSheetOps } from "./reportSheet";

/** The tables asked for, in official order; refuses an empty or unknown choice. */
function chosenTables(tables: readonly string[]): TableId[] {
  const unknown = tables.filter((t) => !(TABLE_IDS as readonly string[]).includes(t));
  if (unknown.length > 0) throw new UserError(`没有表格“${unknown.join("、")}”：可选的表格为 二、三、四`);
  const chosen = TABLE_IDS.filter((t) => tables.includes(t));
  if (chosen.length === 0) throw new UserError("请至少选择一张表格（二、三、四）");
  return chosen;
}

export async function insertTables(host: WorkbookHost, input: InsertInput): Promise<InsertResult> {
  const choice = formatForYear(input.year);
  if (!choice.ok) throw new UserError(choice.message);
  const format = choice.format;
  const unit = (input.unit ?? "").trim();
  if (unit === "") throw new UserError("请填写单位名称，如：胡集乡");
  const tables = chosenTables(input.tables ?? []);

  return host.run(async (session) => {
    const snapshot = await session.read({ values: false });
    // The blank tables are a report sheet without numbers, laid out as 汇总 and 生成新年度 lay out theirs.
    const blank = emptyReport({ format: format.id, year: input.year, unit, tables }, null);
    const { sheet, layout, ops: sheetOps } = reportSheetOps(blank, snapshot, { unit, year: input.year });
    const first = layout.tables[0];
    const firstData = format.tables[first.table].dataCells[0];
    const ops: WriteOp[] = [
      ...sheetOps,
      { op: "select", sheet, row: first.top + firstData.r, col: first.left + firstData.c },
    ];
    const clashes = overwrittenCells(snapshot, ops);
    if (clashes.length > 0) {
      const where = clashes.slice(0, 3).map((c) => a1Ref(c.sheet, c.row, c.col));
      throw new UserError(`${where.join("、")} 等 ${clashes.length} 个单元格已有内容：为免覆盖数据，未插入表格`);
    }
    await session.write(opsForHost(host, ops));
    return {
      sheet,
      format: format.id,
      names: [layout.title.name, ...layout.tables.map((t) => t.name)],
      printSetup: setsUpPrinting(host),
      freezePanes: freezesPanes(host),
    };
  });
}
