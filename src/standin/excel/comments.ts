/** CommentCollection and Comment (ExcelApi 1.10): one comment per cell. */
import type { StandinContext } from "../context";
import { ErrorCodes, StandinError } from "../errors";
import type { CommentModel } from "../model";
import { CollectionProxy, Proxy, addedProxy, boundProxy, found } from "../proxy";
import { sheetAddressTarget, type RangeTarget } from "./cells";
import { StandinRange } from "./range";

/** The one cell a comment goes on: a Range, or an address with its sheet name. */
function cellTarget(context: StandinContext, cell: StandinRange | string): RangeTarget {
  let t: RangeTarget | null;
  if (typeof cell === "string") {
    t = sheetAddressTarget(context.model, cell);
    if (!t) throw new StandinError(ErrorCodes.invalidArgument, `单元格地址须含工作表名：${cell}`);
  } else {
    t = cell.resolve();
  }
  if (t === null || t.box.rows !== 1 || t.box.cols !== 1) {
    throw new StandinError(ErrorCodes.invalidArgument, "批注只能加在一个单元格上");
  }
  return t;
}

export class StandinCommentCollection extends CollectionProxy<CommentModel[], StandinComment> {
  protected readonly typeName = "CommentCollection";

  constructor(context: StandinContext) {
    super(context, () => context.model.comments);
  }

  protected list(target: CommentModel[]): StandinComment[] {
    return target.map((c) => boundProxy(StandinComment, this.context, c));
  }

  add(cellAddress: StandinRange | string, content: string): StandinComment {
    return addedProxy(StandinComment, this.context, "批注", () => {
      const model = this.context.model;
      if (!this.context.host.limits.commentsAdd) {
        throw new StandinError(
          ErrorCodes.notImplemented,
          "此版本的 Excel 未实现 comments.add",
          "CommentCollection.add",
        );
      }
      const t = cellTarget(this.context, cellAddress);
      model.requireUnprotected(t.sheet);
      if (model.notes.has(`${t.sheet.id}!${t.box.top},${t.box.left}`)) {
        throw new StandinError(ErrorCodes.invalidOperation, "该单元格已有备注（旧式批注）", "CommentCollection.add");
      }
      if (model.commentAt(t.sheet, t.box.top, t.box.left)) {
        throw new StandinError(ErrorCodes.invalidArgument, "该单元格已有批注");
      }
      const created: CommentModel = {
        id: model.newId("comment"),
        sheet: t.sheet,
        row: t.box.top,
        col: t.box.left,
        content,
        authorName: "替身用户",
      };
      model.comments.push(created);
      return created;
    });
  }

  getItem(commentId: string): StandinComment {
    return new StandinComment(this.context, () =>
      found(
        this.context.model.comments.find((c) => c.id === commentId),
        `找不到批注 ${commentId}`,
      ),
    ).settle();
  }

  getItemByCell(cellAddress: StandinRange | string): StandinComment {
    return new StandinComment(this.context, () => {
      const t = cellTarget(this.context, cellAddress);
      const comment = this.context.model.commentAt(t.sheet, t.box.top, t.box.left);
      return found(comment, "该单元格没有批注", "CommentCollection.getItemByCell");
    }).settle();
  }
}

export class StandinComment extends Proxy<CommentModel> {
  protected readonly typeName = "Comment";
  protected readonly scalarNames = ["id", "content", "authorName", "authorEmail", "resolved"] as const;

  protected readProperty(name: string, c: CommentModel): unknown {
    switch (name) {
      case "id":
        return c.id;
      case "content":
        return c.content;
      case "authorName":
        return c.authorName;
      case "authorEmail":
        return "";
      default:
        return false;
    }
  }

  get id(): Excel.Comment["id"] {
    return this.loaded("id");
  }
  get content(): Excel.Comment["content"] {
    return this.loaded("content");
  }
  set content(value: Excel.Comment["content"]) {
    this.command((c) => (c.content = value));
  }
  get authorName(): Excel.Comment["authorName"] {
    return this.loaded("authorName");
  }
  get authorEmail(): Excel.Comment["authorEmail"] {
    return this.loaded("authorEmail");
  }
  get resolved(): Excel.Comment["resolved"] {
    return this.loaded("resolved");
  }

  delete(): void {
    this.command((c) => {
      this.context.model.comments = this.context.model.comments.filter((x) => x !== c);
    });
  }

  getLocation(): StandinRange {
    return new StandinRange(
      this.context,
      this.derive((c) => ({ sheet: c.sheet, box: { top: c.row, left: c.col, rows: 1, cols: 1 } })),
    );
  }
}
