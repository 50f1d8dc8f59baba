/** Worksheet: name, position, visibility, activate, and the ranges on it (by address, by indexes, used). */
import { parseAddress } from "../../core/grid/address";
import { ErrorCodes, StandinError } from "../errors";
import type { ChartModel, PageModel, SheetModel } from "../model";

/** The part of Excel.PageLayout the stand-in implements. */
export interface StandinPageLayout {
  set(props: {
    paperSize?: string;
    orientation?: string;
    centerHorizontally?: boolean;
    zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
    leftMargin?: number;
    rightMargin?: number;
    topMargin?: number;
    bottomMargin?: number;
    headerMargin?: number;
    footerMargin?: number;
  }): void;
  setPrintArea(address: string): void;
  setPrintTitleRows(address: string): void;
}

/** Excel.WorksheetFreezePanes (ExcelApi 1.7) as the stand-in implements it. */
export interface StandinFreezePanes {
  /** The range's rows from the top and columns from the left are frozen (its top-left pane). */
  freezeAt(frozenRange: StandinRange | string): void;
  /** The first `count` columns (default 1; 0 unfreezes the columns), rows left as they are. */
  freezeColumns(count?: number): void;
  /** The first `count` rows (default 1; 0 unfreezes the rows), columns left as they are. */
  freezeRows(count?: number): void;
  unfreeze(): void;
}
import { Proxy } from "../proxy";
import { MAX_COLS, MAX_ROWS, plainBox, type RangeTarget } from "./cells";
import { StandinRange } from "./range";

export class StandinWorksheetProtection extends Proxy<SheetModel> {
  protected readonly typeName = "WorksheetProtection";
  protected readonly scalarNames = ["protected"] as const;

  protected readProperty(_name: string, sheet: SheetModel): unknown {
    return sheet.protected;
  }

  get protected(): Excel.WorksheetProtection["protected"] {
    return this.loaded("protected");
  }
}

export class StandinWorksheet extends Proxy<SheetModel> {
  protected readonly typeName = "Worksheet";
  protected readonly scalarNames = ["name", "id", "position", "visibility"] as const;
  protected override readonly partNames = ["protection"];

  protected readProperty(name: string, sheet: SheetModel): unknown {
    switch (name) {
      case "name":
        return sheet.name;
      case "id":
        return sheet.id;
      case "position":
        return this.context.model.sheets.indexOf(sheet);
      default:
        return sheet.visibility;
    }
  }

  get name(): Excel.Worksheet["name"] {
    return this.loaded("name");
  }
  set name(value: Excel.Worksheet["name"]) {
    this.command((sheet) => {
      const other = this.context.model.findSheet(value);
      if (other && other !== sheet) throw new StandinError(ErrorCodes.itemAlreadyExists, `已存在同名工作表：${value}`);
      sheet.name = value;
    });
  }
  get id(): Excel.Worksheet["id"] {
    return this.loaded("id");
  }
  get position(): Excel.Worksheet["position"] {
    return this.loaded("position");
  }
  get visibility(): Excel.Worksheet["visibility"] {
    return this.loaded("visibility");
  }
  set visibility(value: Excel.Worksheet["visibility"]) {
    this.command((sheet) => {
      sheet.visibility = value as SheetModel["visibility"];
    });
  }

  /** ExcelApi 1.9: the page setup (set, print area, print titles). */
  get pageLayout(): StandinPageLayout {
    this.context.requireApi("1.9", "Worksheet.pageLayout");
    const edit = (apply: (page: PageModel) => void) => this.command((sheet) => apply(sheet.page));
    return {
      set: (props) =>
        edit((page) => {
          const margin = (name: keyof NonNullable<PageModel["margins"]>, value: number | undefined) => {
            if (value === undefined) return;
            page.margins = {
              left: 0,
              right: 0,
              top: 0,
              bottom: 0,
              header: 0,
              footer: 0,
              ...page.margins,
              [name]: value,
            };
          };
          if (props.paperSize !== undefined) page.paperSize = props.paperSize;
          if (props.orientation !== undefined) page.orientation = props.orientation;
          if (props.centerHorizontally !== undefined) page.centerHorizontally = props.centerHorizontally;
          if (props.zoom !== undefined) page.zoom = { ...props.zoom };
          margin("left", props.leftMargin);
          margin("right", props.rightMargin);
          margin("top", props.topMargin);
          margin("bottom", props.bottomMargin);
          margin("header", props.headerMargin);
          margin("footer", props.footerMargin);
        }),
      setPrintArea: (address) =>
        edit((page) => {
          page.printArea = address;
        }),
      setPrintTitleRows: (address) =>
        edit((page) => {
          page.printTitleRows = address;
        }),
    };
  }

  /** ExcelApi 1.7: the frozen panes of the sheet's view. */
  get freezePanes(): StandinFreezePanes {
    this.context.requireApi("1.7", "Worksheet.freezePanes");
    const count = (value: number | undefined, method: string): number => {
      const n = value ?? 1;
      if (!Number.isInteger(n) || n < 0) {
        throw new StandinError(ErrorCodes.invalidArgument, `冻结的行数或列数无效：${String(value)}`, method);
      }
      return n;
    };
    return {
      freezeAt: (frozenRange) =>
        this.command((sheet) => {
          let box;
          if (typeof frozenRange === "string") {
            const parsed = parseAddress(frozenRange);
            if (!parsed || (parsed.sheet !== null && this.context.model.findSheet(parsed.sheet) !== sheet)) {
              throw new StandinError(
                ErrorCodes.invalidArgument,
                `地址无效：${frozenRange}`,
                "WorksheetFreezePanes.freezeAt",
              );
            }
            box = plainBox(parsed);
          } else {
            const target = frozenRange.resolve();
            if (!target || target.sheet !== sheet) {
              throw new StandinError(
                ErrorCodes.invalidArgument,
                "冻结区域须在本工作表上",
                "WorksheetFreezePanes.freezeAt",
              );
            }
            box = target.box;
          }
          sheet.frozen = { rows: box.top + box.rows, columns: box.left + box.cols };
        }),
      freezeColumns: (n) =>
        this.command((sheet) => {
          sheet.frozen = { ...sheet.frozen, columns: count(n, "WorksheetFreezePanes.freezeColumns") };
        }),
      freezeRows: (n) =>
        this.command((sheet) => {
          sheet.frozen = { ...sheet.frozen, rows: count(n, "WorksheetFreezePanes.freezeRows") };
        }),
      unfreeze: () =>
        this.command((sheet) => {
          sheet.frozen = { rows: 0, columns: 0 };
        }),
    };
  }

  /** ExcelApi 1.9: manual page breaks; add(address) breaks above the address's first row. */
  get horizontalPageBreaks(): { add(address: string): void } {
    this.context.requireApi("1.9", "Worksheet.horizontalPageBreaks");
    return {
      add: (address) =>
        this.command((sheet) => {
          const parsed = parseAddress(address);
          if (!parsed)
            throw new StandinError(ErrorCodes.invalidArgument, `地址无效：${address}`, "PageBreakCollection.add");
          const row = plainBox(parsed).top;
          if (!sheet.page.rowBreaks.includes(row))
            sheet.page.rowBreaks = [...sheet.page.rowBreaks, row].sort((a, b) => a - b);
        }),
    };
  }

  /** Worksheet.charts (ExcelApi 1.1): add(type, source range, seriesBy), a title, setPosition; recorded, not drawn. */
  get charts(): {
    add(
      type: string,
      source: StandinRange,
      seriesBy?: string,
    ): { title: { text: string }; setPosition(start: string, end?: string): void };
  } {
    return {
      add: (type, source, seriesBy = "Auto") => {
        const chart: ChartModel = {
          type,
          data: { top: 0, left: 0, rows: 0, cols: 0 },
          seriesBy,
          title: "",
          position: null,
        };
        this.command((sheet) => {
          const range = source.resolve();
          if (!range) throw new StandinError(ErrorCodes.invalidArgument, "图表的数据区域无效", "ChartCollection.add");
          chart.data = { ...range.box };
          sheet.charts.push(chart);
        });
        const edit = (apply: () => void) => this.command(() => apply());
        const title = {
          get text(): string {
            return chart.title;
          },
          set text(value: string) {
            edit(() => {
              chart.title = value;
            });
          },
        };
        return {
          title,
          setPosition: (start: string, end?: string) =>
            edit(() => {
              chart.position = { start, end: end ?? start };
            }),
        };
      },
    };
  }

  /** ExcelApi 1.2: worksheet protection (only whether it is on). */
  get protection(): StandinWorksheetProtection {
    return this.part("protection", StandinWorksheetProtection);
  }

  delete(): void {
    this.command((sheet) => this.context.model.deleteSheet(sheet));
  }

  activate(): void {
    this.command((sheet) => {
      if (sheet.visibility !== "Visible") {
        throw new StandinError(
          ErrorCodes.invalidOperation,
          `工作表“${sheet.name}”已隐藏，不能激活`,
          "Worksheet.activate",
        );
      }
      this.context.model.active = sheet;
    });
  }

  getRange(address?: string): StandinRange {
    return this.range((sheet) => {
      if (address === undefined) return { sheet, box: { top: 0, left: 0, rows: MAX_ROWS, cols: MAX_COLS } };
      const parsed = parseAddress(address);
      if (parsed && (parsed.sheet === null || this.context.model.findSheet(parsed.sheet) === sheet)) {
        return { sheet, box: plainBox(parsed) };
      }
      const named = this.context.model.findName(address);
      if (named && named.sheet === sheet) return { sheet, box: named.box };
      throw new StandinError(ErrorCodes.invalidArgument, `地址无效：${address}`, "Worksheet.getRange");
    }).settle();
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): StandinRange {
    this.context.requireApi("1.7", "Worksheet.getRangeByIndexes");
    return this.range((sheet) => {
      if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1) {
        throw new StandinError(ErrorCodes.invalidArgument, "getRangeByIndexes 参数无效");
      }
      return { sheet, box: { top: startRow, left: startColumn, rows: rowCount, cols: columnCount } };
    }).settle();
  }

  getCell(row: number, column: number): StandinRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRange(valuesOnly?: boolean): StandinRange {
    return this.range((sheet) => ({
      sheet,
      box: sheet.usedBox(valuesOnly ?? false) ?? { top: 0, left: 0, rows: 1, cols: 1 },
    }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): StandinRange {
    this.context.requireApi("1.4", "Worksheet.getUsedRangeOrNullObject");
    return this.range((sheet) => {
      const box = sheet.usedBox(valuesOnly ?? false);
      return box ? { sheet, box } : null;
    }).settle();
  }

  private range(find: (sheet: SheetModel) => RangeTarget | null): StandinRange {
    return new StandinRange(this.context, this.derive(find));
  }
}
