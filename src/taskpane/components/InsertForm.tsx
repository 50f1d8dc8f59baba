import { useState } from "react";
import { Button, Checkbox, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { stack } from "./layout";
import { HEADINGS, TABLE_IDS, type TableId } from "../../core/format";
import type { InsertInput } from "../../features/api";
import { noTablesChosen, S } from "../strings";
import { defaultReportYear, parseReportYear } from "../year";

const useStyles = makeStyles({
  form: stack(tokens.spacingVerticalS),
  tables: { display: "flex", flexDirection: "column", border: "none", margin: 0, padding: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXXS, fontWeight: tokens.fontWeightSemibold },
  problem: { color: tokens.colorPaletteRedForeground1, margin: 0 },
});

interface Props {
  disabled: boolean;
  onInsert(input: InsertInput): void;
  /** Fixed "today" for tests; defaults to now. */
  today?: Date;
}

export function InsertForm({ disabled, onInsert, today }: Props) {
  const styles = useStyles();
  const [yearText, setYearText] = useState(String(defaultReportYear(today)));
  const [unit, setUnit] = useState("");
  const [tables, setTables] = useState<readonly TableId[]>(TABLE_IDS);
  const [tablesProblem, setTablesProblem] = useState(false);
  /** The unit field was left (or insert pressed) while empty: say so under the field. */
  const [unitVisited, setUnitVisited] = useState(false);
  const unitProblem = unitVisited && unit.trim() === "" ? S.unitMissing : undefined;

  const parsed = parseReportYear(yearText, today);
  const yearProblem = "problem" in parsed ? parsed.problem : undefined;

  const toggle = (table: TableId, on: boolean) => {
    const next = TABLE_IDS.filter((t) => (t === table ? on : tables.includes(t)));
    setTables(next);
    if (next.length > 0) setTablesProblem(false);
  };

  const submit = () => {
    if (!("year" in parsed)) return;
    if (tables.length === 0) {
      setTablesProblem(true);
      return;
    }
    if (unit.trim() === "") {
      setUnitVisited(true);
      return;
    }
    onInsert({ year: parsed.year, unit: unit.trim(), tables: [...tables] });
  };

  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Field label={S.yearLabel} validationState={yearProblem ? "error" : "none"} validationMessage={yearProblem}>
        <Input type="number" inputMode="numeric" value={yearText} onChange={(_, data) => setYearText(data.value)} />
      </Field>
      <Field label={S.unitLabel} validationState={unitProblem ? "error" : "none"} validationMessage={unitProblem}>
        <Input
          value={unit}
          placeholder={S.unitPlaceholder}
          onChange={(_, data) => setUnit(data.value)}
          onBlur={() => setUnitVisited(true)}
        />
      </Field>
      <fieldset className={styles.tables}>
        <legend className={styles.legend}>{S.tablesLabel}</legend>
        {TABLE_IDS.map((table) => (
          <Checkbox
            key={table}
            label={HEADINGS[table]}
            checked={tables.includes(table)}
            onChange={(_, data) => toggle(table, data.checked === true)}
          />
        ))}
        {tablesProblem && (
          <p role="alert" className={styles.problem}>
            {noTablesChosen}
          </p>
        )}
      </fieldset>
      <Button appearance="primary" type="submit" disabled={disabled || yearProblem !== undefined}>
        {S.insert}
      </Button>
    </form>
  );
}
