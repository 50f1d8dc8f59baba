/** Workbook: its worksheets, names and (ExcelApi 1.10) comments. */
import type { StandinContext } from "../context";
import { StandinCommentCollection } from "./comments";
import { StandinNamedItemCollection } from "./names";
import { StandinWorksheetCollection } from "./worksheets";

export class StandinWorkbook {
  readonly worksheets: StandinWorksheetCollection;
  readonly names: StandinNamedItemCollection;
  private commentCollection: StandinCommentCollection | undefined;

  constructor(readonly context: StandinContext) {
    this.worksheets = new StandinWorksheetCollection(context);
    this.names = new StandinNamedItemCollection(context);
  }

  get comments(): StandinCommentCollection {
    this.context.requireApi("1.10", "Workbook.comments");
    this.commentCollection ??= new StandinCommentCollection(this.context);
    return this.commentCollection;
  }
}
