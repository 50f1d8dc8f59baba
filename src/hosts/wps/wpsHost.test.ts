import { createWpsStandin } from "../../standin/wps";
import { createWpsStandinHost } from "../../standin/wps/host";
import type { EtApplication } from "./et";
import { asGrid, bgr, cellValue, read, rgbHex } from "./jsapi";
import { wpsApplication } from "./detect";
import { NO_WORKBOOK, wpsHost } from "./wpsHost";

describe("WPS host", () => {
  test("a sheet whose used range is one cell (Value2 a scalar) reads as a 1×1 grid", async () => {
    const { host } = createWpsStandinHost({ build: "methods" });
    await host.run((s) => s.write([{ op: "setValues", sheet: "Sheet1", top: 2, left: 3, values: [[42]] }]));
    const snapshot = await host.run((s) => s.read({ values: true }));
    expect(snapshot.sheets[0]).toMatchObject({ top: 2, left: 3, values: [[42]], formulas: [[null]] });
    expect(asGrid("x", 1, 1)).toEqual([["x"]]);
    expect(() => asGrid("x", 2, 1)).toThrow(/形状不符/);
  });

  test("error values passed as COM error numbers read as their text", () => {
    expect(cellValue(-2146826281)).toBe("#DIV/0!");
    expect(cellValue(-2146826265)).toBe("#REF!");
    expect(cellValue(12.5)).toBe(12.5);
    expect(cellValue(undefined)).toBeNull();
    expect(cellValue("")).toBeNull();
  });

  test("colours go to WPS as BGR numbers and back", () => {
    expect(bgr("#FFC7CE")).toBe(0xcec7ff);
    expect(rgbHex(bgr("#1F4E79"))).toBe("#1F4E79");
  });

  test("a member read as property or method gives the same value", () => {
    const owner = {
      n: 3,
      m() {
        return 4;
      },
    };
    expect(read(owner, owner.n)).toBe(3);
    expect(read(owner, owner.m)).toBe(4);
  });

  test("no open workbook: a plain message, not a crash", async () => {
    const app = { ActiveWorkbook: null, ScreenUpdating: true } as unknown as EtApplication;
    await expect(wpsHost(app).run((s) => s.read())).rejects.toThrow(NO_WORKBOOK);
  });

  test("names are written as ='表'!$A$1:$H$30 and read back", async () => {
    const { host, Application } = createWpsStandinHost();
    await host.run((s) =>
      s.write([
        { op: "addSheet", sheet: "2024年报表" },
        { op: "addName", name: "DT_2024_T3", sheet: "2024年报表", box: { top: 0, left: 0, rows: 30, cols: 8 } },
      ]),
    );
    const app = Application as EtApplication;
    const names = read(app, app.ActiveWorkbook)!.Names;
    const item = read(read(app, app.ActiveWorkbook)!, names).Item(1);
    expect(read(item, item.RefersTo)).toBe("='2024年报表'!$A$1:$H$30");
    const snapshot = await host.run((s) => s.read({ values: false }));
    expect(snapshot.names).toEqual([
      { name: "DT_2024_T3", sheet: "2024年报表", box: { top: 0, left: 0, rows: 30, cols: 8 } },
    ]);
    // addSheet without activate: the new sheet is last and the user's sheet stays active (WPS's Add activates).
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Sheet1", "2024年报表"]);
    expect(snapshot.activeSheet).toBe("Sheet1");
  });
});

describe("detecting WPS", () => {
  test("WPS 表格's Application (global or wps.EtApplication()) is found; elsewhere null", () => {
    const { Application } = createWpsStandin();
    expect(wpsApplication({ Application })).toBe(Application);
    expect(wpsApplication({ wps: { EtApplication: () => Application } })).toBe(Application);
    expect(wpsApplication({})).toBeNull();
    expect(wpsApplication({ Application: { ActiveDocument: {} } })).toBeNull();
    expect(
      wpsApplication({
        wps: {
          EtApplication: () => {
            throw new Error("x");
          },
        },
      }),
    ).toBeNull();
  });
});
