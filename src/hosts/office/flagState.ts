/** The flags this add-in left in the workbook, as loaded proxies a later write can delete. */
import { blockMarks, isFlagComment, isFlagFormula, parseFlagBlock } from "../flagMarker";
import type { FlagMark } from "../types";

export interface FlagState {
  /** Our conditional formats, with the sheet they are on. */
  ours: { sheet: string; cf: Excel.ConditionalFormat }[];
  ourComments: Excel.Comment[];
  userComments: Excel.Comment[];
  /** Whether comments were loaded (ExcelApi 1.10). */
  commentsLoaded: boolean;
}

/** Sorts loaded conditional formats and comments into ours and the user's; returns the flags found. */
export function flagStateOf(
  formatsBySheet: readonly { sheet: string; formats: readonly Excel.ConditionalFormat[] }[],
  comments: Excel.CommentCollection | null,
): { state: FlagState; flags: FlagMark[] } {
  const state: FlagState = { ours: [], ourComments: [], userComments: [], commentsLoaded: comments !== null };
  const flags: FlagMark[] = [];
  for (const { sheet, formats } of formatsBySheet) {
    for (const cf of formats) {
      if (cf.type !== "Custom" || cf.customOrNullObject.isNullObject) continue;
      const formula = cf.customOrNullObject.rule.formula;
      if (!isFlagFormula(formula)) continue;
      state.ours.push({ sheet, cf });
      const block = parseFlagBlock(formula);
      if (block) flags.push(...blockMarks(sheet, block));
    }
  }
  for (const comment of comments?.items ?? []) {
    (isFlagComment(comment.content) ? state.ourComments : state.userComments).push(comment);
  }
  return { state, flags };
}
