/**
 * WorkbookHost over Office.js (Excel, or the preview's stand-in). One user action = one Excel.run:
 * read() queues every load and syncs once; write() queues every WriteOp and syncs once. No sync in loops.
 *
 * Sheet contents can only be loaded through worksheet objects, and which sheets exist is known only after a
 * sync. So the host remembers the sheets' ids (stable across renames) from its warm-up and from every read and
 * write, and read() loads those sheets, and the active one, in the same batch as the sheet list. A second sync
 * is needed only for a sheet it has never seen that is not the active one (the first read of a host that was
 * not warmed up, or a sheet the user added and left).
 */
import { boxAddress, parseAddress, sheetBoxAddress, splitAddressList } from "../../core/grid/address";
import {
  FLAG_COMMENT_PREFIX,
  FLAG_FILLS,
  flagFormula,
  isFlagComment,
  isFlagFormula,
  parseFlagFormula,
} from "../flagMarker";
import type {
  Box,
  CellScalar,
  CellStyle,
  FlagMark,
  NamedRange,
  ReadScope,
  SheetGrid,
  WorkbookHost,
  WorkbookSession,
  WorkbookSnapshot,
  WriteOp,
} from "../types";
import { charsToPoints } from "../units";

/** Requirement sets: names, *OrNullObject and used ranges need 1.4; flags 1.6; messages 1.10; reading merges 1.13. */
export const REQUIRED_API = "1.4";
export const FLAGS_API = "1.6";
export const MESSAGES_API = "1.10";
export const MERGES_API = "1.13";

/** The part of the Excel namespace the host calls. */
export interface ExcelRunner {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export interface OfficeHostOptions {
  /** The Excel namespace (default: the global Excel). */
  excel?: ExcelRunner;
  /** Requirement-set test (default: Office.context.requirements.isSetSupported). */
  isSetSupported?: (name: string, version: string) => boolean;
}

interface SheetLoad {
  sheet: Excel.Worksheet;
  used: Excel.Range | null;
  merged: Excel.RangeAreas | null;
  conditionalFormats: Excel.ConditionalFormatCollection | null;
}

interface FlagState {
  ours: { sheet: string; cf: Excel.ConditionalFormat }[];
  ourComments: Excel.Comment[];
  userComments: Excel.Comment[];
  commentsLoaded: boolean;
}

function cellValue(v: unknown): CellScalar {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", center: "Center", bottom: "Bottom" } as const;

/** Warm-ups of the Office.js hosts made here, by host (see warmUp). */
const warmUps = new WeakMap<WorkbookHost, () => Promise<void>>();

/**
 * Learns which sheets the workbook holds (one sync), so that the user's first action reads them all in one
 * round trip. Call it when the task pane starts; a host that is not an Office.js host is left as it is.
 */
export async function warmUp(host: WorkbookHost): Promise<void> {
  await warmUps.get(host)?.();
}

export function officeHost(options: OfficeHostOptions = {}): WorkbookHost {
  const excel = () => options.excel ?? (globalThis as unknown as { Excel: ExcelRunner }).Excel;
  const supports = (version: string): boolean => {
    if (options.isSetSupported) return options.isSetSupported("ExcelApi", version);
    const office = (globalThis as unknown as { Office?: typeof Office }).Office;
    return Boolean(office?.context?.requirements?.isSetSupported("ExcelApi", version));
  };
  /** Ids of the sheets seen by the warm-up and the last read or write: loaded in the same batch as the sheet list. */
  let knownSheets: string[] = [];

  const host: WorkbookHost = {
    get capabilities() {
      return { flags: supports(FLAGS_API), cellMessages: supports(MESSAGES_API) };
    },
    run<T>(action: (session: WorkbookSession) => Promise<T>): Promise<T> {
      return excel().run((context) => action(new OfficeSession(context)));
    },
  };
  warmUps.set(host, () =>
    excel().run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/id");
      await context.sync();
      knownSheets = sheets.items.map((s) => s.id);
    }),
  );

  class OfficeSession implements WorkbookSession {
    private flags: FlagState | null = null;

    constructor(private readonly context: Excel.RequestContext) {}

    private queueSheet(sheet: Excel.Worksheet, scope: ReadScope): SheetLoad {
      sheet.load("id,name,visibility");
      let used: Excel.Range | null = null;
      let merged: Excel.RangeAreas | null = null;
      if (scope.values) {
        used = sheet.getUsedRange();
        used.load("values,formulas,rowIndex,columnIndex");
        if (supports(MERGES_API)) {
          merged = used.getMergedAreasOrNullObject();
          merged.load("address");
        }
      }
      let conditionalFormats: Excel.ConditionalFormatCollection | null = null;
      if (scope.flags && supports(FLAGS_API)) {
        conditionalFormats = sheet.getRange().conditionalFormats;
        conditionalFormats.load("items/type,items/customOrNullObject/rule/formula");
      }
      return { sheet, used, merged, conditionalFormats };
    }

    async read(scope: ReadScope = { values: true }): Promise<WorkbookSnapshot> {
      const perSheet = Boolean(scope.values || (scope.flags && supports(FLAGS_API)));
      try {
        return await this.readWith(scope, perSheet ? knownSheets : []);
      } catch (error) {
        // A sheet known from before may have been deleted: read again without guessing.
        if (!perSheet || knownSheets.length === 0) throw error;
        knownSheets = [];
        return this.readWith(scope, []);
      }
    }

    private async readWith(scope: ReadScope, guessed: readonly string[]): Promise<WorkbookSnapshot> {
      const workbook = this.context.workbook;
      const perSheet = Boolean(scope.values || (scope.flags && supports(FLAGS_API)));
      const sheets = workbook.worksheets.load("items/id,items/name,items/visibility");
      const names = workbook.names.load("items/name,items/type,items/value");
      const active = workbook.worksheets.getActiveWorksheet().load("name");
      // The active sheet is loaded through its own proxy: a sheet the user has just added is usually active.
      const activeLoad = perSheet ? this.queueSheet(active, scope) : null;
      const comments = scope.flags && supports(MESSAGES_API) ? workbook.comments.load("items/content") : null;
      const loads = guessed.map((id) => this.queueSheet(workbook.worksheets.getItemOrNullObject(id), scope));
      await this.context.sync();

      const byId = new Map<string, SheetLoad>();
      for (const load of activeLoad ? [...loads, activeLoad] : loads) {
        if (!load.sheet.isNullObject && !byId.has(load.sheet.id)) byId.set(load.sheet.id, load);
      }
      if (perSheet) {
        const missing = sheets.items.filter((s) => !byId.has(s.id));
        for (const s of missing) byId.set(s.id, this.queueSheet(workbook.worksheets.getItem(s.id), scope));
        if (missing.length > 0) await this.context.sync();
      }
      knownSheets = sheets.items.map((s) => s.id);

      const found = sheets.items.flatMap((s) => {
        const load = byId.get(s.id);
        return load ? [{ name: s.name, load }] : [];
      });
      const grids: SheetGrid[] = sheets.items.map((s) => this.grid(s.name, s.visibility !== "Visible", byId.get(s.id)));
      const flags: FlagMark[] = [];
      if (scope.flags) {
        const state: FlagState = { ours: [], ourComments: [], userComments: [], commentsLoaded: comments !== null };
        for (const { name, load } of found) {
          for (const cf of load.conditionalFormats?.items ?? []) {
            if (cf.type !== "Custom" || cf.customOrNullObject.isNullObject) continue;
            const formula = cf.customOrNullObject.rule.formula;
            if (!isFlagFormula(formula)) continue;
            state.ours.push({ sheet: name, cf });
            const mark = parseFlagFormula(formula);
            if (mark) flags.push({ sheet: name, ...mark });
          }
        }
        for (const comment of comments?.items ?? []) {
          (isFlagComment(comment.content) ? state.ourComments : state.userComments).push(comment);
        }
        this.flags = state;
      }
      return {
        sheets: grids,
        names: names.items.flatMap((n): NamedRange[] => {
          if (n.type !== "Range") return [];
          const ref = parseAddress(String(n.value));
          if (!ref || ref.sheet === null) return [];
          return [
            { name: n.name, sheet: ref.sheet, box: { top: ref.top, left: ref.left, rows: ref.rows, cols: ref.cols } },
          ];
        }),
        flags,
        activeSheet: active.name,
      };
    }

    private grid(name: string, hidden: boolean, load: SheetLoad | undefined): SheetGrid {
      const used = load?.used;
      if (!used) return { name, top: 0, left: 0, values: [], formulas: [], merges: [], hidden };
      const values = used.values.map((row) => row.map(cellValue));
      const formulas = used.formulas.map((row) =>
        row.map((f) => (typeof f === "string" && f.startsWith("=") ? f : null)),
      );
      const merges: Box[] = [];
      if (load.merged && !load.merged.isNullObject) {
        for (const address of splitAddressList(load.merged.address)) {
          const box = parseAddress(address);
          if (box) merges.push({ top: box.top, left: box.left, rows: box.rows, cols: box.cols });
        }
      }
      return { name, top: used.rowIndex, left: used.columnIndex, values, formulas, merges, hidden };
    }

    async write(ops: readonly WriteOp[]): Promise<void> {
      const workbook = this.context.workbook;
      const canFlag = supports(FLAGS_API);
      const canMessage = supports(MESSAGES_API);
      const clearing = canFlag && ops.some((op) => op.op === "clearFlags");
      const messages = canMessage && ops.some((op) => op.op === "flag" && op.message !== "");
      if ((clearing || messages) && (this.flags === null || (messages && !this.flags.commentsLoaded))) {
        await this.read({ values: false, flags: true });
      }
      const occupied = messages ? await this.commentedCells(clearing) : new Set<string>();

      const sheetProxies = new Map<string, Excel.Worksheet>();
      const sheet = (name: string): Excel.Worksheet => {
        let proxy = sheetProxies.get(name);
        if (!proxy) {
          proxy = workbook.worksheets.getItem(name);
          sheetProxies.set(name, proxy);
        }
        return proxy;
      };
      const added: Excel.Worksheet[] = [];
      for (const op of ops) {
        switch (op.op) {
          case "addSheet": {
            const proxy = workbook.worksheets.add(op.sheet);
            sheetProxies.set(op.sheet, proxy);
            added.push(proxy.load("id"));
            if (op.activate) proxy.activate();
            break;
          }
          case "setValues": {
            if (op.values.length === 0 || op.values[0].length === 0) break;
            const box = { top: op.top, left: op.left, rows: op.values.length, cols: op.values[0].length };
            sheet(op.sheet).getRange(boxAddress(box)).values = op.values.map((row) => row.map((v) => v ?? ""));
            break;
          }
          case "merge":
            sheet(op.sheet).getRange(boxAddress(op.box)).merge(false);
            break;
          case "style":
            applyStyle(sheet(op.sheet).getRange(boxAddress(op.box)), op.box, op.style);
            break;
          case "columnWidths":
            op.widths.forEach((width, i) => {
              sheet(op.sheet).getRange(boxAddress({ top: 0, left: op.left + i, rows: 1, cols: 1 })).format.columnWidth =
                charsToPoints(width);
            });
            break;
          case "rowHeight":
            sheet(op.sheet).getRange(boxAddress({ top: op.row, left: 0, rows: 1, cols: 1 })).format.rowHeight =
              op.height;
            break;
          case "addName":
            workbook.names.add(op.name, sheet(op.sheet).getRange(boxAddress(op.box)), op.comment);
            break;
          case "flag": {
            if (!canFlag) break;
            const cell = sheet(op.sheet).getRange(boxAddress({ top: op.row, left: op.col, rows: 1, cols: 1 }));
            const cf = cell.conditionalFormats.add("Custom");
            cf.custom.rule.formula = flagFormula(op.level, op.row, op.col);
            cf.custom.format.fill.color = FLAG_FILLS[op.level];
            cf.priority = 0;
            const key = `${op.sheet.toLowerCase()}!${op.row},${op.col}`;
            if (canMessage && op.message !== "" && !occupied.has(key)) {
              workbook.comments.add(
                sheetBoxAddress(op.sheet, { top: op.row, left: op.col, rows: 1, cols: 1 }),
                `${FLAG_COMMENT_PREFIX}${op.message}`,
              );
              occupied.add(key);
            }
            break;
          }
          case "clearFlags":
            if (!canFlag || !this.flags) break;
            for (const { cf } of this.flags.ours) cf.delete();
            for (const comment of this.flags.ourComments) comment.delete();
            this.flags = { ...this.flags, ours: [], ourComments: [] };
            break;
          case "select":
            sheet(op.sheet).activate();
            sheet(op.sheet)
              .getRange(boxAddress({ top: op.row, left: op.col, rows: 1, cols: 1 }))
              .select();
            break;
        }
      }
      await this.context.sync();
      knownSheets = [...knownSheets, ...added.map((proxy) => proxy.id).filter((id) => !knownSheets.includes(id))];
    }

    /**
     * Cells that already hold a comment a new one must not go on: the user's comments, and ours unless this
     * write clears them. Comment locations need a method call per comment, so this costs one more sync —
     * only when such comments exist.
     */
    private async commentedCells(clearing: boolean): Promise<Set<string>> {
      const state = this.flags;
      const keep = state ? [...state.userComments, ...(clearing ? [] : state.ourComments)] : [];
      const occupied = new Set<string>();
      if (keep.length === 0) return occupied;
      const locations = keep.map((comment) => comment.getLocation().load("address"));
      await this.context.sync();
      for (const location of locations) {
        const ref = parseAddress(location.address);
        if (ref?.sheet) occupied.add(`${ref.sheet.toLowerCase()}!${ref.top},${ref.left}`);
      }
      return occupied;
    }
  }

  return host;
}

function applyStyle(range: Excel.Range, box: Box, style: CellStyle): void {
  const format = range.format;
  if (style.fill !== undefined) {
    if (style.fill === null) format.fill.clear();
    else format.fill.color = style.fill;
  }
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.hAlign) format.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign) format.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.numberFormat !== undefined) {
    const nf = style.numberFormat;
    range.numberFormat = Array.from({ length: box.rows }, () => Array.from({ length: box.cols }, () => nf));
  }
  if (style.border) {
    const edges: Excel.BorderIndex[] = [
      "EdgeTop" as Excel.BorderIndex,
      "EdgeBottom" as Excel.BorderIndex,
      "EdgeLeft" as Excel.BorderIndex,
      "EdgeRight" as Excel.BorderIndex,
    ];
    if (box.rows > 1) edges.push("InsideHorizontal" as Excel.BorderIndex);
    if (box.cols > 1) edges.push("InsideVertical" as Excel.BorderIndex);
    for (const edge of edges) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
      border.color = "#000000";
    }
  }
}
