/** One sheet drawn as Excel draws it: an ARIA grid whose cells are named by their address (B7). */
import { useEffect, useRef, type ClipboardEvent, type CSSProperties, type KeyboardEvent } from "react";
import { columnLetters } from "../hosts/types";
import { cellAt, cellInput, cellStyle, isEmptyCell, textSpills } from "./cellStyle";
import { cellAddress, columnPixels, drawnSize, mergeIndex, rowPixels, spillPixels } from "./geometry";
import { pastedRows } from "./pastedRows";
import { P } from "./strings";
import type { StandinSheetView } from "../standin/view";

/** How a move was asked for: Tab and Enter behave as in Excel (Enter after Tabs goes back to the first column). */
export type MoveKey = "tab" | "enter" | null;

export interface Editing {
  row: number;
  col: number;
  text: string;
  /** Typed in the cell itself, or in the formula bar. */
  inCell: boolean;
}

interface Props {
  sheet: StandinSheetView;
  selected: { row: number; col: number } | null;
  editing: Editing | null;
  /** Changes when the user moved the selection: the selected cell takes the keyboard focus. */
  focusRequest: number;
  onSelect(row: number, col: number): void;
  /** Moves the selection by (dr, dc) from the selected cell. */
  onMove(dr: number, dc: number, key: MoveKey): void;
  onEdit(editing: Editing): void;
  onCommit(text: string, move: { dr: number; dc: number; key: MoveKey }): void;
  /** Rows of tab-separated cells pasted at the selected cell (as copied from Excel or Word). */
  onPaste(rows: string[][]): void;
  onCancel(): void;
  onClear(): void;
}

const ROW_HEADER_PIXELS = 40;

function moveKey(key: string, shift: boolean): MoveKey {
  if (shift) return null;
  return key === "Tab" ? "tab" : key === "Enter" ? "enter" : null;
}

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  Enter: [1, 0],
  Tab: [0, 1],
};

export function Grid(props: Props) {
  const { sheet, selected, editing, focusRequest } = props;
  const tableRef = useRef<HTMLTableElement>(null);
  const { rows, cols } = drawnSize(sheet.rowCount, sheet.colCount);
  const { anchors, hidden } = mergeIndex(sheet.merges);

  // Bring the selected cell into view, as Excel does when the add-in selects a range.
  useEffect(() => {
    const td = tableRef.current?.querySelector<HTMLElement>('td[aria-selected="true"]');
    td?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [selected?.row, selected?.col, sheet.name]);

  useEffect(() => {
    if (focusRequest === 0) return;
    selectedCellFocus(tableRef.current)?.focus();
  }, [focusRequest]);

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    if (!selected || e.target instanceof HTMLInputElement || e.ctrlKey || e.metaKey || e.altKey) return;
    const move = MOVES[e.key];
    if (move) {
      e.preventDefault();
      const [dr, dc] = e.shiftKey && (e.key === "Enter" || e.key === "Tab") ? [-move[0], -move[1]] : move;
      props.onMove(dr, dc, moveKey(e.key, e.shiftKey));
    } else if (e.key === "F2") {
      e.preventDefault();
      props.onEdit({ ...selected, text: cellInput(cellAt(sheet, selected.row, selected.col)), inCell: true });
    } else if (e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      props.onClear();
    } else if (e.key.length === 1) {
      e.preventDefault();
      props.onEdit({ ...selected, text: e.key, inCell: true });
    }
  };

  const onPaste = (e: ClipboardEvent<HTMLTableElement>) => {
    if (!selected || e.target instanceof HTMLInputElement) return;
    const block = pastedRows(e.clipboardData.getData("text/plain"));
    if (block.length === 0) return;
    e.preventDefault();
    props.onPaste(block);
  };

  const rowIds = Array.from({ length: rows }, (_, r) => r);
  const colIds = Array.from({ length: cols }, (_, c) => c);
  const widths = colIds.map((c) => columnPixels(sheet.columnWidth(c)));
  // A fixed layout with the table as wide as its columns: each column exactly its sheet width, as in Excel.
  const tableWidth = ROW_HEADER_PIXELS + widths.reduce((sum, w) => sum + w, 0);
  const frozen = frozenColumns(sheet, widths);
  const frozenRows = frozenRowTops(sheet, rows, frozen.count);

  return (
    <table
      ref={tableRef}
      role="grid"
      aria-label={sheet.name}
      className="grid"
      style={{ width: tableWidth }}
      onKeyDown={onKeyDown}
      onPaste={onPaste}
    >
      <colgroup>
        <col style={{ width: ROW_HEADER_PIXELS }} />
        {colIds.map((c) => (
          <col key={c} style={{ width: widths[c] }} />
        ))}
      </colgroup>
      <thead>
        <tr role="row" style={{ height: COLUMN_HEADER_PIXELS }}>
          <th role="columnheader" className="corner" />
          {colIds.map((c) => (
            <th
              key={c}
              role="columnheader"
              className={selected?.col === c ? "header current" : "header"}
              style={c < frozen.count ? { left: frozen.lefts[c], zIndex: 3 + frozen.count } : undefined}
            >
              {columnLetters(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rowIds.map((r) => (
          <tr key={r} role="row" style={{ height: rowPixels(sheet.rowHeight(r)) }}>
            <th
              role="rowheader"
              className={selected?.row === r ? "header current" : "header"}
              style={r < frozenRows.count ? { top: frozenRows.tops[r], zIndex: frozenRows.headerLayer } : undefined}
            >
              {r + 1}
            </th>
            {colIds.map((c) => {
              const key = `${r},${c}`;
              if (hidden.has(key)) return null;
              const merge = anchors.get(key);
              const cell = cellAt(sheet, r, c);
              const address = cellAddress(r, c);
              const isSelected = selected?.row === r && selected.col === c;
              const isEditing = editing?.inCell && editing.row === r && editing.col === c;
              const spill = spillPixels(
                textSpills(sheet, r, c, merge),
                widths,
                c,
                (next) =>
                  // Text in the frozen columns stops at their edge, as Excel clips it at the freeze line.
                  (c >= frozen.count || next < frozen.count) &&
                  !hidden.has(`${r},${next}`) &&
                  !anchors.has(`${r},${next}`) &&
                  isEmptyCell(sheet, r, next),
              );
              return (
                <td
                  key={c}
                  role="gridcell"
                  aria-label={address}
                  aria-description={cell.text || undefined}
                  aria-selected={isSelected}
                  data-flag={cell.flag ?? undefined}
                  title={cell.comment ?? undefined}
                  tabIndex={isSelected ? 0 : -1}
                  rowSpan={merge?.rows}
                  colSpan={merge?.cols}
                  className={
                    [isSelected ? "selected" : "", cell.comment ? "commented" : ""].join(" ").trim() || undefined
                  }
                  style={withFrozenRows(
                    withFrozen(cellStyle(sheet, r, c, merge), frozen, c, merge?.cols ?? 1, cell.displayFill),
                    frozenRows,
                    r,
                    merge?.rows ?? 1,
                    cell.displayFill,
                  )}
                  onMouseDown={(e) => {
                    if (isEditing) return;
                    e.preventDefault();
                    props.onSelect(r, c);
                  }}
                  onDoubleClick={() => props.onEdit({ row: r, col: c, text: cellInput(cell), inCell: true })}
                >
                  {isEditing && editing ? (
                    <CellEditor {...props} address={address} editing={editing} />
                  ) : spill ? (
                    <span className="spill" style={{ width: spill - 6 }}>
                      {cell.text}
                    </span>
                  ) : (
                    cell.text
                  )}
                  {isSelected && !isEditing && (
                    <TypingSink
                      address={address}
                      onText={(text) => props.onEdit({ row: r, col: c, text, inCell: true })}
                    />
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The sheet's frozen columns (Worksheet.freezePanes) stay put while the grid scrolls right, as in Excel: each
 * cell wholly inside them sticks at its column's offset, over a background (a merge reaching past them scrolls),
 * each above the next so that text spilling from one over its empty neighbours shows; their headers above all.
 */
interface FrozenColumns {
  count: number;
  /** Left offset of each frozen column. */
  lefts: number[];
  /** Their width together. */
  width: number;
}

function frozenColumns(sheet: StandinSheetView, widths: readonly number[]): FrozenColumns {
  const count = Math.min(sheet.frozen?.columns ?? 0, widths.length);
  const lefts: number[] = [];
  let width = 0;
  for (let c = 0; c < count; c += 1) {
    lefts.push(ROW_HEADER_PIXELS + width);
    width += widths[c];
  }
  return { count, lefts, width };
}

/** A scrolling cell brought into view (a selected finding) stops clear of the frozen columns. */
function withFrozen(
  style: CSSProperties,
  frozen: FrozenColumns,
  col: number,
  span: number,
  fill: string | null,
): CSSProperties {
  if (frozen.count === 0) return style;
  if (col + span > frozen.count) return { ...style, scrollMarginLeft: frozen.width };
  return {
    ...style,
    position: "sticky",
    left: frozen.lefts[col],
    zIndex: 2 + frozen.count - col,
    backgroundColor: fill ?? "#ffffff",
  };
}

/**
 * The sheet's frozen rows (a header row of 汇总明细 or 与上年对比) stay under the column letters while the grid
 * scrolls down: each cell wholly inside them sticks at its row's offset, over a background, above the scrolling
 * cells and the frozen columns' (those frozen both ways above all).
 */
interface FrozenRows {
  count: number;
  /** Top offset of each frozen row. */
  tops: number[];
  /** Their height together, with the column letters'. */
  height: number;
  /** Stacking of their cells: above every frozen column's (whose layers grow with how many are frozen). */
  layer: number;
  /** Of their row numbers: above every cell of theirs, those frozen both ways too. */
  headerLayer: number;
}

const COLUMN_HEADER_PIXELS = 22;
function frozenRowTops(sheet: StandinSheetView, rows: number, frozenColumns: number): FrozenRows {
  const count = Math.min(sheet.frozen?.rows ?? 0, rows);
  const tops: number[] = [];
  let height = COLUMN_HEADER_PIXELS;
  for (let r = 0; r < count; r += 1) {
    tops.push(height);
    height += rowPixels(sheet.rowHeight(r));
  }
  // A frozen column's cells stack at up to 2 + frozenColumns (withFrozen).
  const layer = frozenColumns + 3;
  return { count, tops, height, layer, headerLayer: layer + 1 + (2 + frozenColumns) + 1 };
}

function withFrozenRows(
  style: CSSProperties,
  frozen: FrozenRows,
  row: number,
  span: number,
  fill: string | null,
): CSSProperties {
  if (frozen.count === 0) return style;
  if (row + span > frozen.count) return { ...style, scrollMarginTop: frozen.height };
  const bothWays = style.position === "sticky";
  return {
    ...style,
    position: "sticky",
    top: frozen.tops[row],
    zIndex: (bothWays ? frozen.layer + 1 : frozen.layer) + Number(style.zIndex ?? 0),
    backgroundColor: fill ?? "#ffffff",
  };
}

/** Where the keyboard focus of the selected cell is: its typing sink (see TypingSink), else the cell. */
export function selectedCellFocus(root: ParentNode | null): HTMLElement | null {
  const cell = root?.querySelector<HTMLElement>('td[aria-selected="true"]') ?? null;
  return cell?.querySelector<HTMLElement>("textarea.typing-sink") ?? cell;
}

const SINK_STYLE: CSSProperties = {
  position: "absolute",
  width: 1,
  height: 1,
  padding: 0,
  border: 0,
  opacity: 0,
  resize: "none",
  overflow: "hidden",
  pointerEvents: "none",
};

/**
 * The selected cell's keyboard focus. A table cell is not editable, so an input method (Chinese, full-width digits)
 * never composes into it and text that arrives without a key press (beforeinput/input only) is lost; this invisible
 * textarea takes both and starts editing the cell with what was typed, as Excel does. Plain keys still reach the
 * grid's key handler (arrows, Enter, Tab, F2, a printable key starting the edit).
 */
function TypingSink({ address, onText }: { address: string; onText(text: string): void }) {
  const take = (sink: HTMLTextAreaElement) => {
    const text = sink.value;
    if (!text) return;
    sink.value = "";
    onText(text);
  };
  return (
    <textarea
      className="typing-sink"
      aria-label={P.typeInto(address)}
      tabIndex={-1}
      rows={1}
      style={SINK_STYLE}
      onCompositionEnd={(e) => take(e.currentTarget)}
      onInput={(e) => {
        if (!(e.nativeEvent as InputEvent).isComposing) take(e.currentTarget);
      }}
    />
  );
}

function CellEditor({ address, editing, onEdit, onCommit, onCancel }: Props & { address: string; editing: Editing }) {
  const done = useRef(false);
  const finish = (move: { dr: number; dc: number; key: MoveKey }) => {
    if (done.current) return;
    done.current = true;
    onCommit(editing.text, move);
  };
  return (
    <input
      className="cell-editor"
      aria-label={P.editCell(address)}
      autoFocus
      value={editing.text}
      onChange={(e) => onEdit({ ...editing, text: e.target.value })}
      onBlur={() => finish({ dr: 0, dc: 0, key: null })}
      onKeyDown={(e) => {
        if (e.key === "Enter" || e.key === "Tab") {
          e.preventDefault();
          const sign = e.shiftKey ? -1 : 1;
          const key = moveKey(e.key, e.shiftKey);
          finish(e.key === "Enter" ? { dr: sign, dc: 0, key } : { dr: 0, dc: sign, key });
        } else if (e.key === "Escape") {
          e.preventDefault();
          done.current = true;
          onCancel();
        }
        e.stopPropagation();
      }}
    />
  );
}
