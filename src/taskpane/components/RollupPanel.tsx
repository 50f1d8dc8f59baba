import { useState } from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { userMessage } from "../../features/errors";
import type { RollupCandidates, RollupResult, RollupSheetsInput } from "../../features/rollup";
import { ROLLUP, rollupDoneMessage, rollupSheetLabel } from "../strings";
import { parseReportYear } from "../year";
import { Status, type Outcome } from "./Status";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground3 },
  sheets: { display: "flex", flexDirection: "column", border: "none", margin: 0, padding: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXXS, fontWeight: tokens.fontWeightSemibold },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
  problem: { color: tokens.colorPaletteRedForeground1, margin: 0 },
});

export interface RollupActions {
  rollupCandidates(): Promise<RollupCandidates>;
  rollup(input: RollupSheetsInput): Promise<RollupResult>;
}

interface Props {
  actions: RollupActions;
  /** Another action is running, or the add-in cannot run here. */
  disabled: boolean;
  /** Called after a summary was added (the workbook changed). */
  onDone?(result: RollupResult): void;
  today?: Date;
}

/** 汇总: choose the sheets holding each body's tables, name the summary's unit and year, add the summary sheet. */
export function RollupPanel({ actions, disabled, onDone, today }: Props) {
  const styles = useStyles();
  const [busy, setBusy] = useState<"loading" | "working" | null>(null);
  const [candidates, setCandidates] = useState<RollupCandidates | null>(null);
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [unit, setUnit] = useState("");
  const [yearText, setYearText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const parsedYear = yearText.trim() === "" ? null : parseReportYear(yearText, today);
  const yearProblem = parsedYear && "problem" in parsedYear ? parsedYear.problem : undefined;

  const open = async () => {
    setBusy("loading");
    setOutcome(null);
    setProblem(null);
    try {
      const found = await actions.rollupCandidates();
      setCandidates(found);
      setChosen(found.sheets.filter((s) => !s.isSummary).map((s) => s.sheet));
      setYearText(found.year !== null ? String(found.year) : "");
    } catch (error) {
      setOutcome({ intent: "error", title: ROLLUP.errorTitle, text: userMessage(error) });
    } finally {
      setBusy(null);
    }
  };

  const run = async () => {
    if (chosen.length === 0) return setProblem(ROLLUP.noneChosen);
    if (unit.trim() === "") return setProblem(ROLLUP.noUnit);
    if (yearProblem) return undefined;
    setProblem(null);
    setBusy("working");
    try {
      const year = parsedYear && "year" in parsedYear ? parsedYear.year : null;
      const result = await actions.rollup({ sheets: [...chosen], unit: unit.trim(), year });
      setCandidates(null);
      setOutcome({ intent: "success", title: ROLLUP.doneTitle, text: rollupDoneMessage(result) });
      onDone?.(result);
    } catch (error) {
      setOutcome({ intent: "error", title: ROLLUP.errorTitle, text: userMessage(error) });
    } finally {
      setBusy(null);
    }
    return undefined;
  };

  const toggle = (sheet: string, on: boolean) => {
    const all = candidates?.sheets.map((s) => s.sheet) ?? [];
    setChosen(all.filter((s) => (s === sheet ? on : chosen.includes(s))));
  };

  const off = disabled || busy !== null;
  return (
    <section className={styles.panel} aria-label={ROLLUP.section}>
      {!candidates && (
        <Button disabled={off} onClick={open}>
          {ROLLUP.open}
        </Button>
      )}
      {candidates && candidates.sheets.length === 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{ROLLUP.noSheets}</MessageBarBody>
        </MessageBar>
      )}
      {candidates && candidates.sheets.length > 0 && (
        <form
          className={styles.panel}
          onSubmit={(e) => {
            e.preventDefault();
            void run();
          }}
        >
          <h2 className={styles.title}>{ROLLUP.section}</h2>
          <p className={styles.hint}>{ROLLUP.hint}</p>
          <fieldset className={styles.sheets}>
            <legend className={styles.legend}>{ROLLUP.sheetsLabel}</legend>
            {candidates.sheets.map((s) => (
              <Checkbox
                key={s.sheet}
                label={`${rollupSheetLabel(s.sheet, s.reports)}${s.isSummary ? ROLLUP.summaryTag : ""}`}
                checked={chosen.includes(s.sheet)}
                onChange={(_, data) => toggle(s.sheet, data.checked === true)}
              />
            ))}
          </fieldset>
          <Field label={ROLLUP.unitLabel}>
            <Input value={unit} placeholder={ROLLUP.unitPlaceholder} onChange={(_, data) => setUnit(data.value)} />
          </Field>
          <Field
            label={ROLLUP.yearLabel}
            validationState={yearProblem ? "error" : "none"}
            validationMessage={yearProblem}
          >
            <Input type="number" inputMode="numeric" value={yearText} onChange={(_, data) => setYearText(data.value)} />
          </Field>
          {problem && (
            <p role="alert" className={styles.problem}>
              {problem}
            </p>
          )}
          <div className={styles.buttons}>
            <Button appearance="primary" type="submit" disabled={off || yearProblem !== undefined}>
              {ROLLUP.run}
            </Button>
            <Button disabled={busy !== null} onClick={() => setCandidates(null)}>
              {ROLLUP.cancel}
            </Button>
          </div>
        </form>
      )}
      <Status
        busyLabel={busy === null ? null : busy === "loading" ? ROLLUP.loading : ROLLUP.working}
        outcome={outcome}
      />
    </section>
  );
}
