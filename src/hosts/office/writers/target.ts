/** What a writer queues its commands on. Writers never sync: the session does, once per write. */
import type { WriteOp } from "../../types";
import type { ApiSupport } from "../api";
import type { FlagState } from "../flagState";

export interface WriteTarget {
  readonly workbook: Excel.Workbook;
  readonly api: ApiSupport;
  /** The proxy of a sheet by name (one per sheet and write). */
  sheet(name: string): Excel.Worksheet;
  /** A sheet this write adds: its proxy stands for the name from now on, its id is loaded for the host. */
  adopt(name: string, proxy: Excel.Worksheet): void;
  /** Our flags as the last read found them (null: not read); clearFlags empties it. */
  flags: FlagState | null;
  /** Cells ("sheet!row,col", sheet in lower case) that hold a comment: no second one goes there. */
  readonly commented: Set<string>;
  /** Flag ops seen so far; queued together (as blocks) once every op has been seen. */
  readonly pendingFlags: Extract<WriteOp, { op: "flag" }>[];
  /**
   * A part of a large write (a flag, a comment, a deletion), about `bytes` in the request: the session queues
   * it, sending what is queued first when the request would grow past its bound.
   */
  portion(bytes: number, queue: () => void): void;
}

export type Writer<K extends WriteOp["op"]> = (op: Extract<WriteOp, { op: K }>, target: WriteTarget) => void;

/** One writer per WriteOp kind: a new kind does not compile until it has its writer. */
export type WriterTable = { [K in WriteOp["op"]]: Writer<K> };

export function cellKey(sheet: string, row: number, col: number): string {
  return `${sheet.toLowerCase()}!${row},${col}`;
}
