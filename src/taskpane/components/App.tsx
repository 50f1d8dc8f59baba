import { useCallback, useEffect, useRef, useState } from "react";
import {
  Button,
  Divider,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Switch,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { InsertInput, WorkbookCheck } from "../../features/api";
import type { CellAddress } from "../../core/report/model";
import type { Finding } from "../../core/check/types";
import type { Actions } from "../types";
import type { WorkbookChange } from "../../hosts/types";
import { useOneAction } from "../oneAction";
import {
  checkedSheetMessage,
  clearedMessage,
  flaggedMessage,
  messagesLeftOutMessage,
  unmarkedMessage,
  importedMessage,
  insertedMessage,
  newYearMessage,
  withHostNotes,
  noReportsFound,
  notCarriedMessage,
  acceptedMessage,
  comparedMessage,
  COMPARE,
  REVIEW,
  S,
} from "../strings";
import { MAX_INPUT_BYTES } from "../../documents/limits";
import { Findings } from "./Findings";
import { InsertForm } from "./InsertForm";
import { RollupPanel } from "./RollupPanel";
import { Status, type Outcome } from "./Status";
import { buttonRow, stack } from "./layout";

const useStyles = makeStyles({
  // Stacks are grids and rows of buttons space their buttons by margins: WPS's older Chromium builds lay out
  // grid gaps (Chromium 66) but not flex gaps (Chromium 84).
  root: {
    ...stack(tokens.spacingVerticalM),
    alignContent: "start",
    padding: tokens.spacingHorizontalM,
    minHeight: "100%",
    boxSizing: "border-box",
  },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  buttons: buttonRow(tokens.spacingHorizontalS, true),
  divider: { flexGrow: 0 },
});

interface Props {
  actions: Actions;
  /** Why the add-in cannot run here (e.g. Excel too old); disables the actions. */
  unsupported?: string | null;
  today?: Date;
}

function checkOutcome(result: WorkbookCheck): Outcome {
  if (result.reports.length === 0) return { intent: "warning", title: S.checkTitle, text: noReportsFound() };
  const intent = result.errors > 0 ? "error" : result.warnings > 0 ? "warning" : "success";
  const flagged =
    flaggedMessage(result.flagged, result.flagsSupported, result.errors + result.warnings) +
    (result.messagesLeftOut ? messagesLeftOutMessage(result.messagesLeftOut) : "") +
    (result.unmarked ? unmarkedMessage(result.unmarked) : "");
  return { intent, title: result.summary, text: `${checkedSheetMessage(result.sheet)}${flagged}` };
}

/** Marks the results out of date when the workbook changes: Excel's change events, else the pane regaining focus. */
function useStaleness(
  actions: Actions,
  checked: WorkbookCheck | null,
  markStale: (change: WorkbookChange) => void,
): void {
  useEffect(() => {
    if (!checked) return undefined;
    let stop: (() => void) | null = null;
    let cancelled = false;
    if (actions.watchChanges) {
      actions
        .watchChanges(markStale)
        .then((unsubscribe) => {
          if (cancelled) unsubscribe();
          else stop = unsubscribe;
        })
        .catch(() => undefined);
    } else {
      // Without change events (before ExcelApi 1.9): coming back to the pane may follow an edit.
      const onFocus = () => markStale({ notOwn: false });
      window.addEventListener("focus", onFocus);
      stop = () => window.removeEventListener("focus", onFocus);
    }
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [actions, checked, markStale]);
}

export function App({ actions, unsupported, today }: Props) {
  const styles = useStyles();
  const { busy, outcome, setOutcome, run, ownChangesMayArrive } = useOneAction();
  const [checked, setChecked] = useState<WorkbookCheck | null>(null);
  const [stale, setStale] = useState(false);
  const [activeOnly, setActiveOnly] = useState(true);
  const [reviewer, setReviewer] = useState("");
  const markStale = useCallback(
    (change: WorkbookChange) => {
      if (change.notOwn || !ownChangesMayArrive()) setStale(true);
    },
    [ownChangesMayArrive],
  );
  useStaleness(actions, checked, markStale);

  /** Any action but going to a cell replaces the results and the banner: nothing old stays beside the new. */
  const fresh = () => {
    setChecked(null);
    setStale(false);
  };

  const insert = (input: InsertInput) =>
    run(S.working.insert, async () => {
      const result = await actions.insert(input);
      fresh();
      return {
        intent: "success",
        title: S.doneTitle,
        text: withHostNotes(insertedMessage(result.sheet, input.tables, result.format), result),
      };
    });

  const check = () =>
    run(S.working.check, async () => {
      fresh();
      const result = await actions.check(activeOnly ? "active" : "all");
      setChecked(result);
      return checkOutcome(result);
    });

  const clear = () =>
    run(S.working.clear, async () => {
      const removed = await actions.clear();
      fresh();
      return { intent: "success", title: S.doneTitle, text: clearedMessage(removed) };
    });

  const newYear = () =>
    run(S.working.newYear, async () => {
      const result = await actions.newYear();
      fresh();
      const text = withHostNotes(newYearMessage(result.sheet, result.year, result.carried), result);
      const missing = result.missing ?? [];
      if (missing.length > 0)
        return { intent: "warning", title: S.doneTitle, text: `${text}${notCarriedMessage(missing)}` };
      return { intent: "success", title: S.doneTitle, text };
    });

  /** 标为已核实 (or 撤销核实), then 校验 again so the list shows the findings as they now stand. */
  const review = (label: string, change: () => Promise<unknown>, done: (result: WorkbookCheck) => Outcome) =>
    run(
      label,
      async () => {
        await change();
        fresh();
        const result = await actions.check(activeOnly ? "active" : "all");
        setChecked(result);
        return done(result);
      },
      REVIEW.errorTitle,
    );
  const accept = (findings: Finding[], reason: string, by: string) =>
    actions.accept &&
    review(
      REVIEW.working,
      () => actions.accept!({ findings, reason, by }),
      (result) => ({ ...checkOutcome(result), text: acceptedMessage(findings.length) }),
    );
  const withdraw = (findings: Finding[]) =>
    actions.withdraw && review(REVIEW.withdrawing, () => actions.withdraw!(findings), checkOutcome);
  const fileInput = useRef<HTMLInputElement>(null);
  const importReports = (chosen: FileList | null) => {
    const importer = actions.importReports;
    const files = [...(chosen ?? [])];
    if (!importer || files.length === 0) return;
    return run(S.working.importReports, async () => {
      fresh();
      const read = await Promise.all(
        // A file too large to be a report is not read into memory: the import names it with its size.
        files.map(async (f) => ({
          name: f.name,
          size: f.size,
          bytes: f.size > MAX_INPUT_BYTES ? new Uint8Array(0) : new Uint8Array(await f.arrayBuffer()),
        })),
      );
      const result = await importer(read);
      const text = importedMessage(result.imported, result.refused, result.readNotes);
      if (!result.check) return { intent: "error", title: S.errorTitle, text };
      setChecked(result.check);
      const checkedOutcome = checkOutcome(result.check);
      const intent =
        result.refused.length > 0 && checkedOutcome.intent === "success" ? "warning" : checkedOutcome.intent;
      return { ...checkedOutcome, intent, text: `${text}${checkedOutcome.text}` };
    });
  };

  const compare = () =>
    actions.compare &&
    run(
      COMPARE.working,
      async () => {
        const result = await actions.compare!();
        fresh();
        return { intent: "success", title: COMPARE.doneTitle, text: comparedMessage(result) };
      },
      COMPARE.errorTitle,
    );

  const select = (ref: CellAddress) =>
    run(S.working.select, async () => {
      await actions.select(ref);
      return undefined;
    });

  const disabled = busy !== null || Boolean(unsupported);
  const hasFindings = checked !== null && checked.reports.length > 0;

  return (
    <FluentProvider theme={webLightTheme} className={styles.root}>
      <h1 className={styles.title}>{S.title}</h1>
      {unsupported && (
        <MessageBar intent="error">
          <MessageBarBody>{unsupported}</MessageBarBody>
        </MessageBar>
      )}
      <InsertForm disabled={disabled} onInsert={insert} today={today} />
      <Divider className={styles.divider} />
      <div className={styles.buttons}>
        <Button disabled={disabled} onClick={check}>
          {S.check}
        </Button>
        <Button disabled={disabled} onClick={clear}>
          {S.clear}
        </Button>
        <Button disabled={disabled} onClick={newYear}>
          {S.newYear}
        </Button>
        {actions.importReports && (
          <>
            <Button disabled={disabled} onClick={() => fileInput.current?.click()}>
              {S.importReports}
            </Button>
            <input
              ref={fileInput}
              type="file"
              multiple
              hidden
              aria-label={S.importFilesLabel}
              accept=".xlsx,.xlsm,.docx,.pdf,.html,.htm,.txt,.doc,.wps,.et,.xls"
              onChange={(event) => {
                const input = event.currentTarget;
                void importReports(input.files)?.finally(() => {
                  input.value = "";
                });
              }}
            />
          </>
        )}
        {actions.compare && (
          <Button disabled={disabled} onClick={() => void compare()}>
            {COMPARE.button}
          </Button>
        )}
      </div>
      <Switch
        checked={activeOnly}
        disabled={disabled}
        label={S.scopeActive}
        onChange={(_, data) => setActiveOnly(data.checked)}
      />
      {actions.rollupCandidates && actions.rollup && (
        <RollupPanel
          actions={{ rollupCandidates: actions.rollupCandidates, rollup: actions.rollup }}
          disabled={disabled}
          runner={run}
          onStart={() => {
            fresh();
            setOutcome(null);
          }}
          today={today}
        />
      )}
      <Status busyLabel={busy} outcome={outcome} />
      {hasFindings && stale && (
        <MessageBar intent="warning">
          <MessageBarBody>{S.stale}</MessageBarBody>
        </MessageBar>
      )}
      {hasFindings && (
        <Findings
          result={checked}
          stale={stale}
          onSelect={select}
          review={
            actions.accept && actions.withdraw
              ? {
                  onAccept: (findings, reason, by) => void accept(findings, reason, by),
                  onWithdraw: (findings) => void withdraw(findings),
                  disabled,
                  reviewer,
                  setReviewer,
                }
              : undefined
          }
        />
      )}
    </FluentProvider>
  );
}
