import { Field, makeStyles, tokens } from "@fluentui/react-components";

// A plain textarea inside Fluent's Field: Fluent's Textarea would push the first load over its 150 KB budget.
const useStyles = makeStyles({
  textBox: {
    font: "inherit",
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    resize: "vertical",
  },
});

interface Props {
  label: string;
  hint?: string;
  value: string;
  placeholder?: string;
  rows: number;
  onChange(value: string): void;
}

/** Several lines of text with a label and a hint, labelled and described for screen readers by the Field. */
export function PlainTextField({ label, hint, value, placeholder, rows, onChange }: Props) {
  const styles = useStyles();
  return (
    <Field label={label} hint={hint}>
      {(field) => (
        <textarea
          {...field}
          className={styles.textBox}
          rows={rows}
          value={value}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
