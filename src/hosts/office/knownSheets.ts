/**
 * The ids of the sheets the host has seen (stable across renames). Sheet contents can only be loaded through
 * worksheet objects and which sheets exist is known only after a sync, so a read loads these sheets in the same
 * batch as the sheet list; only a sheet never seen (and not active) costs a second sync.
 */
export class KnownSheets {
  private list: string[] = [];

  get ids(): readonly string[] {
    return this.list;
  }

  /** The workbook's sheets as a read or the warm-up found them. */
  learn(ids: readonly string[]): void {
    this.list = [...ids];
  }

  /** Sheets a write added. */
  add(ids: readonly string[]): void {
    this.list = [...this.list, ...ids.filter((id) => !this.list.includes(id))];
  }

  forget(): void {
    this.list = [];
  }
}
