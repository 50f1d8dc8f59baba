/** pageSetup: worksheet.pageLayout needs ExcelApi 1.9; without it the op is left out (capabilities.pageSetup says so). */
import { PAGE_LAYOUT_API, queuePageSetup } from "../pageSetup";
import type { Writer } from "./target";

export const pageSetup: Writer<"pageSetup"> = (op, target) => {
  if (target.api.has(PAGE_LAYOUT_API)) queuePageSetup(target.sheet(op.sheet), op.setup);
};
