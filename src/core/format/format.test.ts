import { describeShared, readSample } from "../../../test/shared";
import { FORMAT_2019, FORMAT_2021, formatForYear } from "./formats";
import type { LayoutCell, TableFormat } from "./types";

interface ExpectedCell {
  r: number;
  c: number;
  rowSpan: number;
  colSpan: number;
  text: string | null;
  fill: string | null;
}

/** Parses samples/official-template-2021-layout.txt into anchor cells per table. */
function parseTemplateLayout(text: string): ExpectedCell[][] {
  const tables: ExpectedCell[][] = [];
  let open: Map<number, ExpectedCell> = new Map();
  for (const line of text.split("\n")) {
    if (line.startsWith("TABLE")) {
      tables.push([]);
      open = new Map();
      continue;
    }
    const m = /^\s+r(\d+): (.*)$/.exec(line);
    if (!m) continue;
    const r = Number(m[1]);
    let c = 0;
    for (const raw of m[2].split(" | ")) {
      const span = Number(/\[gs(\d+)\]/.exec(raw)?.[1] ?? 1);
      const vm = /\[vm:(\w+)\]/.exec(raw)?.[1] ?? null;
      const fill = /\[fill:(\w+)\]/.exec(raw)?.[1] ?? null;
      const body = raw.replace(/\[[^\]]*\]/g, "");
      if (vm === "continue") {
        const anchor = open.get(c);
        if (!anchor) throw new Error(`continuation without start at r${r} c${c}`);
        anchor.rowSpan += 1;
      } else {
        const cell: ExpectedCell = { r, c, rowSpan: 1, colSpan: span, text: body === "·" ? null : body, fill };
        tables[tables.length - 1].push(cell);
        if (vm === "restart") open.set(c, cell);
        else open.delete(c);
      }
      c += span;
    }
  }
  return tables;
}

function actual(table: TableFormat): ExpectedCell[] {
  return table.cells.map((cell: LayoutCell) => ({
    r: cell.r,
    c: cell.c,
    rowSpan: cell.rowSpan,
    colSpan: cell.colSpan,
    text: cell.text,
    fill: cell.shaded ? "C6D9F1" : null,
  }));
}

describeShared("2021 format against the official template layout", () => {
  const expected = parseTemplateLayout(readSample("official-template-2021-layout.txt"));
  const tables = [FORMAT_2021.tables["二"], FORMAT_2021.tables["三"], FORMAT_2021.tables["四"]];

  it.each([0, 1, 2])("table %i: every label, data cell and merge", (i) => {
    const sort = (cells: ExpectedCell[]) => [...cells].sort((a, b) => a.r - b.r || a.c - b.c);
    expect(sort(actual(tables[i]))).toEqual(sort(expected[i]));
  });

  it("grid widths match", () => {
    expect(tables.map((t) => t.gridColumns)).toEqual([4, 10, 15]);
  });
});

describe("format data", () => {
  it("table 三 has 25 rows × 7 columns in 2021 and 23 in 2019", () => {
    expect(FORMAT_2021.tables["三"].rowPaths).toHaveLength(25);
    expect(FORMAT_2019.tables["三"].rowPaths).toHaveLength(23);
    expect(FORMAT_2021.tables["三"].dataCells).toHaveLength(175);
    expect(FORMAT_2021.tables["三"].columnPaths).toEqual([
      "自然人",
      "法人或其他组织/商业企业",
      "法人或其他组织/科研机构",
      "法人或其他组织/社会公益组织",
      "法人或其他组织/法律服务机构",
      "法人或其他组织/其他",
      "总计",
    ]);
    expect(FORMAT_2019.tables["三"].rowPaths).toContain("三、本年度办理结果/（六）其他处理");
    expect(FORMAT_2021.tables["三"].rowPaths).toContain("三、本年度办理结果/（三）不予公开/3.危及“三安全一稳定”");
  });

  it("table 二: 10 data cells in 2021, the 2019 columns and rows", () => {
    const t2 = FORMAT_2021.tables["二"];
    expect(t2.dataCells).toHaveLength(10);
    expect(t2.dataCells.find((d) => d.row === "第二十条第（八）项/行政事业性收费")).toMatchObject({
      column: "本年收费金额（单位：万元）",
      kind: "amount",
      colSpan: 3,
    });
    const t19 = FORMAT_2019.tables["二"];
    expect(t19.rowPaths).toEqual([
      "第二十条第（一）项/规章",
      "第二十条第（一）项/规范性文件",
      "第二十条第（五）项/行政许可",
      "第二十条第（五）项/其他对外管理服务事项",
      "第二十条第（六）项/行政处罚",
      "第二十条第（六）项/行政强制",
      "第二十条第（八）项/行政事业性收费",
      "第二十条第（九）项/政府集中采购",
    ]);
    expect(t19.columnPaths).toEqual([
      "本年新制作数量",
      "本年新公开数量",
      "对外公开总数量",
      "上一年项目数量",
      "本年增/减",
      "处理决定数量",
      "采购项目数量",
      "采购总金额",
    ]);
    expect(t19.dataCells.filter((d) => d.column === "本年增/减").every((d) => d.kind === "signedCount")).toBe(true);
  });

  it("table 四 has 15 columns and one data row", () => {
    const t4 = FORMAT_2021.tables["四"];
    expect(t4.rowPaths).toEqual([""]);
    expect(t4.columnPaths[0]).toBe("行政复议/结果维持");
    expect(t4.columnPaths[9]).toBe("行政诉讼/未经复议直接起诉/总计");
    expect(t4.columnPaths[14]).toBe("行政诉讼/复议后起诉/总计");
  });

  it("the report year picks the format", () => {
    const pick = (y: number) => {
      const choice = formatForYear(y);
      return choice.ok ? choice.format.id : choice.message;
    };
    expect(pick(2019)).toBe("2019");
    expect(pick(2020)).toBe("2019");
    expect(pick(2021)).toBe("2021");
    expect(pick(2025)).toBe("2021");
    expect(pick(2018)).toMatch(/不支持 2019 年以前/);
  });
});
