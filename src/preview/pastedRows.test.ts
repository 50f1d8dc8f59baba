import { pastedRows } from "./pastedRows";

describe("text pasted into the preview, as Excel and Word put it on the clipboard", () => {
  test("rows by line (CRLF, LF or CR), cells by tab; the final line break ends the last row", () => {
    expect(pastedRows("5\t6\t7\r\n8\t\t9\r\n")).toEqual([
      ["5", "6", "7"],
      ["8", "", "9"],
    ]);
    expect(pastedRows("1\n2")).toEqual([["1"], ["2"]]);
    expect(pastedRows("1\r2\r")).toEqual([["1"], ["2"]]);
    expect(pastedRows("")).toEqual([]);
  });

  test("empty cells at a row's ends are kept", () => {
    expect(pastedRows("\t5\t\r\n")).toEqual([["", "5", ""]]);
    expect(pastedRows("5\t")).toEqual([["5", ""]]);
    expect(pastedRows("\r\n3\r\n")).toEqual([[""], ["3"]]);
  });

  test("a cell with a line break (Alt+Enter) comes quoted: one cell, its line break kept", () => {
    expect(pastedRows('胡集乡\t"依申请公开\n（含网上申请）"\t12\r\n')).toEqual([
      ["胡集乡", "依申请公开\n（含网上申请）", "12"],
    ]);
    // Excel writes a line break inside a cell as LF even in CRLF text; one written as CRLF is the same cell.
    expect(pastedRows('"甲\r\n乙"\t1\r\n2\t3\r\n')).toEqual([
      ["甲\n乙", "1"],
      ["2", "3"],
    ]);
  });

  test("quotes inside a quoted cell are doubled; a tab inside one stays in the cell", () => {
    expect(pastedRows('"他说""好""\n然后"\t"a\tb"\r\n')).toEqual([['他说"好"\n然后', "a\tb"]]);
    expect(pastedRows('""""\t""\r\n')).toEqual([['"', ""]]);
  });

  test("a cell that only starts with a quote is taken as written", () => {
    expect(pastedRows('"中"字头\t5\r\n')).toEqual([['"中"字头', "5"]]);
    expect(pastedRows('"未闭合\t5\r\n6\r\n')).toEqual([['"未闭合', "5"], ["6"]]);
    expect(pastedRows('说"好"\t1')).toEqual([['说"好"', "1"]]);
  });
});
