// exceljs's streaming reader can stop silently on a truncated workbook (its zip stream just ends),
// so every workbook is checked for the zip end-of-central-directory record before it is read.
import { open } from "node:fs/promises";
import { ImportError } from "./import-error.js";

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_MIN = 22;
const EOCD_SEARCH = EOCD_MIN + 0xffff; // the record is followed by a comment of at most 64 KiB

export async function assertCompleteZip(file: string, label: string): Promise<void> {
  const handle = await open(file, "r");
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, EOCD_SEARCH);
    const tail = Buffer.alloc(length);
    await handle.read(tail, 0, length, size - length);
    for (let i = length - EOCD_MIN; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD_SIGNATURE) return;
    }
    throw new ImportError(`${label} is not a complete Excel workbook (.xlsx): the file is truncated or corrupt. Download it again.`);
  } finally {
    await handle.close();
  }
}
