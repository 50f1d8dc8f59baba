import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { HEADINGS, type TableId } from "../../core/format";
import type { Finding, Suspect } from "../../core/check/types";
import type { CheckedReport, WorkbookCheck } from "../../features/api";
import type { CellAddress } from "../../core/report/model";
import { a1Ref, columnLetters } from "../../hosts/types";
import { S, severityText, suggested, tableHeading } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  source: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  table: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0 0`,
  },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: "4px" },
  item: {
    display: "block",
    width: "100%",
    textAlign: "left",
    font: "inherit",
    color: "inherit",
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: "4px",
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  clickable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  severity: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  detail: { display: "block", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  suggested: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
});

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

function cellPath(cell: Suspect): string {
  return [cell.row, cell.column].filter((p) => p !== "").join(" / ");
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
  const target = targetOf(finding);
  const { suspect, candidates } = finding;
  const content = (
    <>
      <span className={styles.severity}>{severityText[finding.severity]}</span>
      <span>{finding.message}</span>
      {suspect && (
        <span className={styles.detail}>
          {S.suspectPrefix}
          {suspect.ref ? cellName(suspect.ref, source) : ""}（{cellPath(suspect)}），
          <span className={styles.suggested}>{suggested(suspect.suggested)}</span>
        </span>
      )}
      {!suspect && candidates && candidates.length > 0 && (
        <span className={styles.detail}>
          {S.candidatesPrefix}
          {candidates
            .map((c) => `${c.ref ? cellName(c.ref, source) : cellPath(c)}（${suggested(c.suggested)}）`)
            .join("、")}
        </span>
      )}
    </>
  );
  const className = mergeClasses(styles.item, finding.severity === "error" ? styles.error : styles.warning);
  if (!target) return <div className={className}>{content}</div>;
  return (
    <button
      type="button"
      className={mergeClasses(className, styles.clickable)}
      title={`${S.goTo} ${cellName(target, source)}`}
      onClick={() => onSelect(target)}
    >
      {content}
    </button>
  );
}

function ReportFindings({
  report,
  showSource,
  onSelect,
}: {
  report: CheckedReport;
  showSource: boolean;
  onSelect(ref: CellAddress): void;
}) {
  const styles = useStyles();
  if (report.findings.length === 0 && !showSource) return null;
  return (
    <section aria-label={report.source}>
      {showSource && <h3 className={styles.source}>{report.source}</h3>}
      {groupByTable(report.findings).map(([table, findings]) => (
        <section
          key={table ?? "other"}
          aria-label={`${showSource ? `${report.source} ` : ""}${tableHeading(table, HEADINGS)}`}
        >
          <h4 className={styles.table}>{tableHeading(table, HEADINGS)}</h4>
          <ul className={styles.list}>
            {findings.map((finding, i) => (
              <li key={i}>
                <FindingItem finding={finding} source={report.source} onSelect={onSelect} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

export function Findings({ result, onSelect }: { result: WorkbookCheck; onSelect(ref: CellAddress): void }) {
  const styles = useStyles();
  const showSource = result.reports.length > 1;
  return (
    <div className={styles.root} role="region" aria-label={S.findingsLabel}>
      {result.reports.map((report, i) => (
        <ReportFindings key={`${report.source}-${i}`} report={report} showSource={showSource} onSelect={onSelect} />
      ))}
    </div>
  );
}
