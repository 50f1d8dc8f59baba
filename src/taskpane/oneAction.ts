/**
 * One action at a time for the whole task pane: every button (insert, 校验, 清除标记, 生成新年度, 汇总, going to a
 * cell) runs through the same runner, so two Excel.run batches never overlap. While one runs, the others are
 * refused and disabled; its outcome replaces the previous one (no old banner stays beside a new result).
 */
import { useCallback, useRef, useState } from "react";
import { userMessage } from "../features/errors";
import type { Outcome } from "./components/Status";
import { S } from "./strings";

/**
 * Runs `action` unless another is running; `label` is what the spinner says. The action's outcome (null: none)
 * replaces the shown one; an action that resolves to undefined (going to a cell) leaves it as it is.
 */
export type Runner = (
  label: string,
  action: () => Promise<Outcome | null | undefined>,
  errorTitle?: string,
) => Promise<void>;

export interface OneAction {
  /** The running action's label, or null. */
  busy: string | null;
  outcome: Outcome | null;
  setOutcome(outcome: Outcome | null): void;
  run: Runner;
  /**
   * Whether a change the workbook reports now may be the echo of the pane's own writes: while an action runs and
   * for a moment after (Excel before ExcelApi 1.14, and WPS, do not say who made a change).
   */
  ownChangesMayArrive(): boolean;
}

/** How long after an action the workbook's change events may still be reporting its writes. */
export const OWN_CHANGES_ECHO_MS = 1500;

export function useOneAction(): OneAction {
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const running = useRef(false);
  const endedAt = useRef(Number.NEGATIVE_INFINITY);

  const run = useCallback<Runner>(async (label, action, errorTitle = S.errorTitle) => {
    if (running.current) return;
    running.current = true;
    setBusy(label);
    try {
      const result = await action();
      if (result !== undefined) setOutcome(result);
    } catch (error) {
      setOutcome({ intent: "error", title: errorTitle, text: userMessage(error) });
    } finally {
      running.current = false;
      endedAt.current = Date.now();
      setBusy(null);
    }
  }, []);

  const ownChangesMayArrive = useCallback(
    () => running.current || Date.now() - endedAt.current < OWN_CHANGES_ECHO_MS,
    [],
  );

  return { busy, outcome, setOutcome, run, ownChangesMayArrive };
}
