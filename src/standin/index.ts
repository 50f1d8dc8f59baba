/**
 * The Excel stand-in: createStandin() gives an `Excel` namespace (run and the enums the add-in uses) over an
 * in-memory workbook, and the StandinView the preview draws. installStandin() sets the globals `Excel`,
 * `Office` (onReady, requirement sets) and `OfficeExtension`, so the same add-in bundle runs on it.
 * Browser-safe: no Node imports.
 */
import { StandinContext, newLimitState, versionAtLeast } from "./context";
import { excelEnums } from "./enums";
import { ErrorCodes, StandinError } from "./errors";
import { WorkbookModel } from "./model";
import { officeGlobal } from "./office";
import { createRun, type Run } from "./run";
import { createView, notifyAll, type ViewHost } from "./standinView";
import type { StandinView } from "./view";

export type { StandinView } from "./view";
export { StandinError, ErrorCodes } from "./errors";

/** Highest ExcelApi requirement set whose APIs (of those the add-in uses) the stand-in implements. */
export const STANDIN_API_VERSION = "1.13";

export interface StandinOptions {
  /** Requirement set to answer as supported, to stand in for an older Excel ("1.9": no comments). */
  apiVersion?: string;
  /** Name of the first sheet of the new workbook. */
  firstSheet?: string;
}

export interface StandinExcel {
  run: Run;
  ErrorCodes: typeof ErrorCodes;
  ConditionalFormatType: { custom: "Custom" };
  BorderIndex: Record<
    "edgeTop" | "edgeBottom" | "edgeLeft" | "edgeRight" | "insideVertical" | "insideHorizontal",
    string
  >;
  BorderLineStyle: { none: "None"; continuous: "Continuous" };
  BorderWeight: { thin: "Thin"; medium: "Medium"; thick: "Thick" };
  HorizontalAlignment: { general: "General"; left: "Left"; center: "Center"; right: "Right" };
  VerticalAlignment: { top: "Top"; center: "Center"; bottom: "Bottom" };
  SheetVisibility: { visible: "Visible"; hidden: "Hidden"; veryHidden: "VeryHidden" };
}

export interface Standin {
  Excel: StandinExcel;
  view: StandinView;
  /** Whether the stand-in answers this requirement set as supported (what Office.context.requirements says). */
  isSetSupported(name: string, version?: string): boolean;
  /** A request context over this workbook, outside Excel.run (for the host bridge of Microsoft's client). */
  newContext(): StandinContext;
  /** Switches for what Excel refuses (the test double's controls). */
  limits: StandinLimits;
}

/** Excel's refusals, switched on by tests (each from Microsoft's documentation or its issue tracker). */
export interface StandinLimits {
  /** The user starts typing in a cell: batches fail (InvalidOperationInCellEditMode) unless run with delayForCellEdit. */
  beginCellEdit(): void;
  /** The user presses Enter: waiting batches go on. */
  endCellEdit(): void;
  /** Workbook.comments.add answers NotImplemented (some desktop builds). */
  withoutCommentsAdd(): void;
  /** A legacy note (not a threaded comment) on a cell: comments.add there fails. */
  addNote(sheet: string, row: number, col: number): void;
  /** The sheet is protected: writes to it fail with AccessDenied. */
  protect(sheet: string): void;
  /** A chart sheet is active: getActiveWorksheet fails. */
  activateChartSheet(): void;
}

export function createStandin(options: StandinOptions = {}): Standin {
  const apiVersion = options.apiVersion ?? STANDIN_API_VERSION;
  const host: ViewHost = {
    model: new WorkbookModel(options.firstSheet ?? "Sheet1"),
    apiVersion,
    syncCount: 0,
    listeners: new Set(),
    cellEdits: new Set(),
    limits: newLimitState(),
    changed: () => notifyAll(host),
  };

  const Excel: StandinExcel = { run: createRun(host), ErrorCodes, ...excelEnums };

  const isSetSupported = (name: string, version?: string) =>
    (name.toLowerCase() === "excelapi" && versionAtLeast(apiVersion, version ?? "1.1")) ||
    (name.toLowerCase() === "delayforcelledit" && versionAtLeast(apiVersion, "1.11"));

  const sheetNamed = (name: string) => {
    const sheet = host.model.findSheet(name);
    if (!sheet) throw new Error(`没有工作表“${name}”`);
    return sheet;
  };
  const limits: StandinLimits = {
    beginCellEdit: () => {
      let end = () => undefined as void;
      const ended = new Promise<void>((resolve) => (end = resolve));
      host.limits.editing = { ended, end };
    },
    endCellEdit: () => {
      host.limits.editing?.end();
      host.limits.editing = null;
    },
    withoutCommentsAdd: () => {
      host.limits.commentsAdd = false;
    },
    addNote: (sheet, row, col) => {
      host.model.notes.add(`${sheetNamed(sheet).id}!${row},${col}`);
    },
    protect: (sheet) => {
      sheetNamed(sheet).protected = true;
    },
    activateChartSheet: () => {
      host.limits.chartSheetActive = true;
    },
  };

  return { Excel, view: createView(host), isSetSupported, newContext: () => new StandinContext(host), limits };
}

/** Installs the stand-in's Excel, Office and OfficeExtension globals on `target`; returns its view. */
export function installStandin(target: object = globalThis, options: StandinOptions = {}): StandinView {
  const standin = createStandin(options);
  const globals = target as Record<string, unknown>;
  globals.Excel = standin.Excel;
  globals.Office = officeGlobal(standin.isSetSupported);
  globals.OfficeExtension = { Error: StandinError, ErrorCodes };
  return standin.view;
}
