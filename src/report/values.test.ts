import type { CellKind } from "../format";
import type { RawValue } from "./model";
import { isValueLike, parseCellValue } from "./values";

const read = (raw: RawValue, kind: CellKind = "count") => parseCellValue(raw, kind);

describe("parseCellValue", () => {
  test.each([null, "", "   ", "\u3000", " \t "])("blank: %p", (raw) => {
    expect(read(raw)).toEqual({ value: null, problems: ["blank"] });
  });

  test.each(["/", "／", "—", "——", "-", "–", "－", "无", "空", " / "])("placeholder: %p", (raw) => {
    expect(read(raw)).toEqual({ value: null, problems: ["placeholder"] });
  });

  test.each([
    ["１２", 12],
    ["０", 0],
    ["１，２３４", 1234],
    ["９６１７１．６", 96171.6],
  ])("full-width digits %p read as %p", (raw, value) => {
    expect(read(raw, "amount")).toEqual({ value, problems: ["fullWidth"] });
  });

  test.each([
    ["12", 12],
    [" 12 ", 12],
    ["1,234", 1234],
    ["3985758", 3985758],
    ["0", 0],
  ])("number stored as text %p", (raw, value) => {
    expect(read(raw)).toEqual({ value, problems: ["numberAsText"] });
  });

  test.each(["#REF!", "#VALUE!", "#N/A", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"])(
    "error value %p",
    (raw) => {
      expect(read(raw)).toEqual({ value: null, problems: ["errorValue"] });
    },
  );

  test.each(["abc", "十二", "12件", "251000元", "1,23", "12 34", "#", "1.2.3"])("not a number: %p", (raw) => {
    expect(read(raw)).toEqual({ value: null, problems: ["notNumber"] });
  });

  test.each([true, false])("boolean %p is not a number", (raw) => {
    expect(read(raw)).toEqual({ value: null, problems: ["notNumber"] });
  });

  test("NaN and infinities are not numbers", () => {
    expect(read(Number.NaN).problems).toEqual(["notNumber"]);
    expect(read(Number.POSITIVE_INFINITY).problems).toEqual(["notNumber"]);
  });

  test("clean numbers have no problems", () => {
    expect(read(0)).toEqual({ value: 0, problems: [] });
    expect(read(3119)).toEqual({ value: 3119, problems: [] });
    expect(read(-0)).toEqual({ value: 0, problems: [] });
  });

  test("counts: negative and non-whole are flagged", () => {
    expect(read(-1)).toEqual({ value: -1, problems: ["negative"] });
    expect(read(1.5)).toEqual({ value: 1.5, problems: ["fraction"] });
    expect(read(-2.5)).toEqual({ value: -2.5, problems: ["negative", "fraction"] });
    expect(read("-3")).toEqual({ value: -3, problems: ["numberAsText", "negative"] });
  });

  test("signed counts may be negative but must be whole", () => {
    expect(read(-18, "signedCount")).toEqual({ value: -18, problems: [] });
    expect(read("-15", "signedCount")).toEqual({ value: -15, problems: ["numberAsText"] });
    expect(read(1.5, "signedCount")).toEqual({ value: 1.5, problems: ["fraction"] });
  });

  test("amounts may have decimals but not be negative", () => {
    expect(read(59237.2449, "amount")).toEqual({ value: 59237.2449, problems: [] });
    expect(read("96171.6", "amount")).toEqual({ value: 96171.6, problems: ["numberAsText"] });
    expect(read(-1, "amount")).toEqual({ value: -1, problems: ["negative"] });
  });

  test("huge whole numbers are exact up to 2^53", () => {
    const max = Number.MAX_SAFE_INTEGER;
    expect(read(max)).toEqual({ value: max, problems: [] });
    expect(read(2 ** 53)).toEqual({ value: 9007199254740992, problems: [] });
    expect(read("9007199254740991").value).toBe(max);
    expect(read("12,345,678,901")).toEqual({ value: 12345678901, problems: ["numberAsText"] });
  });
});

describe("isValueLike", () => {
  test("numbers, placeholders and error values stand in data positions; labels and blanks do not", () => {
    expect([0, "12", "１２", "/", "—", "#REF!"].map(isValueLike)).toEqual([true, true, true, true, true, true]);
    expect([null, "", "规章", "十二", true].map(isValueLike)).toEqual([false, false, false, false, false]);
  });
});
