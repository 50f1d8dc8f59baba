/** Sizing a zip's entries with Node's zlib for the zip-bomb check: much faster than JSZip's stream for many files. */
import { inflateRawSync } from "zlib";
import { entryData, type EntrySizer } from "../documents/zipBudget";

export const zlibSizer: EntrySizer = async (bytes) => async (entry, ceiling) => {
  const data = entryData(bytes, entry);
  if (data === null) return null;
  if (entry.method !== 8) return data.length > ceiling ? "over" : data.length;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, ceiling + 1) }).length;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" ? "over" : null;
  }
};
