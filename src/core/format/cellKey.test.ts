import { allDataCells, FORMAT_2019, FORMAT_2021 } from "./formats";
import { cellKey, decodeCellKey, joinPath, keyOf, leafLabel, pathLabels } from "./cellKey";
import { cellName, fullCellPath, NAME_SEPARATOR, quotedFew, shortCellName } from "./naming";

describe("CellKey: one encode, one decode", () => {
  test.each([FORMAT_2019, FORMAT_2021])("every data cell of the $id format round-trips, keys distinct", (format) => {
    const cells = allDataCells(format);
    const keys = cells.map(keyOf);
    expect(new Set(keys).size).toBe(cells.length);
    for (const [i, key] of keys.entries()) {
      const { table, row, column } = cells[i];
      expect(decodeCellKey(key)).toEqual({ table, row, column });
      expect(cellKey(table, row, column)).toBe(key);
    }
  });

  test("paths: labels outermost first; a label with a slash of its own stays whole", () => {
    expect(pathLabels("三、本年度办理结果/（三）不予公开/1.属于国家秘密")).toEqual([
      "三、本年度办理结果",
      "（三）不予公开",
      "1.属于国家秘密",
    ]);
    expect(pathLabels("本年增/减")).toEqual(["本年增/减"]);
    expect(pathLabels("")).toEqual([]);
    expect(leafLabel("行政诉讼/复议后起诉/总计")).toBe("总计");
    expect(joinPath(pathLabels("行政诉讼/复议后起诉/总计"))).toBe("行政诉讼/复议后起诉/总计");
  });
});

describe("naming: one separator in every name", () => {
  test("every cell of both formats is named with · only (never / between labels)", () => {
    for (const def of [...allDataCells(FORMAT_2019), ...allDataCells(FORMAT_2021)]) {
      for (const name of [shortCellName(def), cellName(def), fullCellPath(def)]) {
        expect(name.replace("本年增/减", "")).not.toContain("/");
        expect(name).toContain(NAME_SEPARATOR);
      }
      expect(fullCellPath(def).split(NAME_SEPARATOR).length).toBe(
        pathLabels(def.row).length + pathLabels(def.column).length,
      );
    }
  });

  test("cell names as people read them", () => {
    expect(shortCellName({ row: "三、本年度办理结果/（七）总计", column: "自然人" })).toBe("（七）总计·自然人");
    expect(shortCellName({ row: "", column: "行政诉讼/复议后起诉/总计" })).toBe("复议后起诉·总计");
    expect(fullCellPath({ row: "三、本年度办理结果/（七）总计", column: "自然人" })).toBe(
      "三、本年度办理结果·（七）总计·自然人",
    );
  });

  test("“A”、“B” 等 N 份", () => {
    expect(quotedFew(["甲", "乙"], 2)).toBe("“甲”、“乙”");
    expect(quotedFew(["甲", "乙", "丙"], 2)).toBe("“甲”、“乙” 等 3 份");
  });
});
