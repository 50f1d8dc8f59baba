/**
 * Access to ../shared (public samples, official template layout, manifest XSDs).
 * Absent in a user's clone: tests that need it are skipped with a message; under CI=true they fail.
 */
import * as fs from "fs";
import * as path from "path";

/** ../shared beside the clone, or where DT_SHARED_DIR says (a clone in a deeper folder). */
export const SHARED_DIR = process.env.DT_SHARED_DIR
  ? path.resolve(process.env.DT_SHARED_DIR)
  : path.resolve(__dirname, "..", "..", "shared");
export const hasShared = fs.existsSync(path.join(SHARED_DIR, "samples"));

if (!hasShared) {
  if (process.env.CI === "true") {
    throw new Error(`../shared 不存在（${SHARED_DIR}）：CI 中必须提供 shared 目录`);
  }
  // eslint-disable-next-line no-console
  console.warn(`跳过依赖 ../shared 的测试：未找到 ${SHARED_DIR}`);
}

/** describe, or describe.skip when ../shared is absent outside CI. */
export const describeShared: jest.Describe = hasShared ? describe : describe.skip;

export function sharedPath(...parts: string[]): string {
  return path.join(SHARED_DIR, ...parts);
}

/** A sample's text; "" where ../shared is absent (the describeShared blocks that read it are skipped then). */
export function readSample(name: string): string {
  if (!hasShared) return "";
  return fs.readFileSync(sharedPath("samples", name), "utf8");
}
