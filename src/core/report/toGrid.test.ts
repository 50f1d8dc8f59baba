import { FORMAT_2019, FORMAT_2021 } from "../format";
import { sheetLayout } from "../format/sheetLayout";
import { emptyReport, setValue } from "./build";
import { reportGridValues } from "./toGrid";

describe("reportGridValues", () => {
  test("places each value of the report at its cell of the laid-out table", () => {
    const report = emptyReport({ format: "2021", year: 2024 }, null);
    setValue(report, "三", "二、上年结转政府信息公开申请数量", "总计", 34);
    setValue(report, "四", "", "行政诉讼/复议后起诉/总计", 20);
    const layout = sheetLayout(FORMAT_2021, ["二", "三", "四"], {
      unit: "某乡",
      year: 2025,
      prefix: "DT_2025",
      startRow: 3,
    });
    const [t2, t3, t4] = layout.tables;
    const values3 = reportGridValues(t3, FORMAT_2021, report);
    expect(values3).toHaveLength(175);
    const carried = values3.find((g) => g.value !== null);
    expect(carried).toMatchObject({ row: t3.top + 4, col: 9, value: 34, raw: 34 });
    expect(carried?.cell.row).toBe("二、上年结转政府信息公开申请数量");
    const values4 = reportGridValues(t4, FORMAT_2021, report);
    expect(values4.filter((g) => g.value !== null)).toMatchObject([{ row: t4.top + 3, col: 14, value: 20 }]);
    const merged = reportGridValues(t2, FORMAT_2021, report).find((g) => g.cell.row.endsWith("行政许可"));
    expect(merged).toMatchObject({ row: t2.top + 6, col: 1, value: null, raw: null });
  });

  test("cells the report does not hold (another format) come out empty", () => {
    const report = emptyReport({ format: "2021" }, 5);
    const layout = sheetLayout(FORMAT_2019, ["二", "三"], { unit: "某乡", year: 2020, prefix: "DT_2020" });
    const [t2, t3] = layout.tables;
    const procurement = reportGridValues(t2, FORMAT_2019, report).filter((g) => g.cell.row.endsWith("政府集中采购"));
    expect(procurement.map((g) => [g.value, g.raw])).toEqual([
      [null, null],
      [null, null],
    ]);
    const values3 = reportGridValues(t3, FORMAT_2019, report);
    expect(values3.find((g) => g.cell.row.endsWith("（六）其他处理"))?.value).toBeNull();
    expect(values3.find((g) => g.cell.row.startsWith("一、"))).toMatchObject({ value: 5, row: t3.top + 3, col: 3 });
  });
});
