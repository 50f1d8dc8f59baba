/** Table 二 — 主动公开政府信息情况, in both formats: groups of 第二十条, each with its own header row. */
import { HEADINGS } from "./labels";
import { dataCell, finishTable, label } from "./grid";
import type { CellKind, LayoutCell, TableFormat } from "./types";
import { joinPath } from "./cellKey";

export interface Group {
  title: string;
  /** Column headers after 信息内容; the last spans the remaining grid columns. */
  columns: { label: string; kind: CellKind }[];
  rows: string[];
}

const GRID = 4;
const C = (labelText: string, kind: CellKind = "count") => ({ label: labelText, kind });

export const T2_GROUPS_2021: Group[] = [
  {
    title: "第二十条第（一）项",
    columns: [C("本年制发件数"), C("本年废止件数"), C("现行有效件数")],
    rows: ["规章", "行政规范性文件"],
  },
  { title: "第二十条第（五）项", columns: [C("本年处理决定数量")], rows: ["行政许可"] },
  { title: "第二十条第（六）项", columns: [C("本年处理决定数量")], rows: ["行政处罚", "行政强制"] },
  { title: "第二十条第（八）项", columns: [C("本年收费金额（单位：万元）", "amount")], rows: ["行政事业性收费"] },
];

const PROJECTS = [C("上一年项目数量"), C("本年增/减", "signedCount"), C("处理决定数量")];

export const T2_GROUPS_2019: Group[] = [
  {
    title: "第二十条第（一）项",
    columns: [C("本年新制作数量"), C("本年新公开数量"), C("对外公开总数量")],
    rows: ["规章", "规范性文件"],
  },
  { title: "第二十条第（五）项", columns: PROJECTS, rows: ["行政许可", "其他对外管理服务事项"] },
  { title: "第二十条第（六）项", columns: PROJECTS, rows: ["行政处罚", "行政强制"] },
  {
    title: "第二十条第（八）项",
    columns: [C("上一年项目数量"), C("本年增/减", "signedCount")],
    rows: ["行政事业性收费"],
  },
  { title: "第二十条第（九）项", columns: [C("采购项目数量"), C("采购总金额", "amount")], rows: ["政府集中采购"] },
];

/** Table 二 of a format edition from its groups of rows. */
export function buildTable2(groups: readonly Group[]): TableFormat {
  const cells: LayoutCell[] = [];
  let r = 0;
  for (const group of groups) {
    cells.push({ ...label(r, 0, group.title, "group", { cols: GRID }), shaded: true });
    r += 1;
    cells.push(label(r, 0, "信息内容", "header"));
    group.columns.forEach((column, i) => {
      const last = i === group.columns.length - 1;
      cells.push(label(r, 1 + i, column.label, "header", { cols: last ? GRID - 1 - i : 1 }));
    });
    r += 1;
    for (const rowLabel of group.rows) {
      cells.push(label(r, 0, rowLabel, "label"));
      group.columns.forEach((column, i) => {
        const last = i === group.columns.length - 1;
        const def = {
          table: "二" as const,
          row: joinPath([group.title, rowLabel]),
          column: column.label,
          kind: column.kind,
        };
        cells.push(dataCell(r, 1 + i, def, last ? GRID - 1 - i : 1));
      });
      r += 1;
    }
  }
  return finishTable("二", HEADINGS["二"], GRID, cells);
}

export const TABLE2_2021 = buildTable2(T2_GROUPS_2021);
export const TABLE2_2019 = buildTable2(T2_GROUPS_2019);
