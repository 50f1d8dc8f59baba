/** The finder of each table: where its rows stand on a sheet, for the row aligner to read. */
import type { TableId } from "../format";
import type { SheetView } from "./sheetView";
import { findTable2 } from "./table2Finder";
import { findTable3 } from "./table3Finder";
import { findTable4 } from "./table4Finder";
import type { Area, FoundTable } from "./tableRead";

export const FINDERS: Record<TableId, (view: SheetView, area: Area) => FoundTable[]> = {
  二: findTable2,
  三: findTable3,
  四: findTable4,
};
