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
import type { RollupCandidates, RollupResult, RollupSheetsInput } from "../../features/rollup";
import { ROLLUP, rollupDoneMessage, rollupSheetLabel, withHostNotes } from "../strings";
import { parseReportYear } from "../year";
import { parseUnitList } from "../../core/report/unitName";
import { useOneAction, type Runner } from "../oneAction";
import { Status } from "./Status";
import { buttonRow, stack } from "./layout";
import { PlainTextField } from "./PlainTextField";

const useStyles = makeStyles({
  panel: stack(tokens.spacingVerticalS),
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground3 },
  sheets: { display: "flex", flexDirection: "column", border: "none", margin: 0, padding: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXXS, fontWeight: tokens.fontWeightSemibold },
  buttons: buttonRow(tokens.spacingHorizontalS),
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
  /** The pane's one runner (one action at a time, one banner); standalone the panel has its own. */
  runner?: Runner;
  /** Called when the panel starts an action (the pane drops its old results). */
  onStart?(): void;
  /** Called after a summary was added (the workbook changed). */
  onDone?(result: RollupResult): void;
  today?: Date;
}

/** 汇总: choose the sheets holding each body's tables, name the summary's unit and year, add the summary sheet. */
export function RollupPanel({ actions, disabled, runner, onStart, onDone, today }: Props) {
  const styles = useStyles();
  const own = useOneAction();
  const run = runner ?? own.run;
  const [candidates, setCandidates] = useState<RollupCandidates | null>(null);
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [unit, setUnit] = useState("");
  const [yearText, setYearText] = useState("");
  const [expectedText, setExpectedText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);

  const parsedYear = yearText.trim() === "" ? null : parseReportYear(yearText, today);
  const yearProblem = parsedYear && "problem" in parsedYear ? parsedYear.problem : undefined;

  const open = () => {
    setProblem(null);
    onStart?.();
    return run(
      ROLLUP.loading,
      async () => {
        const found = await actions.rollupCandidates();
        setCandidates(found);
        // Only this year's parts are ticked: an earlier summary or another year's sheet is left to the user.
        const ofYear = (s: RollupCandidates["sheets"][number]) =>
          found.year === null || s.reports.every((r) => r.year === found.year);
        setChosen(found.sheets.filter((s) => !s.isSummary && ofYear(s)).map((s) => s.sheet));
        setYearText(found.year !== null ? String(found.year) : "");
        return null;
      },
      ROLLUP.errorTitle,
    );
  };

  const submit = async () => {
    if (chosen.length === 0) return setProblem(ROLLUP.noneChosen);
    if (unit.trim() === "") return setProblem(ROLLUP.noUnit);
    if (yearProblem) return undefined;
    setProblem(null);
    onStart?.();
    await run(
      ROLLUP.working,
      async () => {
        const year = parsedYear && "year" in parsedYear ? parsedYear.year : null;
        const expected = parseUnitList(expectedText);
        const result = await actions.rollup({
          sheets: [...chosen],
          unit: unit.trim(),
          year,
          ...(expected.length > 0 ? { expected } : {}),
        });
        setCandidates(null);
        onDone?.(result);
        const short = result.expected && (result.expected.missing.length > 0 || result.expected.duplicates.length > 0);
        return {
          intent: short ? "warning" : "success",
          title: ROLLUP.doneTitle,
          text: withHostNotes(rollupDoneMessage(result), result),
        };
      },
      ROLLUP.errorTitle,
    );
    return undefined;
  };

  const toggle = (sheet: string, on: boolean) => {
    const all = candidates?.sheets.map((s) => s.sheet) ?? [];
    setChosen(all.filter((s) => (s === sheet ? on : chosen.includes(s))));
  };

  const off = disabled || own.busy !== null;
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
            void submit();
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
          <PlainTextField
            label={ROLLUP.expectedLabel}
            hint={ROLLUP.expectedHint}
            rows={4}
            value={expectedText}
            placeholder={ROLLUP.expectedPlaceholder}
            onChange={setExpectedText}
          />
          {problem && (
            <p role="alert" className={styles.problem}>
              {problem}
            </p>
          )}
          <div className={styles.buttons}>
            <Button appearance="primary" type="submit" disabled={off || yearProblem !== undefined}>
              {ROLLUP.run}
            </Button>
            <Button disabled={off} onClick={() => setCandidates(null)}>
              {ROLLUP.cancel}
            </Button>
          </div>
        </form>
      )}
      {!runner && <Status busyLabel={own.busy} outcome={own.outcome} />}
    </section>
  );
}
