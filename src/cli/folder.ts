/** Command-line inputs that may be folders: every report file inside (workbooks, documents, text), recursively, in a stable order. */
import { promises as fs } from "fs";
import * as path from "path";
import { isSameFile } from "./outputFile";

export interface ExpandedInputs {
  /** Files to read, in order: arguments as given, each folder replaced by its files (sorted). */
  files: string[];
  /** The files among `files` that were found inside a folder (not named on the command line). */
  found: Set<string>;
  /** Folders that held nothing to read (reported like an unreadable file). */
  problems: { file: string; message: string }[];
  /** Whether any argument was a folder. */
  folders: boolean;
}

/** Report files; .xls and .et are listed too, so that they are reported (save as .xlsx) rather than passed over. */
const READABLE = new Set([".xlsx", ".txt", ".docx", ".pdf", ".html", ".htm", ".doc", ".wps", ".xls", ".et"]);

/** Natural order ("乡2" before "乡10"), independent of the machine's locale. */
export function comparePaths(a: string, b: string): number {
  return a.localeCompare(b, "en", { numeric: true }) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Lock files Excel and WPS leave beside an open workbook (~$报表.xlsx), and hidden files, are skipped. */
function skipped(name: string): boolean {
  return name.startsWith(".") || name.startsWith("~$");
}

/** Walks a folder, following symbolic links; `visited` (real paths of folders) stops link loops. */
async function walk(dir: string, out: string[], visited: Set<string>): Promise<void> {
  const real = await fs.realpath(dir);
  if (visited.has(real)) return;
  visited.add(real);
  const entries = await fs.readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (skipped(entry.name)) continue;
    const full = path.join(dir, entry.name);
    let kind: { isDirectory(): boolean; isFile(): boolean } = entry;
    if (entry.isSymbolicLink()) {
      try {
        kind = await fs.stat(full);
      } catch {
        continue; // a broken link: nothing to read
      }
    }
    if (kind.isDirectory()) await walk(full, out, visited);
    else if (kind.isFile() && READABLE.has(path.extname(entry.name).toLowerCase())) out.push(full);
  }
}

async function isDirectory(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isDirectory();
  } catch {
    return false;
  }
}

/** Expands folders; anything else (even a missing file) is passed on for the reader to report. */
export async function expandInputs(args: readonly string[]): Promise<ExpandedInputs> {
  const result: ExpandedInputs = { files: [], found: new Set(), problems: [], folders: false };
  const seen = new Set<string>();
  const push = (file: string) => {
    const key = path.resolve(file);
    if (seen.has(key)) return;
    seen.add(key);
    result.files.push(file);
  };
  for (const arg of args) {
    if (!(await isDirectory(arg))) {
      push(arg);
      continue;
    }
    result.folders = true;
    const found: string[] = [];
    try {
      await walk(arg, found, new Set());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      result.problems.push({ file: arg, message: `${arg}：无法读取文件夹（${code}）` });
      continue;
    }
    if (found.length === 0) {
      result.problems.push({
        file: arg,
        message: `${arg}：文件夹中没有可读取的报告文件（.xlsx、.docx、.pdf、.html、.txt）`,
      });
      continue;
    }
    found.sort((a, b) => comparePaths(path.relative(arg, a), path.relative(arg, b)));
    for (const file of found) {
      result.found.add(file);
      push(file);
    }
  }
  return result;
}

/**
 * The inputs without an output file that lies in one of the folders read: a summary or a report written into the
 * folder it was made from is not an input of the next run. An output named on the command line stays an input
 * (and the output check then refuses to write onto it).
 */
export function withoutOutput(expanded: ExpandedInputs, output: string | undefined): string[] {
  if (output === undefined) return expanded.files;
  return expanded.files.filter((f) => !(expanded.found.has(f) && isSameFile(f, output)));
}
