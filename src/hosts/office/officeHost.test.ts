import { insertTables } from "../../features/insert";
import { CLIENTS, type TestClient } from "../../../test/clients";
import type { StandinCellView } from "../../standin/view";
import { FLAG_COMMENT_PREFIX, FLAG_FILLS } from "../flagMarker";
import type { WriteOp } from "../types";
import { officeHost, warmUp } from "./officeHost";
import { WRITERS } from "./writers";

/** A small sheet as a user left it: values, a formula, a user fill, a user comment, a merge, a border. */
async function userWorkbook(client: TestClient, apiVersion?: string) {
  const standin = client.create({ apiVersion });
  const { Excel, view } = standin;
  view.typeInto("Sheet1", 1, 1, "12");
  view.typeInto("Sheet1", 2, 1, "3");
  view.typeInto("Sheet1", 3, 1, "=SUM(B2:B3)");
  view.typeInto("Sheet1", 1, 2, "文字");
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("B3").format.fill.color = "#00B050";
    sheet.getRange("B4").format.font.bold = true;
    sheet.getRange("B4").numberFormat = [["0.00##"]];
    sheet.getRange("D1:E1").merge();
    sheet.getRange("B2").format.borders.getItem("EdgeBottom").style = "Continuous";
    if (apiVersion === undefined) context.workbook.comments.add("Sheet1!B4", "用户自己的批注");
    await context.sync();
  });
  return standin;
}

function cellsOf(view: ReturnType<TestClient["create"]>["view"]): StandinCellView[][] {
  const sheet = view.sheets()[0];
  return Array.from({ length: 6 }, (_, r) => Array.from({ length: 6 }, (_, c) => sheet.cell(r, c)));
}

const FLAGS: WriteOp[] = [
  { op: "flag", sheet: "Sheet1", row: 1, col: 1, level: "warning", message: "R3 行合计不符" },
  { op: "flag", sheet: "Sheet1", row: 2, col: 1, level: "suspect", message: "最可能填错：建议值 0" },
  { op: "flag", sheet: "Sheet1", row: 3, col: 1, level: "error", message: "R2 （七）总计 应为 15" },
];

describe.each(CLIENTS)("on $name", (client) => {
  describe("flags over Office.js (stand-in)", () => {
    test("flagging shows the flag over the cell without changing its value, formula or own formatting", async () => {
      const { host, view } = await userWorkbook(client);
      const before = cellsOf(view);
      await host.run(async (session) => {
        await session.read({ values: true, flags: true });
        await session.write(FLAGS);
      });
      const after = cellsOf(view);
      const flagged = [
        [1, 1, "warning"],
        [2, 1, "suspect"],
        [3, 1, "error"],
      ] as const;
      for (const [r, c, level] of flagged) {
        expect(after[r][c].flag).toBe(level);
        expect(after[r][c].displayFill).toBe(FLAG_FILLS[level]);
        const { flag: _f, displayFill: _d, comment: _c, ...own } = after[r][c];
        const { flag: _f0, displayFill: _d0, comment: _c0, ...ownBefore } = before[r][c];
        expect(own).toEqual(ownBefore);
      }
      expect(after[2][1].fill).toBe("#00B050");
      expect(after[3][1]).toMatchObject({ value: 15, formula: "=SUM(B2:B3)", text: "15.00" });
      expect(after[1][1].comment).toBe(`${FLAG_COMMENT_PREFIX}R3 行合计不符`);
      expect(after[2][1].comment).toBe(`${FLAG_COMMENT_PREFIX}最可能填错：建议值 0`);
      expect(after[3][1].comment).toBe("用户自己的批注");
      for (let r = 0; r < 6; r += 1) {
        for (let c = 0; c < 6; c += 1) {
          if (flagged.some(([fr, fc]) => fr === r && fc === c)) continue;
          expect(after[r][c]).toEqual(before[r][c]);
        }
      }
    });

    test("read finds the flags; clearFlags restores exactly the look the cells had, user comment kept", async () => {
      const { host, view } = await userWorkbook(client);
      const before = cellsOf(view);
      await host.run(async (session) => {
        await session.read({ values: false, flags: true });
        await session.write(FLAGS);
      });
      const found = await host.run((session) => session.read({ values: false, flags: true }));
      expect(found.flags).toEqual(
        expect.arrayContaining([
          { sheet: "Sheet1", row: 1, col: 1, level: "warning" },
          { sheet: "Sheet1", row: 2, col: 1, level: "suspect" },
          { sheet: "Sheet1", row: 3, col: 1, level: "error" },
        ]),
      );
      expect(found.flags).toHaveLength(3);

      const syncs = view.syncCount;
      await host.run(async (session) => {
        await session.read({ values: false, flags: true });
        await session.write([{ op: "clearFlags" }]);
      });
      expect(view.syncCount - syncs).toBeLessThanOrEqual(2);
      expect(cellsOf(view)).toEqual(before);
      const again = await host.run((session) => session.read({ values: false, flags: true }));
      expect(again.flags).toEqual([]);
    });

    test("a user's conditional format is neither read as a flag nor cleared", async () => {
      const { host, view, Excel } = await userWorkbook(client);
      await Excel.run(async (context) => {
        const cf = context.workbook.worksheets.getItem("Sheet1").getRange("C2").conditionalFormats.add("Custom");
        cf.custom.rule.formula = "=C2<>0";
        cf.custom.format.fill.color = "#0000FF";
        await context.sync();
      });
      expect(view.sheets()[0].cell(1, 2).displayFill).toBe("#0000FF");
      await host.run(async (session) => {
        const snapshot = await session.read({ values: true, flags: true });
        expect(snapshot.flags).toEqual([]);
        await session.write([{ op: "clearFlags" }, ...FLAGS]);
      });
      await host.run(async (session) => {
        await session.read({ flags: true });
        await session.write([{ op: "clearFlags" }]);
      });
      expect(view.sheets()[0].cell(1, 2).displayFill).toBe("#0000FF");
      expect(view.sheets()[0].cell(1, 1).flag).toBeNull();
    });

    test("re-flagging in one write (clear, then flag again) does not collide with the add-in's own comments", async () => {
      const { host, view } = await userWorkbook(client);
      for (let i = 0; i < 2; i += 1) {
        await host.run(async (session) => {
          await session.read({ values: true, flags: true });
          await session.write([{ op: "clearFlags" }, ...FLAGS]);
        });
      }
      expect(view.sheets()[0].cell(1, 1).comment).toBe(`${FLAG_COMMENT_PREFIX}R3 行合计不符`);
    });

    test("without ExcelApi 1.10 flags carry no comment and cellMessages is false", async () => {
      const { host, view } = await userWorkbook(client, "1.9");
      expect(host.capabilities).toEqual({
        flags: true,
        cellMessages: false,
        pageSetup: true,
        charts: true,
        freezePanes: true,
      });
      await host.run(async (session) => {
        await session.read({ values: true, flags: true });
        await session.write(FLAGS);
      });
      expect(view.sheets()[0].cell(3, 1)).toMatchObject({ flag: "error", comment: null });
    });
  });

  describe("reading a workbook over Office.js (stand-in)", () => {
    test("values, formulas, merges (with ExcelApi 1.13), names, active sheet, hidden sheets", async () => {
      const { host, Excel } = await userWorkbook(client);
      await Excel.run(async (context) => {
        const hidden = context.workbook.worksheets.add("隐藏");
        hidden.visibility = "Hidden";
        hidden.getRange("C3").values = [["#REF!"]];
        context.workbook.names.add("DT_2024_T2", context.workbook.worksheets.getItem("Sheet1").getRange("B2:C4"));
        await context.sync();
      });
      const snapshot = await host.run((session) => session.read({ values: true }));
      const sheet1 = snapshot.sheets[0];
      expect(sheet1).toMatchObject({ name: "Sheet1", top: 0, left: 1, hidden: false });
      expect(sheet1.values[1]).toEqual([12, "文字", null, null]);
      expect(sheet1.values[3][0]).toBe(15);
      expect(sheet1.formulas[3][0]).toBe("=SUM(B2:B3)");
      expect(sheet1.formulas[1][0]).toBeNull();
      expect(sheet1.merges).toEqual([{ top: 0, left: 3, rows: 1, cols: 2 }]);
      expect(snapshot.sheets[1]).toMatchObject({ name: "隐藏", hidden: true, top: 2, left: 2, values: [["#REF!"]] });
      expect(snapshot.names).toEqual([
        { name: "DT_2024_T2", sheet: "Sheet1", box: { top: 1, left: 1, rows: 3, cols: 2 } },
      ]);
      expect(snapshot.activeSheet).toBe("Sheet1");
    });

    test("merges are not read below ExcelApi 1.13", async () => {
      const { host } = await userWorkbook(client, "1.12");
      const snapshot = await host.run((session) => session.read({ values: true }));
      expect(snapshot.sheets[0].merges).toEqual([]);
    });

    test("one sync per read once the host knows the sheets; a sheet never seen costs a second sync", async () => {
      const { host, view, Excel } = await userWorkbook(client);
      await Excel.run(async (context) => {
        context.workbook.worksheets.add("第二张").getRange("B2").values = [[2]];
        await context.sync();
      });
      const reads = async (scope = { values: true, flags: true }) => {
        const before = view.syncCount;
        const snapshot = await host.run((session) => session.read(scope));
        return { snapshot, syncs: view.syncCount - before };
      };
      const first = await reads();
      expect(first.syncs).toBe(2);
      expect(first.snapshot.sheets.map((s) => [s.name, s.values.length > 0])).toEqual([
        ["Sheet1", true],
        ["第二张", true],
      ]);
      expect((await reads()).syncs).toBe(1);

      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").name = "改名";
        context.workbook.worksheets.add("新表").getRange("A1").values = [["新"]];
        await context.sync();
      });
      view.activate("第二张");
      const renamedAndAdded = await reads({ values: true, flags: false });
      expect(renamedAndAdded.snapshot.sheets.map((s) => s.name)).toEqual(["改名", "第二张", "新表"]);
      expect(renamedAndAdded.snapshot.sheets[2].values).toEqual([["新"]]);
      expect(renamedAndAdded.snapshot.sheets[0].values[1][0]).toBe(12);
      expect(renamedAndAdded.syncs).toBe(2);

      // A renamed sheet is known by its id; a sheet added and made active is read through the active sheet.
      await Excel.run(async (context) => {
        context.workbook.worksheets.getItem("改名").name = "又改名";
        const pasted = context.workbook.worksheets.add("粘贴");
        pasted.getRange("C3").values = [[7]];
        pasted.activate();
        await context.sync();
      });
      const oneSync = await reads();
      expect(oneSync.syncs).toBe(1);
      expect(oneSync.snapshot.activeSheet).toBe("粘贴");
      expect(oneSync.snapshot.sheets.map((s) => s.name)).toEqual(["又改名", "第二张", "新表", "粘贴"]);
      expect(oneSync.snapshot.sheets[3]).toMatchObject({ top: 2, left: 2, values: [[7]] });
      expect(oneSync.snapshot.sheets[0].values[1][0]).toBe(12);
    });

    test("a single-sheet workbook is read in one sync by a fresh host (the active sheet)", async () => {
      const { host, view } = await userWorkbook(client);
      const before = view.syncCount;
      const snapshot = await host.run((session) => session.read({ values: true, flags: true }));
      expect(view.syncCount - before).toBe(1);
      expect(snapshot.sheets[0].values[3][0]).toBe(15);
    });

    test("warmUp learns the sheets in one sync: the first read of a many-sheet workbook is then one sync", async () => {
      const { host, view, Excel } = await userWorkbook(client);
      await Excel.run(async (context) => {
        for (const name of ["甲", "乙", "丙"]) context.workbook.worksheets.add(name).getRange("A1").values = [[name]];
        context.workbook.worksheets.getItem("Sheet1").activate();
        await context.sync();
      });
      let before = view.syncCount;
      await warmUp(host);
      expect(view.syncCount - before).toBe(1);
      before = view.syncCount;
      const snapshot = await host.run((session) => session.read({ values: true, flags: true }));
      expect(view.syncCount - before).toBe(1);
      expect(snapshot.sheets.map((s) => s.values[0]?.[0] ?? null)).toEqual([null, "甲", "乙", "丙"]);
    });

    test("warmUp leaves a host that is not an Office.js host alone", async () => {
      const other = { capabilities: { flags: false, cellMessages: false }, run: jest.fn() };
      await warmUp(other);
      expect(other.run).not.toHaveBeenCalled();
    });
  });

  describe("round trips of a check after inserting the tables", () => {
    test("read everything with flags, then clear and flag: two syncs; a third only when user comments exist", async () => {
      const { host, view, Excel } = client.create();
      await insertTables(host, { year: 2024, unit: "胡集乡", tables: ["二", "三", "四"] });
      const check = async () => {
        const before = view.syncCount;
        await host.run(async (session) => {
          await session.read({ values: true, flags: true });
          await session.write([
            { op: "clearFlags" },
            { op: "flag", sheet: "2024年报表", row: 21, col: 3, level: "error", message: "R2" },
          ]);
        });
        return view.syncCount - before;
      };
      expect(await check()).toBe(2);
      expect(await check()).toBe(2);
      await Excel.run(async (context) => {
        context.workbook.comments.add("'2024年报表'!E22", "用户批注");
        await context.sync();
      });
      expect(await check()).toBe(3);
      expect(view.sheets()[1].cell(21, 4).comment).toBe("用户批注");
    });
  });

  describe("frozen panes over Office.js (worksheet.freezePanes, ExcelApi 1.7)", () => {
    const frozenAfter = async (ops: WriteOp[], apiVersion?: string) => {
      const { host, view } = await userWorkbook(client, apiVersion);
      await host.run((session) => session.write(ops));
      return { frozen: view.sheets()[0].frozen, host };
    };
    const freeze = (rows: number, columns: number): WriteOp => ({ op: "freezePanes", sheet: "Sheet1", rows, columns });

    test("rows and columns, columns only, rows only, none; each write replaces the panes frozen before", async () => {
      expect((await frozenAfter([freeze(4, 2)])).frozen).toEqual({ rows: 4, columns: 2 });
      expect((await frozenAfter([freeze(0, 3)])).frozen).toEqual({ rows: 0, columns: 3 });
      expect((await frozenAfter([freeze(2, 0)])).frozen).toEqual({ rows: 2, columns: 0 });
      expect((await frozenAfter([freeze(4, 2), freeze(0, 3)])).frozen).toEqual({ rows: 0, columns: 3 });
      expect((await frozenAfter([freeze(4, 2), freeze(0, 0)])).frozen).toEqual({ rows: 0, columns: 0 });
    });

    test("freezeRows and freezeColumns leave the other axis; freezeAt takes a range; unfreeze clears", async () => {
      const { Excel, view } = client.create();
      const frozen = async (act: (panes: Excel.WorksheetFreezePanes, sheet: Excel.Worksheet) => void) => {
        await Excel.run(async (context) => {
          const sheet = context.workbook.worksheets.getItem("Sheet1");
          // A navigation property: queued commands go through it without a load.
          // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
          act(sheet.freezePanes, sheet);
          await context.sync();
        });
        return view.sheets()[0].frozen;
      };
      expect(await frozen((panes) => panes.freezeRows(2))).toEqual({ rows: 2, columns: 0 });
      expect(await frozen((panes) => panes.freezeColumns())).toEqual({ rows: 2, columns: 1 });
      expect(await frozen((panes, sheet) => panes.freezeAt(sheet.getRange("A1:C5")))).toEqual({ rows: 5, columns: 3 });
      expect(await frozen((panes) => panes.unfreeze())).toEqual({ rows: 0, columns: 0 });
    });

    test("without ExcelApi 1.7 the op is left out and capabilities.freezePanes says so", async () => {
      const { frozen, host } = await frozenAfter([freeze(0, 3)], "1.6");
      expect(frozen).toEqual({ rows: 0, columns: 0 });
      expect(host.capabilities.freezePanes).toBe(false);
    });
  });

  describe("the session names every sync", () => {
    test("a check's syncs and why; a write that must read first says so", async () => {
      const { Excel, isSetSupported } = client.create();
      const host = officeHost({ excel: Excel, isSetSupported });
      await insertTables(host, { year: 2024, unit: "胡集乡", tables: ["二", "三", "四"] });
      const flag: WriteOp = { op: "flag", sheet: "2024年报表", row: 21, col: 3, level: "error", message: "R2" };
      const checked = await host.runSession(async (session) => {
        await session.read({ values: true, flags: true });
        await session.write([{ op: "clearFlags" }, flag]);
        return session.syncs;
      });
      expect(checked).toEqual(["read", "write"]);
      const blind = await host.runSession(async (session) => {
        await session.write([{ op: "clearFlags" }]);
        return session.syncs;
      });
      expect(blind).toEqual(["read flags before writing", "write"]);
      await Excel.run(async (context) => {
        context.workbook.comments.add("'2024年报表'!E22", "用户批注");
        await context.sync();
      });
      const withComment = await host.runSession(async (session) => {
        await session.read({ values: true, flags: true });
        await session.write([{ op: "clearFlags" }, flag]);
        return session.syncs;
      });
      expect(withComment).toEqual(["read", "locate comments before adding ours", "write"]);
    });

    test("every WriteOp kind has its writer", () => {
      const kinds: WriteOp["op"][] = [
        "addSheet",
        "setValues",
        "setFormula",
        "merge",
        "style",
        "columnWidths",
        "rowHeight",
        "addName",
        "flag",
        "clearFlags",
        "select",
        "pageSetup",
        "freezePanes",
        "chart",
      ];
      expect(Object.keys(WRITERS).sort()).toEqual([...kinds].sort());
    });
  });
});
