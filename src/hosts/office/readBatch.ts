/**
 * The read batcher: queues every load a read needs (sheet list, names, active sheet, the sheets known from
 * before, comments), and after the sync the sheets it had not guessed. It never syncs itself: the session does,
 * so every round trip is visible there.
 */
import { parseAddress, splitAddressList } from "../../core/grid/address";
import type { Box, CellScalar, NamedRange, ReadScope, SheetGrid, WorkbookSnapshot } from "../types";
import type { ApiSupport } from "./api";
import { flagStateOf, type FlagState } from "./flagState";
import { isFormula } from "../enteredText";
import { readValue } from "../dateCells";

interface SheetLoad {
  sheet: Excel.Worksheet;
  used: Excel.Range | null;
  merged: Excel.RangeAreas | null;
  conditionalFormats: Excel.ConditionalFormatCollection | null;
}

function cellValue(v: unknown): CellScalar {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

/** What a read asks of Excel beyond values: all of it, or (after Excel refused) without these parts. */
export interface ReadParts {
  /** Merged areas (getMergedAreasOrNullObject fails above 512 areas in a range). */
  merges: boolean;
  /** The active sheet (getActiveWorksheet fails while a chart sheet is active). */
  active: boolean;
}

export const FULL_READ: ReadParts = { merges: true, active: true };
export const DEGRADED_READ: ReadParts = { merges: false, active: false };

export class ReadBatch {
  private readonly sheets: Excel.WorksheetCollection;
  private readonly names: Excel.NamedItemCollection;
  private readonly active: Excel.Worksheet | null;
  private readonly comments: Excel.CommentCollection | null;
  private readonly byId = new Map<string, SheetLoad>();
  private readonly guessed: SheetLoad[];
  private readonly activeLoad: SheetLoad | null;

  /** Queues the first batch: everything but the sheets not among `guessedIds` (and not active). */
  constructor(
    private readonly workbook: Excel.Workbook,
    private readonly scope: ReadScope,
    private readonly api: ApiSupport,
    guessedIds: readonly string[],
    private readonly degraded: ReadParts = FULL_READ,
  ) {
    this.sheets = workbook.worksheets.load("items/id,items/name,items/visibility,items/protection/protected");
    this.names = workbook.names.load("items/name,items/type,items/value");
    // Without the active sheet when Excel refused it before (a chart sheet active: getActiveWorksheet fails).
    this.active = degraded.active ? workbook.worksheets.getActiveWorksheet().load("name") : null;
    // The active sheet is loaded through its own proxy: a sheet the user has just added is usually active.
    this.activeLoad = this.perSheet && this.active ? this.queueSheet(this.active) : null;
    this.comments = scope.flags && api.messages ? workbook.comments.load("items/id,items/content") : null;
    this.guessed = this.perSheet
      ? guessedIds.map((id) => this.queueSheet(workbook.worksheets.getItemOrNullObject(id)))
      : [];
  }

  /** Whether anything is loaded per sheet (values, or our conditional formats). */
  get perSheet(): boolean {
    return Boolean(this.scope.values || (this.scope.flags && this.api.flags));
  }

  /** After the first sync: queues the sheets not loaded yet; returns how many (0: no second sync is needed). */
  queueMissing(): number {
    for (const load of this.activeLoad ? [...this.guessed, this.activeLoad] : this.guessed) {
      if (!load.sheet.isNullObject && !this.byId.has(load.sheet.id)) this.byId.set(load.sheet.id, load);
    }
    if (!this.perSheet) return 0;
    const missing = this.sheets.items.filter((s) => !this.byId.has(s.id));
    for (const s of missing) this.byId.set(s.id, this.queueSheet(this.workbook.worksheets.getItem(s.id)));
    return missing.length;
  }

  /** Ids of every sheet, in tab order. */
  get sheetIds(): string[] {
    return this.sheets.items.map((s) => s.id);
  }

  /** The snapshot, and the flag state a later write needs to clear our flags (null unless flags were read). */
  result(): { snapshot: WorkbookSnapshot; flagState: FlagState | null } {
    const items = this.sheets.items;
    const grids = items.map((s) => ({
      ...this.grid(s.name, s.visibility !== "Visible", this.byId.get(s.id)),
      ...(s.protection.protected ? { protected: true } : {}),
    }));
    let flagState: FlagState | null = null;
    let flags: WorkbookSnapshot["flags"] = [];
    if (this.scope.flags) {
      const formats = items.flatMap((s) => {
        const load = this.byId.get(s.id);
        return load?.conditionalFormats ? [{ sheet: s.name, formats: load.conditionalFormats.items }] : [];
      });
      ({ state: flagState, flags } = flagStateOf(formats, this.comments));
    }
    const snapshot: WorkbookSnapshot = {
      sheets: grids,
      names: this.names.items.flatMap((n): NamedRange[] => {
        if (n.type !== "Range") return [];
        const ref = parseAddress(String(n.value));
        if (!ref || ref.sheet === null) return [];
        return [
          { name: n.name, sheet: ref.sheet, box: { top: ref.top, left: ref.left, rows: ref.rows, cols: ref.cols } },
        ];
      }),
      flags,
      activeSheet: this.active ? this.active.name : null,
      brokenNames: this.names.items
        .filter((n) => n.type !== "Range" || !parseAddress(String(n.value)))
        .map((n) => n.name),
    };
    return { snapshot, flagState };
  }

  private queueSheet(sheet: Excel.Worksheet): SheetLoad {
    sheet.load("id,name,visibility");
    let used: Excel.Range | null = null;
    let merged: Excel.RangeAreas | null = null;
    if (this.scope.values) {
      used = sheet.getUsedRange();
      // numberFormat: a date typed in a number cell is its serial number in values (45658 for 2025-01-01).
      used.load("values,formulas,numberFormat,rowIndex,columnIndex");
      if (this.api.merges && this.degraded.merges) {
        merged = used.getMergedAreasOrNullObject();
        merged.load("address");
      }
    }
    let conditionalFormats: Excel.ConditionalFormatCollection | null = null;
    if (this.scope.flags && this.api.flags) {
      conditionalFormats = sheet.getRange().conditionalFormats;
      // Ids, so that our flags are deleted by id, never by position.
      conditionalFormats.load("items/id,items/type,items/customOrNullObject/rule/formula");
    }
    return { sheet, used, merged, conditionalFormats };
  }

  private grid(name: string, hidden: boolean, load: SheetLoad | undefined): SheetGrid {
    const used = load?.used;
    if (!used) return { name, top: 0, left: 0, values: [], formulas: [], merges: [], hidden };
    const values = used.values.map((row, r) => row.map((v, c) => readValue(cellValue(v), used.numberFormat[r][c])));
    const formulas = used.formulas.map((row, r) => row.map((f, c) => (isFormula(f, used.values[r][c]) ? f : null)));
    const merges: Box[] = [];
    if (load.merged && !load.merged.isNullObject) {
      for (const address of splitAddressList(load.merged.address)) {
        const box = parseAddress(address);
        if (box) merges.push({ top: box.top, left: box.left, rows: box.rows, cols: box.cols });
      }
    }
    return { name, top: used.rowIndex, left: used.columnIndex, values, formulas, merges, hidden };
  }
}
