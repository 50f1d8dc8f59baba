/** F6 (and Shift+F6) moves the keyboard focus between the sheet and the task pane, as Excel does. */
import { selectedCellFocus } from "./Grid";

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select, textarea, [tabindex="0"], a[href]';

function firstFocusable(area: HTMLElement): HTMLElement | null {
  return area.querySelector<HTMLElement>(FOCUSABLE);
}

/** Listens on `doc`; returns the function that stops listening. */
export function cycleFocusOnF6(doc: Document, sheet: HTMLElement, pane: HTMLElement): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== "F6") return;
    e.preventDefault();
    const inSheet = sheet.contains(doc.activeElement);
    const target = inSheet ? firstFocusable(pane) : (selectedCellFocus(sheet) ?? firstFocusable(sheet));
    target?.focus();
  };
  doc.addEventListener("keydown", onKey);
  return () => doc.removeEventListener("keydown", onKey);
}
