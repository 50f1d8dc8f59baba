import fs from "fs";
import path from "path";
import { createWpsStandin, TYPE_NAME, WpsStandinError, type WpsBuild } from ".";

/** Member names of every interface of et-jsapi-declare, by interface name (all declarations merged). */
function typingMembers(): Map<string, Set<string>> {
  const dir = path.dirname(require.resolve("et-jsapi-declare/package.json"));
  const out = new Map<string, Set<string>>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".d.ts"))) {
    const text = fs.readFileSync(path.join(dir, file), "utf8");
    for (const m of text.matchAll(/\binterface (\w+)[^{]*\{([\s\S]*?)\n\s*\}/g)) {
      const members = out.get(m[1]) ?? new Set<string>();
      for (const member of m[2].matchAll(/^\s*(?:readonly\s+)?(\w+)\??\s*[(:<]/gm)) members.add(member[1]);
      out.set(m[1], members);
    }
  }
  return out;
}

type Obj = Record<string, unknown>;
/** Calls a method of a stand-in object. */
const call = (o: Obj, name: string, ...args: unknown[]): Obj => (o[name] as (...a: unknown[]) => Obj)(...args);
/** Reads a member, property or zero-argument method alike. */
const prop = (o: Obj, name: string): Obj => {
  const v = o[name];
  return (typeof v === "function" ? (v as () => unknown)() : v) as Obj;
};
const firstSheet = (app: Obj): Obj => call(prop(prop(app, "ActiveWorkbook"), "Worksheets"), "Item", 1);

function objects(build: WpsBuild): Obj[] {
  const app = createWpsStandin({ build }).Application as Obj;
  const workbook = prop(app, "ActiveWorkbook");
  const sheets = prop(workbook, "Worksheets");
  const sheet = call(sheets, "Item", 1);
  const range = call(sheet, "Range", "B2:C3");
  const cell = call(sheet, "Range", "A1");
  call(cell, "AddComment", "批注");
  const conditions = prop(cell, "FormatConditions");
  const condition = call(conditions, "Add", 2, undefined, "=A1>0");
  const names = prop(workbook, "Names");
  const borders = prop(range, "Borders");
  const comments = prop(sheet, "Comments");
  const shapes = prop(sheet, "Shapes");
  const chart = prop(call(shapes, "AddChart2", -1, 51, 0, 0, 200, 100), "Chart");
  chart.HasTitle = true;
  return [
    app,
    workbook,
    sheets,
    sheet,
    range,
    prop(range, "Interior"),
    prop(range, "Font"),
    borders,
    call(borders, "Item", 8),
    comments,
    call(comments, "Item", 1),
    conditions,
    condition,
    prop(condition, "Interior"),
    names,
    call(names, "Add", "DT_X", "='Sheet1'!$A$1:$B$2"),
    call(app, "CreateTaskPane", "http://127.0.0.1/taskpane.html"),
    prop(app, "PluginStorage"),
    prop(app, "ApiEvent"),
    prop(sheet, "PageSetup"),
    prop(sheet, "HPageBreaks"),
    shapes,
    call(shapes, "AddChart2", -1, 51, 0, 0, 200, 100),
    chart,
    prop(chart, "ChartTitle"),
    prop(app, "ActiveWindow"),
  ];
}

describe("the WPS stand-in is written from WPS's typings (et-jsapi-declare)", () => {
  test("every member of every stand-in object is a member of the interface of that name", () => {
    const typings = typingMembers();
    for (const object of objects("properties")) {
      const typeName = (object as unknown as Record<symbol, string>)[TYPE_NAME];
      const declared = typings.get(typeName);
      expect({ typeName, declared: Boolean(declared) }).toEqual({ typeName, declared: true });
      const unknown = Object.keys(object).filter((m) => !declared!.has(m));
      // Application's add-in members (CreateTaskPane …, ApiEvent) are declared on WPS.AddonRoot / EtAddonRoot.
      const addon = (m: string) => typings.get("AddonRoot")?.has(m) || typings.get("EtAddonRoot")?.has(m);
      const rest = typeName === "Application" ? unknown.filter((m) => !addon(m)) : unknown;
      expect({ typeName, rest }).toEqual({ typeName, rest: [] });
    }
  });
});

describe("the WPS stand-in is strict", () => {
  test("an unknown member throws; a read-only member refuses a value", () => {
    const app = createWpsStandin().Application as Obj;
    expect(() => app.ActiveDocument).toThrow(WpsStandinError);
    const range = call(firstSheet(app), "Range", "A1");
    expect(() => range.values).toThrow(/没有成员 values/);
    expect(() => {
      range.Row = 3;
    }).toThrow(/只读/);
    expect(() => call(call(firstSheet(app), "Range", "A1:B2"), "AddComment", "x")).toThrow(WpsStandinError);
  });

  test("members that vary by build are properties in one and zero-argument methods in the other", () => {
    const props = createWpsStandin({ build: "properties" }).Application as Obj;
    const methods = createWpsStandin({ build: "methods" }).Application as Obj;
    expect(typeof props.ActiveWorkbook).toBe("object");
    expect(typeof methods.ActiveWorkbook).toBe("function");
    const sheets = prop(prop(methods, "ActiveWorkbook"), "Worksheets");
    expect(typeof sheets.Count).toBe("function");
    expect(prop(sheets, "Count")).toBe(1);
  });

  test("colours are BGR numbers: r + g·256 + b·65536", () => {
    const { Application, view } = createWpsStandin();
    const interior = prop(call(firstSheet(Application as Obj), "Range", "A1"), "Interior");
    interior.Color = 0x0000ff;
    expect(view.sheets()[0].cell(0, 0).fill).toBe("#FF0000");
    interior.Color = 0xf7ebdd;
    expect(view.sheets()[0].cell(0, 0).fill).toBe("#DDEBF7");
    expect(() => {
      interior.Color = "#DDEBF7";
    }).toThrow(/颜色值无效/);
  });

  test("as VBA: the active sheet's window freezes at its split (SplitRow, SplitColumn), else at the active cell; False removes both", () => {
    const { Application, view } = createWpsStandin();
    const window = prop(Application as Obj, "ActiveWindow");
    const frozen = () => view.sheets()[0].frozen;
    window.SplitColumn = 3;
    expect(window.FreezePanes).toBe(false);
    expect(frozen()).toEqual({ rows: 0, columns: 0 });
    window.FreezePanes = true;
    expect(frozen()).toEqual({ rows: 0, columns: 3 });
    expect(window.SplitColumn).toBe(3);
    window.SplitRow = 4;
    expect(frozen()).toEqual({ rows: 4, columns: 3 });
    window.FreezePanes = false;
    expect(frozen()).toEqual({ rows: 0, columns: 0 });
    expect(window.SplitRow).toBe(0);
    view.select({ sheet: "Sheet1", row: 4, col: 2 });
    window.FreezePanes = true;
    expect(frozen()).toEqual({ rows: 4, columns: 2 });
    expect(() => {
      window.SplitRow = -1;
    }).toThrow(WpsStandinError);
    expect(() => {
      window.ScrollRow = 7;
    }).toThrow(/A1/);
  });

  test("as VBA: Worksheets.Add without arguments goes before the active sheet and activates it", () => {
    const { Application, view } = createWpsStandin();
    const sheets = prop(prop(Application as Obj, "ActiveWorkbook"), "Worksheets");
    call(sheets, "Add");
    expect(view.sheets().map((s) => s.name)).toEqual(["Sheet2", "Sheet1"]);
    expect(view.activeSheet()).toBe("Sheet2");
    expect(() => call(call(call(sheets, "Item", 1), "Range", "A1"), "Select")).not.toThrow();
    expect(() => call(call(call(sheets, "Item", 2), "Range", "A1"), "Select")).toThrow(/非活动工作表/);
  });

  test("as VBA: a chart is placed in points over cells, takes its data from a range of its sheet, and has a title only once HasTitle is set", () => {
    const { Application, view } = createWpsStandin();
    const app = Application as Obj;
    const sheet = firstSheet(app);
    const anchor = call(sheet, "Range", "C2:D5");
    const at = ["Left", "Top", "Width", "Height"].map((m) => prop(anchor, m) as unknown as number);
    // Default columns 8.43 characters = 64 px = 48 pt; rows 15 pt.
    expect(at).toEqual([96, 15, 96, 60]);
    const chart = prop(call(prop(sheet, "Shapes"), "AddChart2", -1, 51, ...at), "Chart");
    expect(() => prop(chart, "ChartTitle")).toThrow(/HasTitle/);
    expect(() => call(chart, "SetSourceData", "A1:B3", 2)).toThrow(WpsStandinError);
    call(chart, "SetSourceData", call(sheet, "Range", "A1:B3"), 2);
    chart.HasTitle = true;
    prop(chart, "ChartTitle").Text = "主要指标";
    expect(view.sheets()[0].charts).toEqual([
      {
        type: "ColumnClustered",
        data: { top: 0, left: 0, rows: 3, cols: 2 },
        seriesBy: "Columns",
        title: "主要指标",
        position: { start: "C2", end: "D5" },
      },
    ]);
    expect(() => call(prop(sheet, "Shapes"), "AddChart2", -1, 999, 0, 0, 10, 10)).toThrow(/图表类型无效/);
  });

  test("Value2 of one cell is a scalar, of several a 2-D array with empty cells undefined", () => {
    const sheet = firstSheet(createWpsStandin().Application as Obj);
    call(sheet, "Range", "A1:B1").Value2 = [[5, "=A1*2"]];
    expect(call(sheet, "Range", "B1").Value2).toBe(10);
    expect(call(sheet, "Range", "A1:C1").Value2).toEqual([[5, 10, undefined]]);
    expect(call(sheet, "Range", "A1:C1").Formula).toEqual([["5", "=A1*2", ""]]);
  });
});
