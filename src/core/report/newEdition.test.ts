/**
 * A new format edition is new data: an edition the readers were never written for (2021's tables with a row added to
 * 二 and an item added to 三's （六）) is registered in format/editions only, and the unchanged readers read it.
 */
import type * as Editions from "../format/editions";
import type * as Table2 from "../format/table2";
import type * as Table3 from "../format/table3";
import type * as Labels from "../format/labels";
import type * as Rules from "../format/rules";
import type { FormatDef, FormatId } from "../format";
import type * as FromText from "./fromText";
import type * as TextWriters from "./__tests__/textWriters";
import type * as Model from "./model";

/** A real new edition adds its id to FormatId; here the type stays as it is and the id is given as one. */
const EDITION = "2031" as string as FormatId;
const ADDED_ROW = "行政确认";
const ADDED_ITEM = "4.申请人撤回申请";

function newEdition(): typeof Editions {
  const actual = jest.requireActual<typeof Editions>("../format/editions");
  const { buildTable2, T2_GROUPS_2021 } = jest.requireActual<typeof Table2>("../format/table2");
  const { buildTable3, resultRowPaths } = jest.requireActual<typeof Table3>("../format/table3");
  const { T3_RESULTS_2021 } = jest.requireActual<typeof Labels>("../format/labels");
  const { TABLE2_2021_RULES, TABLE4_RULES, table3Rules } = jest.requireActual<typeof Rules>("../format/rules");
  const groups2 = T2_GROUPS_2021.map((g) =>
    g.title === "第二十条第（五）项" ? { ...g, rows: [...g.rows, ADDED_ROW] } : g,
  );
  const groups3 = T3_RESULTS_2021.map(([group, items]) =>
    group.startsWith("（六）") ? ([group, [...items, ADDED_ITEM]] as const) : ([group, items] as const),
  );
  const before = actual.FORMATS["2021"];
  const edition: FormatDef = {
    id: EDITION,
    notice: "国办公开办函〔2031〕1号",
    years: { from: 2031, to: null },
    tables: { 二: buildTable2(groups2), 三: buildTable3(groups3), 四: before.tables["四"] },
    rules: [...table3Rules(resultRowPaths(groups3)), ...TABLE4_RULES, ...TABLE2_2021_RULES],
  };
  const closed: FormatDef = { ...before, years: { from: 2021, to: 2030 } };
  const FORMATS = { ...actual.FORMATS, "2021": closed, [EDITION]: edition };
  return {
    ...actual,
    FORMAT_2021: closed,
    FORMATS,
    FORMAT_IDS: [...actual.FORMAT_IDS, EDITION],
    LATEST_FORMAT: edition,
  };
}

interface Loaded {
  fromText: typeof FromText;
  writers: typeof TextWriters;
  edition: FormatDef;
}

/** The readers and writers loaded afresh with the new edition in the format data. */
function withNewEdition(): Loaded {
  let loaded: Loaded | null = null;
  jest.isolateModules(() => {
    jest.doMock("../format/editions", newEdition);
    const editions = require("../format/editions") as typeof Editions;
    loaded = {
      fromText: require("./fromText") as typeof FromText,
      writers: require("./__tests__/textWriters") as typeof TextWriters,
      edition: editions.FORMATS[EDITION],
    };
  });
  if (loaded === null) throw new Error("not loaded");
  return loaded;
}

/** A report in the edition with every cell a different number. */
function numbered(edition: FormatDef, year: number): Model.Report {
  const cells: Model.Report["cells"] = new Map();
  let n = 0;
  for (const id of ["二", "三", "四"] as const) {
    for (const def of edition.tables[id].dataCells) {
      n += 1;
      const def0 = { table: def.table, row: def.row, column: def.column, kind: def.kind };
      cells.set(`${id}|${def.row}|${def.column}`, { def: def0, raw: n, value: n, problems: [], ref: null });
    }
  }
  return { source: "", format: edition.id, year, unit: "某县人民政府", tables: ["二", "三", "四"], cells, notes: [] };
}

describe("a format edition added as data only", () => {
  const { fromText, writers, edition } = withNewEdition();

  test.each(["tab", "pdftotext", "cellPerLine"] as const)("is read back cell for cell from %s text", (shape) => {
    const written = numbered(edition, 2032);
    const read = fromText.reportFromText(writers.reportText(written, shape), "new.txt");
    expect(read.format).toBe(EDITION);
    expect(read.notes).toEqual([]);
    const values = (r: Model.Report) => [...r.cells].map(([key, cell]) => [key, cell.value]);
    expect(values(read).sort()).toEqual(values(written).sort());
    expect(read.cells.get(`二|第二十条第（五）项/${ADDED_ROW}|本年处理决定数量`)?.value).toBeGreaterThan(0);
  });

  test("its shape tells it from 2021's without a year, and a 2021 report is still read as 2021", () => {
    const untitled = (r: Model.Report) => writers.reportText(r, "tab").split("\n").slice(1).join("\n");
    expect(fromText.reportFromText(untitled(numbered(edition, 2032)), "t.txt").format).toBe(EDITION);
    const old = fromText.reportFromText(untitled(numbered(newEdition().FORMATS["2021"], 2024)), "t.txt");
    expect(old.format).toBe("2021");
    expect(old.notes).toEqual([]);
  });
});
