import type { CellKind } from "../format";
import type { RawValue } from "./model";
import { isValueLike, parseCellValue, shiftDecimal } from "./values";

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

  test.each(["abc", "十二", "十二件", "1,23", "12 34", "#", "1.2.3", "1.2.3件", "件", "12 34件"])(
    "not a number: %p",
    (raw) => {
      expect(read(raw)).toEqual({ value: null, problems: ["notNumber"] });
    },
  );

  test.each([
    ["251000元", 25.1],
    ["251,000 元", 25.1],
    ["25.1万元", 25.1],
    ["96171.6 万元", 96171.6],
    ["96171.6（万元）", 96171.6],
    ["3940元", 0.394],
    ["0.5元", 0.00005],
    ["59237.2449万", 59237.2449],
    ["1.5亿元", 15000],
    ["1234567890123元", 123456789.0123],
    ["0元", 0],
  ])("an amount written with its unit %p is read in 万元 as %p", (raw, value) => {
    expect(read(raw, "amount")).toEqual({ value, problems: ["withUnit"] });
  });

  test("元 → 万元 is exact on the decimal digits (no floating-point residue)", () => {
    // 0.3 / 10000 and 1234567.89 / 10000 in floating point are not the decimals typed.
    expect(0.3 / 10000).not.toBe(0.00003);
    expect(read("0.3元", "amount").value).toBe(0.00003);
    expect(1234567.89 / 10000).not.toBe(123.456789);
    expect(read("1234567.89元", "amount").value).toBe(123.456789);
  });

  test.each([
    ["12件", 12],
    ["12 件", 12],
    ["0条", 0],
    ["3个", 3],
    ["1,234 件", 1234],
    ["７件", 7],
  ])("a count written with a unit %p is read as %p", (raw, value) => {
    const expected = raw === "７件" ? ["withUnit", "fullWidth"] : ["withUnit"];
    expect(read(raw)).toEqual({ value, problems: expected });
  });

  test("a unit that does not fit the cell is no number: 元 in a count, 件 in an amount, an unknown unit", () => {
    expect(read("12元")).toEqual({ value: null, problems: ["notNumber"] });
    expect(read("12件", "amount")).toEqual({ value: null, problems: ["notNumber"] });
    expect(read("12斤")).toEqual({ value: null, problems: ["notNumber"] });
  });

  test("a count with a unit is still judged as a count", () => {
    expect(read("2.5件")).toEqual({ value: 2.5, problems: ["withUnit", "fraction"] });
    expect(read("-3件")).toEqual({ value: -3, problems: ["withUnit", "negative"] });
    expect(read("-15项", "signedCount")).toEqual({ value: -15, problems: ["withUnit"] });
    expect(read("-1元", "amount")).toEqual({ value: -0.0001, problems: ["withUnit", "negative"] });
  });

  test.each([
    ["22（其中修订16件）", "count", 22],
    ["55(含自然失效29件)", "count", 55],
    ["12件（含部门文件3件）", "count", 12],
    ["251000元（含追加预算）", "amount", 25.1],
  ] as const)(
    "a number with a note in brackets %p is read as its number, with the note flagged",
    (raw, kind, value) => {
      expect(read(raw, kind)).toEqual({ value, problems: ["withNote"] });
    },
  );

  test("brackets holding no words, or words before the number, are no number", () => {
    expect(read("22（16）")).toEqual({ value: null, problems: ["notNumber"] });
    expect(read("其中22（修订）")).toEqual({ value: null, problems: ["notNumber"] });
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

describe("shiftDecimal", () => {
  test.each([
    ["251000", -4, "25.1"],
    ["3940", -4, "0.394"],
    ["0.5", -4, "0.00005"],
    ["5", 4, "50000"],
    ["1.5", 4, "15000"],
    ["-251000", -4, "-25.1"],
    ["0", -4, "0"],
    ["-0", -4, "0"],
    ["10000", -4, "1"],
    ["12.345", 0, "12.345"],
  ])("%p shifted by %p is %p", (numeral, shift, text) => {
    expect(shiftDecimal(numeral, shift)).toBe(text);
  });
});

describe("isValueLike", () => {
  test("numbers, placeholders and error values stand in data positions; labels and blanks do not", () => {
    expect([0, "12", "１２", "/", "—", "#REF!"].map(isValueLike)).toEqual([true, true, true, true, true, true]);
    expect([null, "", "规章", "十二", true].map(isValueLike)).toEqual([false, false, false, false, false]);
  });
});
