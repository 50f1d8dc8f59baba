/**
 * Et.PageSetup and Et.HPageBreaks over a sheet's PageModel, in the Excel stand-in's terms (paper "A4",
 * "Portrait"/"Landscape", margins in points, zoom as fit-to-pages or a scale, print area without $), so that a
 * page set up through WPS and one set up through Office.js compare equal. As in VBA, FitToPagesWide and
 * FitToPagesTall take effect only while Zoom is False.
 */
import type { PageModel, SheetModel } from "../model";
import { etObject, WpsStandinError } from "./members";
import { addressBox, type WpsWorld } from "./range";
import { boxAddress } from "../../core/grid/address";

const PAPER: Record<number, string> = { 9: "A4", 8: "A3", 1: "Letter" };
const ORIENTATION: Record<number, string> = { 1: "Portrait", 2: "Landscape" };
type MarginName = keyof NonNullable<PageModel["margins"]>;

function pick(map: Record<number, string>, value: unknown, member: string): string {
  const name = typeof value === "number" ? map[value] : undefined;
  if (name === undefined) throw new WpsStandinError(`PageSetup.${member} 的值无效：${String(value)}`);
  return name;
}

function points(value: unknown, member: string): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new WpsStandinError(`PageSetup.${member} 的值无效：${String(value)}`);
  }
  return value;
}

/** FitToPages: a page count ≥ 1, or False (as many as needed: 0 in the model). */
function pages(value: unknown, member: string): number {
  if (value === false) return 0;
  if (typeof value === "number" && Number.isInteger(value) && value >= 1) return value;
  throw new WpsStandinError(`PageSetup.${member} 的值无效：${String(value)}`);
}

interface ZoomState {
  zoom: number | false;
  wide: number;
  tall: number;
}

/** VBA keeps Zoom and the fit-to-pages counts apart, per sheet; the model's zoom says which one prints. */
const ZOOM = new WeakMap<SheetModel, ZoomState>();

function zoomState(sheet: SheetModel): ZoomState {
  let state = ZOOM.get(sheet);
  if (!state) {
    const z = sheet.page.zoom;
    state =
      z && z.scale === undefined
        ? { zoom: false, wide: z.horizontalFitToPages ?? 0, tall: z.verticalFitToPages ?? 0 }
        : { zoom: z?.scale ?? 100, wide: 1, tall: 1 };
    ZOOM.set(sheet, state);
  }
  return state;
}

export function pageSetupObject(world: WpsWorld, live: () => SheetModel): object {
  const page = () => live().page;
  const state = zoomState(live());
  const syncZoom = () => {
    page().zoom =
      state.zoom === false
        ? { horizontalFitToPages: state.wide, verticalFitToPages: state.tall }
        : { scale: state.zoom };
  };
  const margin = (name: MarginName, member: string) => ({
    get: () => page().margins?.[name] ?? 0,
    set: (value: unknown) => {
      const p = page();
      p.margins = {
        left: 0,
        right: 0,
        top: 0,
        bottom: 0,
        header: 0,
        footer: 0,
        ...p.margins,
        [name]: points(value, member),
      };
    },
  });
  return etObject(world, "PageSetup", {
    PaperSize: {
      get: () => Number(Object.entries(PAPER).find(([, v]) => v === page().paperSize)?.[0] ?? 9),
      set: (v) => (page().paperSize = pick(PAPER, v, "PaperSize")),
    },
    Orientation: {
      get: () => (page().orientation === "Landscape" ? 2 : 1),
      set: (v) => (page().orientation = pick(ORIENTATION, v, "Orientation")),
    },
    CenterHorizontally: {
      get: () => page().centerHorizontally,
      set: (v) => {
        if (typeof v !== "boolean") throw new WpsStandinError(`PageSetup.CenterHorizontally 的值无效：${String(v)}`);
        page().centerHorizontally = v;
      },
    },
    LeftMargin: margin("left", "LeftMargin"),
    RightMargin: margin("right", "RightMargin"),
    TopMargin: margin("top", "TopMargin"),
    BottomMargin: margin("bottom", "BottomMargin"),
    HeaderMargin: margin("header", "HeaderMargin"),
    FooterMargin: margin("footer", "FooterMargin"),
    Zoom: {
      get: () => state.zoom,
      set: (v) => {
        if (v !== false && !(typeof v === "number" && v >= 10 && v <= 400)) {
          throw new WpsStandinError(`PageSetup.Zoom 的值无效：${String(v)}`);
        }
        state.zoom = v as number | false;
        syncZoom();
      },
    },
    FitToPagesWide: {
      get: () => state.wide || false,
      set: (v) => {
        state.wide = pages(v, "FitToPagesWide");
        if (state.zoom === false) syncZoom();
      },
    },
    FitToPagesTall: {
      get: () => state.tall || false,
      set: (v) => {
        state.tall = pages(v, "FitToPagesTall");
        if (state.zoom === false) syncZoom();
      },
    },
    PrintArea: {
      get: () => {
        const area = page().printArea;
        return area === null ? "" : boxAddress(addressBox(area), true);
      },
      set: (v) => {
        if (v === "" || v === false) page().printArea = null;
        else page().printArea = boxAddress(addressBox(v), false);
      },
    },
    PrintTitleRows: {
      get: () => page().printTitleRows ?? "",
      set: (v) => {
        if (v === "") {
          page().printTitleRows = null;
          return;
        }
        if (typeof v !== "string" || !/^\$?\d+:\$?\d+$/.test(v)) {
          throw new WpsStandinError(`PageSetup.PrintTitleRows 的值无效：${String(v)}`);
        }
        page().printTitleRows = v;
      },
    },
  });
}

/** Worksheet.HPageBreaks: Add(Before) breaks above Before's first row (a Range of this sheet). */
export function hPageBreaksObject(world: WpsWorld, live: () => SheetModel, rowOf: (range: unknown) => number): object {
  return etObject(world, "HPageBreaks", {
    Count: { variant: true, get: () => live().page.rowBreaks.length },
    Add: (before) => {
      const row = rowOf(before);
      const page = live().page;
      if (!page.rowBreaks.includes(row)) page.rowBreaks = [...page.rowBreaks, row].sort((a, b) => a - b);
      world.changed();
      return undefined;
    },
  });
}
