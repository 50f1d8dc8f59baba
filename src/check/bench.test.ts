import { benchEngine, benchReports } from "./bench";
import { checkReport } from "./engine";

describe("benchmark fixture", () => {
  test("the clean pair passes; the erroneous one has the errors planted in it", () => {
    const clean = benchReports("clean");
    expect(checkReport(clean.report, { previous: clean.previous })).toEqual([]);
    const bad = benchReports("errors");
    const findings = checkReport(bad.report, { previous: bad.previous });
    expect(findings.map((f) => f.rule)).toEqual(["R8", "R2", "R3", "R4"]);
    expect(findings[0].suspect?.suggested).toBe(0);
    expect(findings[1].suspect).toMatchObject({ column: "自然人", value: 51 });
    expect(findings[3].candidates?.length).toBeGreaterThan(1);
  });

  test("benchEngine reports milliseconds per report (regression guard, far above the 1 ms budget)", () => {
    const ms = benchEngine(200, "errors");
    // eslint-disable-next-line no-console
    console.log(`checkReport: ${ms.toFixed(3)} ms per report (jest, with errors)`);
    expect(ms).toBeGreaterThan(0);
    expect(ms).toBeLessThan(5);
  });
});
