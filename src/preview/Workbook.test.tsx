/** @jest-environment jsdom */
import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Box, CellScalar, FlagLevel } from "../hosts/types";
import { EMPTY_CELL } from "./cellStyle";
import type { Selection, StandinCellView, StandinSheetView, StandinView } from "../standin/view";
import { cycleFocusOnF6 } from "./focusCycle";
import { Workbook } from "./Workbook";

/** A small in-memory view: enough of the stand-in's behaviour to drive the grid. */
class FakeView implements StandinView {
  syncCount = 0;
  private cells = new Map<string, Map<string, Partial<StandinCellView>>>();
  private merges = new Map<string, Box[]>();
  private active: string;
  private sel: Selection;
  private listeners = new Set<() => void>();
  typed: [string, number, number, string][] = [];
  /** Column widths in characters, by column. */
  widths = new Map<number, number>();
  /** Frozen panes of every sheet. */
  frozen = { rows: 0, columns: 0 };

  constructor(names: string[]) {
    for (const n of names) {
      this.cells.set(n, new Map());
      this.merges.set(n, []);
    }
    this.active = names[0];
    this.sel = { sheet: names[0], row: 0, col: 0 };
  }
  put(sheet: string, row: number, col: number, cell: Partial<StandinCellView>) {
    const value = cell.value ?? null;
    this.cells.get(sheet)!.set(`${row},${col}`, { text: value === null ? "" : String(value), ...cell });
    this.notify();
  }
  merge(sheet: string, box: Box) {
    this.merges.get(sheet)!.push(box);
  }
  flag(sheet: string, row: number, col: number, flag: FlagLevel | null) {
    const cell = this.cells.get(sheet)!.get(`${row},${col}`) ?? {};
    this.cells.get(sheet)!.set(`${row},${col}`, { ...cell, flag, displayFill: flag ? "#FFC7CE" : (cell.fill ?? null) });
    this.notify();
  }
  sheets(): StandinSheetView[] {
    return [...this.cells.keys()].map((name) => {
      const cells = this.cells.get(name)!;
      const keys = [...cells.keys()].map((k) => k.split(",").map(Number));
      return {
        name,
        visible: true,
        rowCount: Math.max(1, ...keys.map(([r]) => r + 1)),
        colCount: Math.max(1, ...keys.map(([, c]) => c + 1)),
        cell: (row: number, col: number) => ({ ...EMPTY_CELL, ...cells.get(`${row},${col}`) }),
        merges: this.merges.get(name)!,
        columnWidth: (col: number) => this.widths.get(col) ?? 8.43,
        rowHeight: () => 15,
        frozen: this.frozen,
      };
    });
  }
  activeSheet() {
    return this.active;
  }
  selection() {
    return this.sel;
  }
  select(s: Selection) {
    this.sel = s;
    this.active = s.sheet;
    this.notify();
  }
  activate(sheet: string) {
    this.active = sheet;
    this.sel = { sheet, row: 0, col: 0 };
    this.notify();
  }
  typeInto(sheet: string, row: number, col: number, input: string) {
    this.typed.push([sheet, row, col, input]);
    const value: CellScalar = input === "" ? null : Number.isFinite(Number(input)) ? Number(input) : input;
    const formula = input.startsWith("=") ? input : null;
    this.put(sheet, row, col, { value, formula, text: formula ? "#计算" : value === null ? "" : String(value) });
  }
  subscribe(listener: () => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  private notify() {
    for (const l of this.listeners) l();
  }
}

function setup() {
  const view = new FakeView(["Sheet1", "2024年报表"]);
  view.put("2024年报表", 0, 0, { value: "测试乡2024年政府信息公开工作年度报告", bold: true, hAlign: "center" });
  view.merge("2024年报表", { top: 0, left: 0, rows: 1, cols: 10 });
  view.put("2024年报表", 6, 1, {
    value: 12,
    text: "12",
    borders: { top: true, bottom: true, left: true, right: true },
  });
  view.select({ sheet: "2024年报表", row: 6, col: 1 });
  return view;
}

describe("preview workbook", () => {
  it("keeps the sheet's frozen label columns in view (sticky at their offsets); a merge reaching past them scrolls", () => {
    const view = setup();
    view.widths.set(0, 15).set(1, 9);
    view.put("2024年报表", 3, 0, { value: "三、本年度办理结果" });
    view.put("2024年报表", 3, 2, { value: "1.属于国家秘密", fill: "#C6D9F1", displayFill: "#C6D9F1" });
    view.put("2024年报表", 3, 3, { value: 5 });
    view.put("2024年报表", 2, 0, { value: "二、主动公开政府信息情况" });
    view.frozen = { rows: 0, columns: 3 };
    render(<Workbook view={view} />);
    const grid = screen.getByRole("grid");
    const cell = (name: string) => within(grid).getByRole("gridcell", { name });
    expect(cell("A4").style).toMatchObject({ position: "sticky", left: "40px", backgroundColor: "rgb(255, 255, 255)" });
    // B starts after A's 110 px; C after B's 68.
    expect(cell("B4").style).toMatchObject({ position: "sticky", left: "150px" });
    expect(cell("C4").style).toMatchObject({
      position: "sticky",
      left: "218px",
      backgroundColor: "rgb(198, 217, 241)",
    });
    expect(cell("D4").style.position).not.toBe("sticky");
    // Brought into view (a selected finding), a scrolled cell stops clear of them.
    expect(cell("D4").style.scrollMarginLeft).toBe(`${110 + 68 + 64}px`);
    expect(within(grid).getByRole("columnheader", { name: "C" }).style.left).toBe("218px");
    expect(within(grid).getByRole("columnheader", { name: "D" }).style.left).toBe("");
    // The title, merged across ten columns, is not held with them.
    expect(cell("A1").style.position).not.toBe("sticky");
    // A heading spills over the empty frozen cells beside it, not past the freeze line, and is drawn above them.
    expect(cell("A3").querySelector<HTMLElement>(".spill")!.style.width).toBe(`${110 + 68 + 64 - 6}px`);
    expect(Number(cell("A3").style.zIndex)).toBeGreaterThan(Number(cell("B3").style.zIndex));
  });

  it("keeps the sheet's frozen header rows under the column letters (sticky at their offsets), above the frozen columns", () => {
    const view = setup();
    view.frozen = { rows: 2, columns: 1 };
    render(<Workbook view={view} />);
    const grid = screen.getByRole("grid");
    const cell = (name: string) => within(grid).getByRole("gridcell", { name });
    // Under the 22 px of column letters; row 1 is 15 pt = 20 px high.
    expect(cell("A1").style).toMatchObject({ position: "sticky", top: "22px" });
    expect(cell("B2").style).toMatchObject({ position: "sticky", top: "42px", backgroundColor: "rgb(255, 255, 255)" });
    expect(within(grid).getByRole("rowheader", { name: "2" }).style.top).toBe("42px");
    // A cell frozen both ways is drawn above one frozen one way only.
    expect(Number(cell("A2").style.zIndex)).toBeGreaterThan(Number(cell("B2").style.zIndex));
    expect(Number(cell("B2").style.zIndex)).toBeGreaterThan(Number(cell("A3").style.zIndex));
    // Below them, cells scroll, and one brought into view stops clear of them.
    expect(cell("B3").style.position).not.toBe("sticky");
    expect(cell("B3").style.scrollMarginTop).toBe(`${22 + 20 + 20}px`);

    // However many columns are frozen, the frozen rows stay above their cells as those scroll up under them.
    view.frozen = { rows: 2, columns: 8 };
    cleanup();
    render(<Workbook view={view} />);
    const again = screen.getByRole("grid");
    const z = (name: string) => Number(within(again).getByRole("gridcell", { name }).style.zIndex);
    expect(z("B2")).toBeGreaterThan(z("A3"));
    expect(z("J2")).toBeGreaterThan(z("A3"));
    expect(Number(within(again).getByRole("rowheader", { name: "2" }).style.zIndex)).toBeGreaterThan(z("A2"));
  });

  it("draws the active sheet as an ARIA grid whose cells are named by address", () => {
    const view = setup();
    render(<Workbook view={view} />);
    const grid = screen.getByRole("grid", { name: "2024年报表" });
    const b7 = within(grid).getByRole("gridcell", { name: "B7" });
    expect(b7).toHaveTextContent("12");
    expect(b7).toHaveAttribute("aria-description", "12");
    expect(b7).toHaveAttribute("aria-selected", "true");
    expect(b7.style.textAlign).toBe("right");
    expect(b7.style.borderRight).toBe("1px solid rgb(0, 0, 0)");
    // The cell above draws the shared edge black too.
    expect(within(grid).getByRole("gridcell", { name: "B6" }).style.borderBottom).toBe("1px solid rgb(0, 0, 0)");
    expect(within(grid).getByRole("columnheader", { name: "B" })).toBeInTheDocument();
    expect(within(grid).getByRole("rowheader", { name: "7" })).toBeInTheDocument();
    const title = within(grid).getByRole("gridcell", { name: "A1" });
    expect(title).toHaveAttribute("colspan", "10");
    expect(within(grid).queryByRole("gridcell", { name: "B1" })).not.toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "名称框" })).toHaveValue("B7");
    expect(screen.getByRole("textbox", { name: "编辑栏" })).toHaveValue("12");
  });

  it("lets a heading's text run over the empty cells to its right, as Excel does, and no further", () => {
    const view = new FakeView(["表"]);
    view.widths.set(0, 10).set(1, 12).set(2, 8);
    view.put("表", 2, 0, { value: "二、主动公开政府信息情况" });
    view.put("表", 2, 3, { value: "下一格" });
    view.put("表", 4, 0, { value: "三、收到和处理政府信息公开申请情况", wrap: true });
    view.put("表", 5, 0, { value: 12 });
    view.put("表", 6, 0, { value: "规章" });
    view.put("表", 6, 1, { value: 0 });
    render(<Workbook view={view} />);
    const grid = screen.getByRole("grid", { name: "表" });
    const spill = within(grid).getByRole("gridcell", { name: "A3" }).querySelector<HTMLElement>(".spill");
    // A3's own width and B3's and C3's (empty), stopping at D3, less the cell's padding.
    expect(spill).not.toBeNull();
    expect(spill!.style.width).toBe(`${75 + 89 + 61 - 6}px`);
    expect(spill).toHaveTextContent("二、主动公开政府信息情况");
    // Wrapped text, numbers and text beside a filled cell stay inside their cell.
    for (const address of ["A5", "A6", "A7"]) {
      expect(within(grid).getByRole("gridcell", { name: address }).querySelector(".spill")).toBeNull();
    }
  });

  it("selects a clicked cell, and a typed entry goes into the cell on Enter", async () => {
    const view = setup();
    const user = userEvent.setup();
    render(<Workbook view={view} />);
    await user.click(screen.getByRole("gridcell", { name: "D9" }));
    expect(screen.getByRole("textbox", { name: "名称框" })).toHaveValue("D9");
    await user.keyboard("42{Enter}");
    expect(view.typed).toEqual([["2024年报表", 8, 3, "42"]]);
    expect(screen.getByRole("gridcell", { name: "D9" })).toHaveTextContent("42");
    // Enter moves down, as in Excel.
    expect(screen.getByRole("textbox", { name: "名称框" })).toHaveValue("D10");
    await user.keyboard("{ArrowRight}{ArrowUp}");
    expect(screen.getByRole("textbox", { name: "名称框" })).toHaveValue("E9");
  });

  it("text from an input method reaches the selected cell: a composition (胡集乡), and text without a key press (１２)", async () => {
    const view = setup();
    const user = userEvent.setup();
    render(<Workbook view={view} />);
    await user.click(screen.getByRole("gridcell", { name: "D9" }));
    const sink = document.activeElement as HTMLTextAreaElement;
    expect(screen.getByRole("gridcell", { name: "D9" })).toContainElement(sink);
    // An IME composes into the focused element, then commits: the cell is edited with the committed text.
    fireEvent.compositionStart(sink);
    sink.value = "hu'ji";
    fireEvent.input(sink, { isComposing: true });
    expect(screen.queryByRole("textbox", { name: "编辑 D9" })).not.toBeInTheDocument();
    sink.value = "胡集乡";
    fireEvent.compositionEnd(sink, { data: "胡集乡" });
    const editor = screen.getByRole("textbox", { name: "编辑 D9" });
    expect(editor).toHaveValue("胡集乡");
    await user.keyboard("{Enter}");
    expect(view.typed).toEqual([["2024年报表", 8, 3, "胡集乡"]]);
    // Text inserted without a key press (full-width digits from an IME, an on-screen keyboard).
    const next = document.activeElement as HTMLTextAreaElement;
    expect(screen.getByRole("gridcell", { name: "D10" })).toContainElement(next);
    next.value = "１２";
    fireEvent.input(next);
    await user.keyboard("{Enter}");
    expect(view.typed[1]).toEqual(["2024年报表", 9, 3, "１２"]);
  });

  it("edits through the formula bar and clears with Delete", async () => {
    const view = setup();
    const user = userEvent.setup();
    render(<Workbook view={view} />);
    const bar = screen.getByRole("textbox", { name: "编辑栏" });
    await user.clear(bar);
    await user.type(bar, "=SUM(B1:B6){Enter}");
    expect(view.typed).toEqual([["2024年报表", 6, 1, "=SUM(B1:B6)"]]);
    await user.click(screen.getByRole("gridcell", { name: "B7" }));
    await user.keyboard("{Delete}");
    expect(view.typed[1]).toEqual(["2024年报表", 6, 1, ""]);
  });

  it("escape leaves the cell as it was", async () => {
    const view = setup();
    const user = userEvent.setup();
    render(<Workbook view={view} />);
    await user.click(screen.getByRole("gridcell", { name: "C3" }));
    await user.keyboard("9{Escape}");
    expect(view.typed).toEqual([]);
  });

  it("redraws when the workbook changes: flags show as the cell's fill", () => {
    const view = setup();
    render(<Workbook view={view} />);
    const b7 = () => screen.getByRole("gridcell", { name: "B7" });
    expect(b7().style.backgroundColor).toBe("");
    act(() => view.flag("2024年报表", 6, 1, "error"));
    expect(b7().style.backgroundColor).toBe("rgb(255, 199, 206)");
    expect(b7()).toHaveAttribute("data-flag", "error");
    act(() => view.flag("2024年报表", 6, 1, null));
    expect(b7().style.backgroundColor).toBe("");
  });

  it("switches sheets from the tabs, and follows a selection made by the add-in", async () => {
    const view = setup();
    const user = userEvent.setup();
    render(<Workbook view={view} />);
    expect(screen.getByRole("tab", { name: "2024年报表" })).toHaveAttribute("aria-selected", "true");
    await user.click(screen.getByRole("tab", { name: "Sheet1" }));
    expect(screen.getByRole("grid", { name: "Sheet1" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Sheet1" })).toHaveAttribute("aria-selected", "true");
    act(() => view.select({ sheet: "2024年报表", row: 29, col: 3 }));
    expect(screen.getByRole("grid", { name: "2024年报表" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "名称框" })).toHaveValue("D30");
  });

  it("draws each column as wide as the sheet's column (Excel's 7 px a character + 5)", () => {
    const view = setup();
    view.widths.set(0, 16);
    view.widths.set(2, 5);
    render(<Workbook view={view} />);
    const grid = screen.getByRole("grid", { name: "2024年报表" });
    const cols = [...grid.querySelectorAll("col")].map((c) => c.style.width);
    expect(cols.slice(0, 4)).toEqual(["40px", "117px", "64px", "40px"]);
    // The table is exactly as wide as its columns, so the browser cannot widen one to fit its text.
    const total = [...grid.querySelectorAll("col")].reduce((sum, c) => sum + parseFloat(c.style.width), 0);
    expect(grid.style.width).toBe(`${total}px`);
  });

  it("Enter after a row typed with Tab goes to the next row's first typed column, as in Excel", async () => {
    const view = setup();
    const user = userEvent.setup();
    render(<Workbook view={view} />);
    await user.click(screen.getByRole("gridcell", { name: "C9" }));
    await user.keyboard("1{Tab}2{Tab}3{Enter}");
    expect(view.typed).toEqual([
      ["2024年报表", 8, 2, "1"],
      ["2024年报表", 8, 3, "2"],
      ["2024年报表", 8, 4, "3"],
    ]);
    expect(screen.getByRole("textbox", { name: "名称框" })).toHaveValue("C10");
    // Tab without typing, then Enter: the same.
    await user.keyboard("{Tab}{Tab}{Enter}");
    expect(screen.getByRole("textbox", { name: "名称框" })).toHaveValue("C11");
    // An arrow key forgets where the row began: Enter then just moves down.
    await user.keyboard("{Tab}{ArrowRight}{Enter}");
    expect(screen.getByRole("textbox", { name: "名称框" })).toHaveValue("E12");
  });

  it("pastes a tab-separated block (as copied from Excel or Word) from the selected cell", async () => {
    const view = setup();
    const user = userEvent.setup();
    render(<Workbook view={view} />);
    await user.click(screen.getByRole("gridcell", { name: "D9" }));
    await user.paste("5\t6\t7\r\n8\t\t9\r\n");
    expect(view.typed).toEqual([
      ["2024年报表", 8, 3, "5"],
      ["2024年报表", 8, 4, "6"],
      ["2024年报表", 8, 5, "7"],
      ["2024年报表", 9, 3, "8"],
      ["2024年报表", 9, 4, ""],
      ["2024年报表", 9, 5, "9"],
    ]);
    expect(screen.getByRole("gridcell", { name: "F10" })).toHaveTextContent("9");
  });

  it("F6 moves the focus from the sheet to the task pane and back", async () => {
    const view = setup();
    const user = userEvent.setup();
    const pane = document.createElement("aside");
    pane.innerHTML = '<button type="button">插入表格</button>';
    const { container } = render(<Workbook view={view} />);
    document.body.appendChild(pane);
    const stop = cycleFocusOnF6(document, container, pane);
    try {
      await user.click(screen.getByRole("gridcell", { name: "D9" }));
      expect(screen.getByRole("gridcell", { name: "D9" })).toContainElement(document.activeElement as HTMLElement);
      await user.keyboard("{F6}");
      expect(document.activeElement).toBe(within(pane).getByRole("button", { name: "插入表格" }));
      await user.keyboard("{F6}");
      expect(screen.getByRole("gridcell", { name: "D9" })).toContainElement(document.activeElement as HTMLElement);
    } finally {
      stop();
      pane.remove();
    }
  });
});
