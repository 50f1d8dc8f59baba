/** F0: a file the command line could not read. Not a check of a report: the CLI makes these findings. */
import type { RuleDefinition } from "./types";

export const unreadableFile: RuleDefinition = {
  scope: "file",
  rules: [
    {
      id: "F0",
      severity: "error",
      title: "无法读取的文件",
      doc: "the command line could not read a file (only in the summary of `check` on many files and in `--report`, never in `--json`)",
      source: "the file: missing, not a report file, damaged, an old .xls or .doc",
    },
  ],
  run: () => [],
};
