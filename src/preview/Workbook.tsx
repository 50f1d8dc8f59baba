/** The stand-in workbook as Excel shows it: name box, formula bar, the active sheet's grid, sheet tabs. */
import { useEffect, useRef, useState } from "react";
import { cellAt, cellInput } from "./cellStyle";
import { anchorOf, cellAddress, drawnSize } from "./geometry";
import { Grid, type Editing, type MoveKey } from "./Grid";
import { P } from "./strings";
import type { StandinView } from "../standin/view";

export function Workbook({ view }: { view: StandinView }) {
  const [, setVersion] = useState(0);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  // The column where a row typed with Tab began: Enter goes back to it on the next row, as in Excel.
  const tabStart = useRef<number | null>(null);

  useEffect(() => view.subscribe(() => setVersion((v) => v + 1)), [view]);

  const sheets = view.sheets().filter((s) => s.visible);
  const active = sheets.find((s) => s.name === view.activeSheet()) ?? sheets[0];
  const selection = view.selection();
  const selected = active && selection.sheet === active.name ? { row: selection.row, col: selection.col } : null;
  const selectedCell = active && selected ? cellAt(active, selected.row, selected.col) : null;

  const select = (row: number, col: number) => {
    if (!active) return;
    const anchor = anchorOf(active.merges, row, col);
    // Clicking away from a cell being edited enters what was typed, as in Excel.
    if (editing) view.typeInto(active.name, editing.row, editing.col, editing.text);
    setEditing(null);
    tabStart.current = null;
    view.select({ sheet: active.name, row: anchor.row, col: anchor.col });
    setFocusRequest((n) => n + 1);
  };

  const moveFrom = (fromRow: number, fromCol: number, dr: number, dc: number) => {
    if (!active) return;
    const { rows, cols } = drawnSize(active.rowCount, active.colCount);
    // Step out of a merged area from its far edge, as Excel does.
    const merge = active.merges.find((m) => m.top === fromRow && m.left === fromCol);
    const row = fromRow + (dr > 0 && merge ? merge.rows : dr);
    const col = fromCol + (dc > 0 && merge ? merge.cols : dc);
    const anchor = anchorOf(active.merges, Math.min(Math.max(row, 0), rows - 1), Math.min(Math.max(col, 0), cols - 1));
    view.select({ sheet: active.name, row: anchor.row, col: anchor.col });
    setFocusRequest((n) => n + 1);
  };

  const step = (fromRow: number, fromCol: number, dr: number, dc: number, key: MoveKey) => {
    if (key === "tab") tabStart.current ??= fromCol;
    if (key === "enter" && tabStart.current !== null) {
      const first = tabStart.current;
      tabStart.current = null;
      moveFrom(fromRow, first, 1, 0);
      return;
    }
    if (key !== "tab") tabStart.current = null;
    moveFrom(fromRow, fromCol, dr, dc);
  };

  const move = (dr: number, dc: number, key: MoveKey) => selected && step(selected.row, selected.col, dr, dc, key);

  const commit = (text: string, to: { dr: number; dc: number; key: MoveKey }) => {
    if (!active || !editing) return;
    const { row, col } = editing;
    setEditing(null);
    view.typeInto(active.name, row, col, text);
    if (to.dr !== 0 || to.dc !== 0) step(row, col, to.dr, to.dc, to.key);
  };

  /** A block of cells pasted at the selected cell: each typed in as if entered by hand. */
  const paste = (rows: string[][]) => {
    if (!active || !selected) return;
    rows.forEach((cells, i) =>
      cells.forEach((text, j) => view.typeInto(active.name, selected.row + i, selected.col + j, text)),
    );
  };

  if (!active) return null;
  const barText = editing ? editing.text : selectedCell ? cellInput(selectedCell) : "";

  return (
    <div className="workbook">
      <div className="bars">
        <input
          className="name-box"
          aria-label={P.nameBox}
          readOnly
          value={selected ? cellAddress(selected.row, selected.col) : ""}
        />
        <span className="fx" aria-hidden="true">
          fx
        </span>
        <input
          className="formula-bar"
          aria-label={P.formulaBar}
          value={barText}
          disabled={!selected}
          onChange={(e) => selected && setEditing({ ...selected, text: e.target.value, inCell: false })}
          onKeyDown={(e) => {
            if (e.key === "Enter" && editing) {
              e.preventDefault();
              commit(editing.text, { dr: 1, dc: 0, key: "enter" });
            } else if (e.key === "Escape") {
              setEditing(null);
            }
          }}
        />
      </div>
      <div className="sheet-area">
        <Grid
          sheet={active}
          selected={selected}
          editing={editing}
          focusRequest={focusRequest}
          onSelect={select}
          onMove={move}
          onEdit={setEditing}
          onCommit={commit}
          onPaste={paste}
          onCancel={() => {
            setEditing(null);
            setFocusRequest((n) => n + 1);
          }}
          onClear={() => selected && view.typeInto(active.name, selected.row, selected.col, "")}
        />
      </div>
      <div className="tabs" role="tablist" aria-label={P.sheets}>
        {sheets.map((s) => (
          <button
            key={s.name}
            type="button"
            role="tab"
            aria-selected={s.name === active.name}
            className="tab"
            onClick={() => {
              setEditing(null);
              view.activate(s.name);
            }}
          >
            {s.name}
          </button>
        ))}
      </div>
    </div>
  );
}
