import { useCallback, useRef, useState } from "react";
import {
  Button,
  Divider,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { InsertInput, WorkbookCheck } from "../../features/api";
import { userMessage } from "../../features/errors";
import type { CellAddress } from "../../core/report/model";
import type { Actions } from "../types";
import {
  clearedMessage,
  flaggedMessage,
  insertedMessage,
  newYearMessage,
  noReportsFound,
  notCarriedMessage,
  S,
} from "../strings";
import { Findings } from "./Findings";
import { InsertForm } from "./InsertForm";
import { RollupPanel } from "./RollupPanel";
import { Status, type Outcome } from "./Status";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100%",
    boxSizing: "border-box",
  },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  divider: { flexGrow: 0 },
});

type Work = keyof typeof S.working;

interface Props {
  actions: Actions;
  /** Why the add-in cannot run here (e.g. Excel too old); disables the actions. */
  unsupported?: string | null;
  today?: Date;
}

function checkOutcome(result: WorkbookCheck): Outcome {
  if (result.reports.length === 0) return { intent: "warning", title: S.checkTitle, text: noReportsFound() };
  const intent = result.errors > 0 ? "error" : result.warnings > 0 ? "warning" : "success";
  return {
    intent,
    title: result.summary,
    text: flaggedMessage(result.flagged, result.flagsSupported, result.errors + result.warnings),
  };
}

export function App({ actions, unsupported, today }: Props) {
  const styles = useStyles();
  const [busy, setBusy] = useState<Work | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [checked, setChecked] = useState<WorkbookCheck | null>(null);
  const running = useRef(false);

  /** Runs one action at a time; shows progress, then the outcome or the error. */
  const run = useCallback(async (work: Work, action: () => Promise<Outcome | null>) => {
    if (running.current) return;
    running.current = true;
    setBusy(work);
    try {
      const result = await action();
      if (result) setOutcome(result);
    } catch (error) {
      setOutcome({ intent: "error", title: S.errorTitle, text: userMessage(error) });
    } finally {
      running.current = false;
      setBusy(null);
    }
  }, []);

  const insert = (input: InsertInput) =>
    run("insert", async () => {
      const result = await actions.insert(input);
      setChecked(null);
      return {
        intent: "success",
        title: S.doneTitle,
        text: insertedMessage(result.sheet, input.tables, result.format),
      };
    });

  const check = () =>
    run("check", async () => {
      const result = await actions.check();
      setChecked(result);
      return checkOutcome(result);
    });

  const clear = () =>
    run("clear", async () => {
      const removed = await actions.clear();
      setChecked(null);
      return { intent: "success", title: S.doneTitle, text: clearedMessage(removed) };
    });

  const newYear = () =>
    run("newYear", async () => {
      const result = await actions.newYear();
      setChecked(null);
      const text = newYearMessage(result.sheet, result.year, result.carried);
      const missing = result.missing ?? [];
      if (missing.length > 0)
        return { intent: "warning", title: S.doneTitle, text: `${text}${notCarriedMessage(missing)}` };
      return { intent: "success", title: S.doneTitle, text };
    });

  const select = (ref: CellAddress) =>
    run("select", async () => {
      await actions.select(ref);
      return null;
    });

  const disabled = busy !== null || Boolean(unsupported);
  const hasFindings = checked !== null && checked.errors + checked.warnings > 0;

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
      </div>
      {actions.rollupCandidates && actions.rollup && (
        <RollupPanel
          actions={{ rollupCandidates: actions.rollupCandidates, rollup: actions.rollup }}
          disabled={disabled}
          onDone={() => {
            setChecked(null);
            setOutcome(null);
          }}
          today={today}
        />
      )}
      <Status busyLabel={busy ? S.working[busy] : null} outcome={outcome} />
      {hasFindings && <Findings result={checked} onSelect={select} />}
    </FluentProvider>
  );
}
