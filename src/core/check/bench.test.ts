import { FORMAT_2021, allDataCells, keyOf } from "../format";
import { benchEngine, benchReports } from "./bench";
import * as engine from "./engine";
import { checkReport } from "./engine";

// The time budget (≤ 1 ms per report) is measured by `npm run bench`, not here: tests hold no timings.
describe("benchmark fixture", () => {
  test("the clean pair is a full 2021 report, every cell a number, and passes every rule", () => {
    const clean = benchReports("clean");
    const keys = allDataCells(FORMAT_2021).map(keyOf);
    expect([...clean.report.cells.keys()].sort()).toEqual([...keys].sort());
    for (const cell of clean.report.cells.values()) expect(typeof cell.value).toBe("number");
    expect(clean.previous.year).toBe(2023);
    expect(checkReport(clean.report, { previous: clean.previous })).toEqual([]);
  });

  test("the erroneous one has exactly the errors planted in it", () => {
    const bad = benchReports("errors");
    const findings = checkReport(bad.report, { previous: bad.previous });
    expect(findings.map((f) => f.rule)).toEqual(["R8", "R2", "R3", "R4"]);
    expect(findings[0].suspect?.suggested).toBe(0);
    expect(findings[1].suspect).toMatchObject({ column: "自然人", value: 51 });
    expect(findings[3].candidates?.length).toBeGreaterThan(1);
  });

  test("benchEngine checks the fixture (warm-up, then the timed calls) and returns a duration per call", () => {
    const spy = jest.spyOn(engine, "checkReport");
    const ms = benchEngine(10, "errors");
    expect(spy).toHaveBeenCalledTimes(20);
    const [report, options] = spy.mock.calls[0];
    expect(report.year).toBe(2024);
    expect(options?.previous?.year).toBe(2023);
    expect(Number.isFinite(ms)).toBe(true);
    expect(ms).toBeGreaterThanOrEqual(0);
    spy.mockRestore();
  });
});
