import { defaultReportYear, parseReportYear } from "./year";
import { unsupportedMessage } from "./requirements";

const JAN_2025 = new Date(2025, 0, 10);

describe("report year", () => {
  it("defaults to last calendar year", () => {
    expect(defaultReportYear(JAN_2025)).toBe(2024);
    expect(defaultReportYear(new Date(2030, 11, 31))).toBe(2029);
  });

  it("accepts 2019 up to next year", () => {
    expect(parseReportYear("2019", JAN_2025)).toEqual({ year: 2019 });
    expect(parseReportYear(" 2026 ", JAN_2025)).toEqual({ year: 2026 });
  });

  it.each(["2018", "2027", "", "24", "2024.5", "abc", "２０２４"])("refuses %p with a message", (text) => {
    const result = parseReportYear(text, JAN_2025);
    expect(result).toEqual({ problem: expect.stringContaining("2019 至 2026") });
  });
});

describe("requirement set", () => {
  const globals = globalThis as { Office?: unknown; Excel?: unknown };
  const original = { Office: globals.Office, Excel: globals.Excel };
  beforeEach(() => {
    globals.Excel = {};
  });
  afterEach(() => {
    globals.Office = original.Office;
    globals.Excel = original.Excel;
  });

  it("asks to open the add-in in Excel where there is no Excel API", () => {
    delete globals.Excel;
    fakeOffice(true);
    expect(unsupportedMessage()).toMatch(/^请在 Excel 中打开本加载项/);
  });

  function fakeOffice(supported: boolean, seen: string[] = []) {
    (globalThis as { Office?: unknown }).Office = {
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) => {
            seen.push(`${name} ${version}`);
            return supported;
          },
        },
      },
    };
    return seen;
  }

  it("is silent where the set is supported, and asks for it by name and version", () => {
    const seen = fakeOffice(true);
    expect(unsupportedMessage()).toBeNull();
    expect(seen).toEqual(["ExcelApi 1.4"]);
  });

  it("explains in Chinese where it is not", () => {
    fakeOffice(false);
    expect(unsupportedMessage()).toBe("此版本的 Excel 不支持本加载项需要的 ExcelApi 1.4，请更新 Office 后再使用。");
  });
});
