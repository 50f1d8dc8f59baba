import { useState } from "react";
import {
  Button,
  createCustomFocusIndicatorStyle,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { buttonRow, stack } from "./layout";
import { cannotAccept } from "../../core/check/review";
import { HEADINGS, shortCellName, type TableId } from "../../core/format";
import { countBySeverity } from "../../core/check/json";
import type { Finding, Severity, Suspect } from "../../core/check/types";
import type { CheckedReport, WorkbookCheck } from "../../features/api";
import type { CellAddress } from "../../core/report/model";
import { a1Ref, columnLetters } from "../../hosts/types";
import { PlainTextField } from "./PlainTextField";
import { groupBySuspect, type SuspectGroup } from "../findingGroups";
import {
  acceptedHeading,
  REVIEW,
  reviewLine,
  ruleTooltip,
  S,
  severityText,
  spokenFinding,
  suggested,
  suspectLine,
  suspectsHeading,
  tableHeading,
  verdictText,
} from "../strings";

const useStyles = makeStyles({
  root: stack(tokens.spacingVerticalS),
  stale: { opacity: 0.6 },
  source: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  verdict: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  passed: { color: tokens.colorPaletteGreenForeground1 },
  unfilled: { color: tokens.colorNeutralForeground3 },
  table: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0 0`,
  },
  list: { listStyleType: "none", margin: 0, padding: 0, ...stack("4px") },
  item: {
    display: "block",
    width: "100%",
    textAlign: "left",
    font: "inherit",
    color: "inherit",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: "4px",
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  clickable: {
    cursor: "pointer",
    ":hover": { filter: "brightness(0.97)" },
    // Tabster's attribute, not :focus-visible (Chromium 86; WPS's older builds drop such a rule).
    ...createCustomFocusIndicatorStyle({ outline: `2px solid ${tokens.colorStrokeFocus2}` }),
  },
  // Errors: a solid red edge on a pale red ground; warnings: a dashed amber edge on the plain ground.
  error: { borderLeftColor: tokens.colorPaletteRedBorder2, backgroundColor: tokens.colorPaletteRedBackground1 },
  warning: {
    borderLeftColor: tokens.colorPaletteDarkOrangeBorder2,
    borderLeftStyle: "dashed",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  severity: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  errorWord: { color: tokens.colorPaletteRedForeground1 },
  warningWord: { color: tokens.colorPaletteDarkOrangeForeground1 },
  detail: { display: "block", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  suggested: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
  accepted: {
    borderLeftColor: tokens.colorPaletteGreenBorder2,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground2,
  },
  acceptForm: { ...stack(tokens.spacingVerticalXS), margin: "4px 0" },
  acceptButtons: buttonRow(tokens.spacingHorizontalS),
  problem: { color: tokens.colorPaletteRedForeground1, margin: 0 },
});

/** What the findings list may do besides going to a cell: accept findings (已核实) and withdraw that. */
export interface ReviewHandlers {
  onAccept(findings: Finding[], reason: string, by: string): void;
  onWithdraw(findings: Finding[]): void;
  disabled: boolean;
  /** Who accepts (typed once, offered again). */
  reviewer: string;
  setReviewer(name: string): void;
}

/** 标为已核实…: a small button that opens a reason box under the finding. */
function AcceptControl({ findings, review }: { findings: Finding[]; review: ReviewHandlers }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  if (findings.some((f) => cannotAccept(f) !== null)) return null;
  if (!open) {
    return (
      <Button size="small" appearance="subtle" disabled={review.disabled} onClick={() => setOpen(true)}>
        {REVIEW.accept}
      </Button>
    );
  }
  return (
    <form
      className={styles.acceptForm}
      aria-label={REVIEW.accept}
      onSubmit={(e) => {
        e.preventDefault();
        if (reason.trim() === "") return setProblem(REVIEW.noReason);
        setProblem(null);
        review.onAccept(findings, reason.trim(), review.reviewer.trim());
        return undefined;
      }}
    >
      <PlainTextField
        label={REVIEW.reasonLabel}
        hint={REVIEW.acceptHint}
        rows={2}
        value={reason}
        placeholder={REVIEW.reasonPlaceholder}
        onChange={setReason}
      />
      <Field label={REVIEW.byLabel}>
        <Input value={review.reviewer} onChange={(_, d) => review.setReviewer(d.value)} />
      </Field>
      {problem && (
        <p role="alert" className={styles.problem}>
          {problem}
        </p>
      )}
      <div className={styles.acceptButtons}>
        <Button size="small" appearance="primary" type="submit" disabled={review.disabled}>
          {REVIEW.confirm}
        </Button>
        <Button size="small" onClick={() => setOpen(false)}>
          {REVIEW.cancel}
        </Button>
      </div>
    </form>
  );
}

function AcceptedItem({ finding, review }: { finding: Finding; review?: ReviewHandlers }) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.item, styles.accepted)} data-review="accepted">
      <span>{finding.message}</span>
      {finding.review && <span className={styles.detail}>{reviewLine(finding.review)}</span>}
      {review && (
        <Button
          size="small"
          appearance="subtle"
          disabled={review.disabled}
          onClick={() => review.onWithdraw([finding])}
        >
          {REVIEW.withdraw}
        </Button>
      )}
    </div>
  );
}

/** "D9" inside the report's own sheet, "'2023年报表'!D9" elsewhere. */
export function cellName(ref: CellAddress, source: string): string {
  return ref.sheet === source ? `${columnLetters(ref.col)}${ref.row + 1}` : a1Ref(ref.sheet, ref.row, ref.col);
}

/** The cell a click on the finding goes to: the suspect, else the first candidate, else the first cell. */
export function targetOf(finding: Finding): CellAddress | null {
  return (
    finding.suspect?.ref ?? finding.candidates?.find((c) => c.ref)?.ref ?? finding.cells.find((c) => c.ref)?.ref ?? null
  );
}

function groupByTable(findings: readonly Finding[]): [TableId | null, Finding[]][] {
  const order: (TableId | null)[] = ["二", "三", "四", null];
  return order
    .map((t): [TableId | null, Finding[]] => [t, findings.filter((f) => f.table === t)])
    .filter(([, list]) => list.length > 0);
}

/** The official labels of a cell's row and column, joined with "·" (the one naming of the core). */
const cellPath = (cell: Suspect): string => shortCellName(cell);

function Entry({
  severity,
  target,
  source,
  rules,
  spoken,
  onSelect,
  children,
}: {
  severity: Severity;
  target: CellAddress | null;
  source: string;
  rules: readonly string[];
  spoken: string;
  onSelect(ref: CellAddress): void;
  children: React.ReactNode;
}) {
  const styles = useStyles();
  const className = mergeClasses(styles.item, severity === "error" ? styles.error : styles.warning);
  const title = ruleTooltip(target ? cellName(target, source) : null, rules);
  const content = (
    <>
      <span className={mergeClasses(styles.severity, severity === "error" ? styles.errorWord : styles.warningWord)}>
        {severityText[severity]}
      </span>
      {children}
    </>
  );
  if (!target) {
    return (
      <div className={className} title={title} aria-label={spoken} data-severity={severity}>
        {content}
      </div>
    );
  }
  return (
    <button
      type="button"
      className={mergeClasses(className, styles.clickable)}
      title={title}
      aria-label={spoken}
      data-severity={severity}
      onClick={() => onSelect(target)}
    >
      {content}
    </button>
  );
}

function SuspectItem({
  group,
  source,
  onSelect,
}: {
  group: SuspectGroup;
  source: string;
  onSelect(ref: CellAddress): void;
}) {
  const styles = useStyles();
  const { suspect } = group;
  const where = suspect.ref ? cellName(suspect.ref, source) : cellPath(suspect);
  const line = suspectLine(where, suspect.suggested, suspect.value, suspect.cause);
  return (
    <Entry
      severity={group.severity}
      target={suspect.ref}
      source={source}
      rules={group.findings.map((f) => f.rule)}
      spoken={spokenFinding(group.severity, `${line}。${suspect.reason}`)}
      onSelect={onSelect}
    >
      <span>{line}</span>
      <span className={styles.detail}>
        {suspect.ref ? `${cellPath(suspect)}。` : ""}
        {suspect.reason}
      </span>
      {group.findings.map((f, i) => (
        <span key={i} className={styles.detail}>
          {f.message}
        </span>
      ))}
    </Entry>
  );
}

function FindingItem({
  finding,
  source,
  onSelect,
}: {
  finding: Finding;
  source: string;
  onSelect(ref: CellAddress): void;
}) {
  const styles = useStyles();
  const { candidates } = finding;
  return (
    <Entry
      severity={finding.severity}
      target={targetOf(finding)}
      source={source}
      rules={[finding.rule]}
      spoken={spokenFinding(finding.severity, finding.message)}
      onSelect={onSelect}
    >
      <span>{finding.message}</span>
      {candidates && candidates.length > 0 && (
        <span className={styles.detail}>
          {S.candidatesPrefix}
          {candidates
            .map((c) => `${c.ref ? cellName(c.ref, source) : cellPath(c)}（${suggested(c.suggested)}）`)
            .join("、")}
        </span>
      )}
    </Entry>
  );
}

function ReportFindings({
  report,
  onSelect,
  review,
}: {
  report: CheckedReport;
  onSelect(ref: CellAddress): void;
  review?: ReviewHandlers;
}) {
  const styles = useStyles();
  const accepted = report.findings.filter((f) => f.review);
  const { suspects, rest } = groupBySuspect(report.findings.filter((f) => !f.review));
  const verdict = report.verdict ?? (report.findings.length === 0 ? "passed" : "findings");
  const counts = { ...countBySeverity(report.findings), parts: report.parts };
  return (
    <section aria-label={report.source}>
      <h3 className={styles.source}>{report.source}</h3>
      <p
        className={mergeClasses(
          styles.verdict,
          verdict === "passed" && styles.passed,
          verdict === "unfilled" && styles.unfilled,
        )}
      >
        {verdictText(verdict, counts)}
      </p>
      {suspects.length > 0 && (
        <section aria-label={suspectsHeading(suspects.length)}>
          <h4 className={styles.table}>{suspectsHeading(suspects.length)}</h4>
          <ul className={styles.list}>
            {suspects.map((group, i) => (
              <li key={i}>
                <SuspectItem group={group} source={report.source} onSelect={onSelect} />
                {review && <AcceptControl findings={group.findings} review={review} />}
              </li>
            ))}
          </ul>
        </section>
      )}
      {groupByTable(rest).map(([table, findings]) => (
        <section key={table ?? "other"} aria-label={`${report.source} ${tableHeading(table, HEADINGS)}`}>
          <h4 className={styles.table}>{tableHeading(table, HEADINGS)}</h4>
          <ul className={styles.list}>
            {findings.map((finding, i) => (
              <li key={i}>
                <FindingItem finding={finding} source={report.source} onSelect={onSelect} />
                {review && <AcceptControl findings={[finding]} review={review} />}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {accepted.length > 0 && (
        <section aria-label={`${report.source} ${acceptedHeading(accepted.length)}`}>
          <h4 className={styles.table}>{acceptedHeading(accepted.length)}</h4>
          <ul className={styles.list}>
            {accepted.map((finding, i) => (
              <li key={i}>
                <AcceptedItem finding={finding} review={review} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

export function Findings({
  result,
  stale = false,
  onSelect,
  review,
}: {
  result: WorkbookCheck;
  /** The workbook changed after this check: the list is dimmed. */
  stale?: boolean;
  onSelect(ref: CellAddress): void;
  /** 标为已核实 / 撤销核实 (absent: the findings offer neither). */
  review?: ReviewHandlers;
}) {
  const styles = useStyles();
  return (
    <div className={mergeClasses(styles.root, stale && styles.stale)} role="region" aria-label={S.findingsLabel}>
      {result.reports.map((report, i) => (
        <ReportFindings key={`${report.source}-${i}`} report={report} onSelect={onSelect} review={review} />
      ))}
    </div>
  );
}
