import { createOfficeJsClient } from "./officeJs";
import type { RequestBody } from "./bridge";
import { until } from "../../../test/clients";

/** Every request body Microsoft's client sends, as it sent it. */
function recording(client: ReturnType<typeof createOfficeJsClient>): RequestBody[] {
  const bodies: RequestBody[] = [];
  const execute = client.bridge.execute.bind(client.bridge);
  client.bridge.execute = (body) => {
    bodies.push(JSON.parse(JSON.stringify(body)) as RequestBody);
    return execute(body);
  };
  return bodies;
}

describe("Microsoft's Office.js client over the host bridge", () => {
  test("a range kept across syncs is sent by its _ReferenceId; loaded values come back as the client reads them", async () => {
    const client = createOfficeJsClient();
    const bodies = recording(client);
    const values = await client.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2:C3");
      range.values = [
        [1, "两"],
        [3, "=A1+4"],
      ];
      await context.sync();
      range.load("values,address,rowIndex");
      await context.sync();
      return { values: range.values, address: range.address, row: range.rowIndex };
    });
    expect(values).toEqual({
      values: [
        [1, "两"],
        [3, 4],
      ],
      address: "Sheet1!B2:C3",
      row: 1,
    });
    expect(bodies[0].Actions.some((a) => a.Name === "_KeepReference")).toBe(true);
    const second = Object.values(bodies[1].ObjectPaths);
    expect(second.map((p) => p.ObjectPathType)).toEqual([6]);
    expect(second[0].Name).toMatch(/^bridge-ref-/);
    // After the run the client releases what it kept.
    const last = bodies[bodies.length - 1];
    expect(last.Actions.filter((a) => a.ActionType === 3).map((a) => a.Name)).toEqual(["_RemoveReference"]);
  });

  test("collection items come back with their ids, so a later request reaches the same sheet, comment, format", async () => {
    const client = createOfficeJsClient();
    await client.Excel.run(async (context) => {
      context.workbook.worksheets.add("第二张");
      await context.sync();
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      sheets.items[1].getRange("A1").values = [["到了"]];
      context.workbook.comments.add("第二张!A2", "批注");
      await context.sync();
      const comments = context.workbook.comments.load("items/content");
      await context.sync();
      comments.items[0].content = "改过的批注";
      await context.sync();
    });
    const second = client.view.sheets()[1];
    expect(second.cell(0, 0).value).toBe("到了");
    expect(second.cell(1, 0).comment).toBe("改过的批注");
  });

  test("null objects, and the error codes Excel answers with", async () => {
    const client = createOfficeJsClient();
    const nulls = await client.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("没有这张");
      const present = context.workbook.worksheets.getItemOrNullObject("Sheet1");
      const cf = present.getRange("A1").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=A1>0";
      const loaded = present.getRange().conditionalFormats.load("items/type,items/customOrNullObject/rule/formula");
      await context.sync();
      return {
        missing: missing.isNullObject,
        present: present.isNullObject,
        formulas: loaded.items.map((x) => x.customOrNullObject.rule.formula),
      };
    });
    expect(nulls).toEqual({ missing: true, present: false, formulas: ["=A1>0"] });
    const failure = client.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("没有这张").getRange("A1").values = [[1]];
      await context.sync();
    });
    await expect(failure).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  test("a proxy used after its Excel.run ended fails with InvalidObjectPath", async () => {
    const client = createOfficeJsClient();
    const range = await client.Excel.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      r.load("address");
      await context.sync();
      return r;
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(
      client.Excel.run(async (context) => {
        const other = context.workbook.worksheets.getItem("Sheet1");
        other.getRange("B1").values = [[1]];
        range.values = [[2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidObjectPath" });
  });

  test("the request size limit: a request above it fails with RequestPayloadSizeLimitExceeded", async () => {
    const client = createOfficeJsClient({ maxRequestBytes: 2000 });
    const big = Array.from({ length: 100 }, (_, i) => [`第${i}行的一段文字`]);
    await expect(
      client.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A100").values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(client.view.sheets()[0].cell(0, 0).value).toBeNull();
    expect(client.bridge.largestRequest).toBeGreaterThan(2000);
  });
});

describe("events through Office's messaging (WorksheetCollection.onChanged)", () => {
  test("the user's edit and the add-in's own write reach the handler as WorksheetChangedEventArgs (the add-in's marked, ExcelApi 1.14); removing it unregisters through the client", async () => {
    const client = createOfficeJsClient({ apiVersion: "1.14" });
    const bodies = recording(client);
    const seen: Excel.WorksheetChangedEventArgs[] = [];
    const added = await client.Excel.run(async (context) => {
      const result = context.workbook.worksheets.onChanged.add(async (event) => {
        seen.push(event);
      });
      await context.sync();
      return result;
    });
    expect(bodies.flatMap((b) => b.Actions.map((a) => a.Name))).toContain("_RegisterDataChangedEvent");
    expect(client.bridge.events.listening).toBe(true);
    const sheetId = await client.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1").load("id");
      sheet.getRange("A1").values = [["加载项自己写的"]];
      await context.sync();
      return sheet.id;
    });
    client.view.typeInto("Sheet1", 2, 1, "12");
    await until(() => seen.length > 1);
    expect(seen).toHaveLength(2);
    const user = seen.find((e) => e.address === "B3")!;
    expect(user).toMatchObject({
      type: "WorksheetChanged",
      changeType: "RangeEdited",
      source: "Local",
      worksheetId: sheetId,
      triggerSource: "Unknown",
    });
    expect(typeof user.getRange).toBe("function");
    expect(seen.find((e) => e.address === "A1")).toMatchObject({
      worksheetId: sheetId,
      triggerSource: "ThisLocalAddin",
    });

    await client.window.Excel.run(added.context, async (context) => {
      added.remove();
      await context.sync();
    });
    expect(bodies.flatMap((b) => b.Actions.map((a) => a.Name))).toContain("_UnregisterDataChangedEvent");
    expect(client.bridge.events.listening).toBe(false);
    const sent = client.bridge.events.delivered;
    client.view.typeInto("Sheet1", 2, 1, "13");
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(client.bridge.events.delivered).toBe(sent);
    expect(seen).toHaveLength(2);
  }, 60_000);

  test("an event registration the bridge does not carry fails loudly", async () => {
    const client = createOfficeJsClient();
    await expect(
      client.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").onChanged.add(async () => undefined);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound", message: expect.stringContaining("_RegisterDataChangedEvent") });
    const events = createOfficeJsClient().bridge.events;
    const done = jest.fn();
    expect(() =>
      events.registerForEvent("documentSelectionChanged", () => undefined, done, { eventDispId: 2 }),
    ).toThrow(/替身未实现事件 documentSelectionChanged/);
    expect(done).not.toHaveBeenCalled();
  });
});
