/**
 * Every file a command writes goes through here: an existing file is replaced only with --force, never one of the
 * command's inputs (even with --force), always atomically — written to a temporary file in the same folder, then
 * renamed over the old file (--force) or linked into place (a new file: if another run created it meanwhile, this
 * one refuses instead of replacing it). An interrupted run (Ctrl+C, a full disk) leaves the old file as it was.
 */
import { randomBytes } from "crypto";
import { constants, promises as fs, rmSync, statSync } from "fs";
import * as path from "path";
import { CliError } from "./exit";

export interface OutputTarget {
  /** The path the user gave. */
  file: string;
  force: boolean;
  /** Every file the command reads (files inside folders included). */
  inputs: readonly string[];
}

/** Files being written right now, removed if the process is interrupted. */
const temporaries = new Set<string>();
let handlersInstalled = false;

function removeTemporaries(): void {
  for (const file of temporaries) rmSync(file, { force: true });
  temporaries.clear();
}

function installInterruptHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, status] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
    ["SIGHUP", 129],
  ] as const) {
    process.once(signal, () => {
      removeTemporaries();
      process.stderr.write("\n已中断：未写入任何文件，原有文件保持不变。\n");
      process.exit(status);
    });
  }
}

function identity(file: string): string | null {
  try {
    const stat = statSync(file);
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return null;
  }
}

/** The same file as the output: the same path, or the same file reached by a link. */
export function isSameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  const ia = identity(a);
  return ia !== null && ia === identity(b);
}

const exists = (file: string) =>
  fs.lstat(file).then(
    () => true,
    () => false,
  );

/** Refusals that need no work done first: call before reading the inputs, so a refusal costs nothing. */
export async function checkOutput(target: OutputTarget): Promise<void> {
  const input = target.inputs.find((f) => isSameFile(f, target.file));
  if (input !== undefined) {
    throw new CliError(
      `${target.file} 是要读取的输入文件之一：不能写到输入文件上（即使加 --force），请换一个输出文件名`,
    );
  }
  if (!target.force && (await exists(target.file))) {
    throw new CliError(`${target.file} 已存在：为免覆盖，未写入。要覆盖请加 --force。`);
  }
}

function cannotWrite(file: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  const why =
    code === "ENOSPC"
      ? "磁盘已满"
      : code === "EACCES" || code === "EPERM" || code === "EROFS"
        ? "没有写入权限"
        : code === "ENOENT" || code === "ENOTDIR"
          ? "文件夹不存在"
          : "请检查文件夹是否存在、是否有写入权限";
  return new CliError(`无法写入 ${file}（${code}）：${why}`);
}

/** Moves the finished temporary file to `file`: over the old one with --force, else only if `file` is still new. */
async function place(temporary: string, file: string, force: boolean): Promise<void> {
  if (force) {
    await fs.rename(temporary, file);
    return;
  }
  try {
    await fs.link(temporary, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST")
      throw new CliError(`${file} 已存在（刚由另一次运行写出）：为免覆盖，未写入。要覆盖请加 --force。`);
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw error;
    // File systems without hard links: an exclusive copy still never replaces a file that appeared meanwhile.
    await fs.copyFile(temporary, file, constants.COPYFILE_EXCL);
  }
  await fs.rm(temporary, { force: true });
}

/**
 * Writes `file` through `write(temporaryPath)`. Checks the target again first (an input, or an existing file
 * without --force: CliError). Failures to write become a CliError saying why; the old file is never touched.
 */
export async function writeOutput(target: OutputTarget, write: (temporary: string) => Promise<void>): Promise<void> {
  await checkOutput(target);
  installInterruptHandlers();
  const dir = path.dirname(path.resolve(target.file));
  const temporary = path.join(dir, `.${path.basename(target.file)}.${randomBytes(6).toString("hex")}.tmp`);
  temporaries.add(temporary);
  try {
    await write(temporary);
    await place(temporary, target.file, target.force);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    if (error instanceof CliError) throw error;
    throw cannotWrite(target.file, error);
  } finally {
    temporaries.delete(temporary);
  }
}
