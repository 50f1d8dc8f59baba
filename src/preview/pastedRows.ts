/**
 * Text copied from Excel or Word, as rows of cells. Excel's text/plain is tab-separated with CRLF line ends; a cell
 * holding a line break (Alt+Enter) or a tab is written in double quotes, its own quotes doubled
 * ("甲乡\n乙镇", "他说""好"""). A cell that merely starts with a quote but is not closed that way before the next tab
 * or line end is taken as written, as Excel does when it pastes such text.
 */
export function pastedRows(text: string): string[][] {
  const s = text.replace(/\r\n?/g, "\n");
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < s.length) {
    const quoted = s[i] === '"' ? quotedCell(s, i) : null;
    let cell: string;
    if (quoted) {
      cell = quoted.text;
      i = quoted.end;
    } else {
      let end = i;
      while (end < s.length && s[end] !== "\t" && s[end] !== "\n") end++;
      cell = s.slice(i, end);
      i = end;
    }
    row.push(cell);
    if (s[i] === "\t") {
      i++;
      // A tab at the very end of the text still ends a cell: an empty one follows.
      if (i === s.length) row.push("");
    } else {
      rows.push(row);
      row = [];
      if (s[i] === "\n") i++;
    }
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** The quoted cell starting at `start`, if it closes right before a tab, a line end or the end of the text. */
function quotedCell(s: string, start: number): { text: string; end: number } | null {
  let text = "";
  let i = start + 1;
  while (i < s.length) {
    if (s[i] !== '"') {
      text += s[i++];
    } else if (s[i + 1] === '"') {
      text += '"';
      i += 2;
    } else {
      const after = i + 1;
      return after === s.length || s[after] === "\t" || s[after] === "\n" ? { text, end: after } : null;
    }
  }
  return null;
}
