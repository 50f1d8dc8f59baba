/** Range: address and size, values, formulas, number formats, text; merging, selecting; its format. */
import { boxAddress, boxContains, boxesIntersect, sheetBoxAddress } from "../../core/grid/address";
import { ErrorCodes, StandinError } from "../errors";
import { formatValue } from "../numberFormat";
import { Proxy } from "../proxy";
import { cellsOf, grid, shaped, toScalar, type RangeTarget } from "./cells";
import { StandinConditionalFormatCollection } from "./conditionalFormats";
import { StandinRangeAreas } from "./rangeAreas";
import { StandinRangeFormat } from "./rangeFormat";
import { StandinWorksheet } from "./worksheet";

/** Excel's limit for getMergedAreasOrNullObject (Microsoft's documentation: it fails above 512 merged areas). */
export const MAX_MERGED_AREAS = 512;

export class StandinRange extends Proxy<RangeTarget> {
  protected readonly typeName = "Range";
  protected readonly scalarNames = [
    "address",
    "addressLocal",
    "cellCount",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
    "values",
    "formulas",
    "numberFormat",
    "text",
  ] as const;
  protected override readonly partNames = ["format", "worksheet"];

  protected readProperty(name: string, t: RangeTarget): unknown {
    const model = this.context.model;
    switch (name) {
      case "address":
      case "addressLocal":
        return sheetBoxAddress(t.sheet.name, t.box);
      case "cellCount":
        return t.box.rows * t.box.cols;
      case "rowIndex":
        return t.box.top;
      case "columnIndex":
        return t.box.left;
      case "rowCount":
        return t.box.rows;
      case "columnCount":
        return t.box.cols;
      case "values":
        return grid(t, (r, c) => model.value(t.sheet, r, c) ?? "");
      case "formulas":
        return grid(t, (r, c) => t.sheet.cell(r, c)?.formula ?? t.sheet.cell(r, c)?.value ?? "");
      case "numberFormat":
        return grid(t, (r, c) => t.sheet.cell(r, c)?.format.numberFormat ?? "General");
      default:
        return grid(t, (r, c) =>
          formatValue(model.value(t.sheet, r, c), t.sheet.cell(r, c)?.format.numberFormat ?? "General"),
        );
    }
  }

  get address(): Excel.Range["address"] {
    return this.loaded("address");
  }
  get addressLocal(): Excel.Range["addressLocal"] {
    return this.loaded("addressLocal");
  }
  get cellCount(): Excel.Range["cellCount"] {
    return this.loaded("cellCount");
  }
  get rowIndex(): Excel.Range["rowIndex"] {
    return this.loaded("rowIndex");
  }
  get columnIndex(): Excel.Range["columnIndex"] {
    return this.loaded("columnIndex");
  }
  get rowCount(): Excel.Range["rowCount"] {
    return this.loaded("rowCount");
  }
  get columnCount(): Excel.Range["columnCount"] {
    return this.loaded("columnCount");
  }
  get text(): Excel.Range["text"] {
    return this.loaded("text");
  }

  get values(): Excel.Range["values"] {
    return this.loaded("values");
  }
  set values(input: Excel.Range["values"]) {
    this.enterAll(input, "values");
  }

  get formulas(): Excel.Range["formulas"] {
    return this.loaded("formulas");
  }
  set formulas(input: Excel.Range["formulas"]) {
    this.enterAll(input, "formulas");
  }

  /** Enters every value or formula of `input` (null leaves a cell as it is), as Excel does for typing. */
  private enterAll(input: unknown, property: "values" | "formulas"): void {
    this.command((t) => {
      this.context.model.requireUnprotected(t.sheet);
      const at = shaped(input, t.box, property);
      for (const [r, c] of cellsOf(t.box)) {
        const v = toScalar(at(r, c), property);
        if (v !== null) this.context.model.enter(t.sheet, r, c, v);
      }
      this.context.noteValuesWritten(t.sheet.id, boxAddress(t.box));
    });
  }

  get numberFormat(): Excel.Range["numberFormat"] {
    return this.loaded("numberFormat");
  }
  set numberFormat(input: Excel.Range["numberFormat"]) {
    this.command((t) => {
      const at = shaped(input, t.box, "numberFormat");
      for (const [r, c] of cellsOf(t.box)) {
        const v = at(r, c);
        if (v === null) continue;
        if (typeof v !== "string") {
          throw new StandinError(ErrorCodes.invalidArgument, "numberFormat 中有无效的值", "Range.numberFormat");
        }
        t.sheet.ensure(r, c).format.numberFormat = v;
      }
    });
  }

  get format(): StandinRangeFormat {
    return this.part("format", StandinRangeFormat);
  }

  get conditionalFormats(): StandinConditionalFormatCollection {
    this.context.requireApi("1.6", "Range.conditionalFormats");
    return this.part("conditionalFormats", StandinConditionalFormatCollection);
  }

  get worksheet(): StandinWorksheet {
    return this.part(
      "worksheet",
      StandinWorksheet,
      this.derive((t) => t.sheet),
    );
  }

  getCell(row: number, column: number): StandinRange {
    return new StandinRange(
      this.context,
      this.derive((t) => ({
        sheet: t.sheet,
        box: { top: t.box.top + row, left: t.box.left + column, rows: 1, cols: 1 },
      })),
    );
  }

  merge(across?: boolean): void {
    this.command((t) => this.context.model.merge(t.sheet, t.box, across ?? false));
  }

  unmerge(): void {
    this.command((t) => {
      t.sheet.merges = t.sheet.merges.filter((m) => !boxesIntersect(m, t.box));
    });
  }

  select(): void {
    this.command((t) => {
      if (t.sheet.visibility !== "Visible") {
        throw new StandinError(ErrorCodes.invalidOperation, `工作表“${t.sheet.name}”已隐藏，不能选择`, "Range.select");
      }
      this.context.model.active = t.sheet;
      t.sheet.selection = { row: t.box.top, col: t.box.left };
    });
  }

  getMergedAreasOrNullObject(): StandinRangeAreas {
    this.context.requireApi("1.13", "Range.getMergedAreasOrNullObject");
    return new StandinRangeAreas(
      this.context,
      this.derive((t) => {
        const boxes = t.sheet.merges.filter((m) => boxContains(t.box, m.top, m.left));
        if (boxes.length > MAX_MERGED_AREAS) {
          throw new StandinError(
            ErrorCodes.generalException,
            `区域中的合并单元格超过 ${MAX_MERGED_AREAS} 个`,
            "Range.getMergedAreasOrNullObject",
          );
        }
        return boxes.length > 0 ? { sheet: t.sheet, boxes } : null;
      }),
    ).settle();
  }
}
