/**
 * The stand-in's getItem is lazy as Excel's is (issue 12, behaviours no test held): a missing sheet does not throw
 * when asked for, only at sync; a sheet added earlier in the same batch is found by name before any sync.
 */
import { createStandin } from ".";
import { StandinError } from "./errors";

test("getItem of a missing sheet returns a proxy at call time; the batch fails at sync with ItemNotFound", async () => {
  const { Excel } = createStandin();
  let calledWithoutThrowing = false;
  let code = "no error";
  try {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("没有这张表");
      sheet.getRange("A1").values = [[1]];
      calledWithoutThrowing = true;
      await context.sync();
    });
  } catch (error) {
    code = error instanceof StandinError ? error.code : String(error);
  }
  expect(calledWithoutThrowing).toBe(true);
  expect(code).toBe("ItemNotFound");
});

test("add then getItem of the same sheet in one batch: found, written, one sync", async () => {
  const { Excel, view } = createStandin();
  const before = view.syncCount;
  await Excel.run(async (context) => {
    context.workbook.worksheets.add("2025年报表");
    context.workbook.worksheets.getItem("2025年报表").getRange("B2").values = [[7]];
    await context.sync();
  });
  expect(view.syncCount - before).toBe(1);
  const sheet = view.sheets().find((s) => s.name === "2025年报表")!;
  expect(sheet.cell(1, 1).value).toBe(7);
});
