// Lists of numbers and of strings in one binary file, read back without parsing: each number list is
// a view of the file's bytes (an Int32Array, no copy, nothing on the JS heap per number), each string
// list one decode and one split. The compiled occupations file keeps its name index this way
// (see name-index-file.ts): as JSON it was most of what a start-up parsed.
//
// Layout: a 48-byte header (a magic line, the stamp that ties the file to the one that lists its
// sections, a check of byte order, padding), then each section in the order listed, starting at a
// multiple of 4 bytes: int32 sections as native (little-endian) 32-bit integers, text sections as
// UTF-8 strings joined by "\n" (so no string may hold a newline), bytes sections as they are (read
// back as a view).
import { isAscii } from "node:buffer";

const MAGIC = "RCLISTS\n";
const STAMP_BYTES = 32;
const HEADER_BYTES = 48;
const BYTE_ORDER = 0x01020304;

export type SectionKind = "int32" | "text" | "bytes";
/** A section as the other file lists it: its name, its kind, and its length (numbers, or bytes of text). */
export type SectionLayout = [name: string, kind: SectionKind, length: number];
export type SectionValues = Record<string, Int32Array | Buffer | readonly string[]>;

const align = (at: number) => (at + 3) & ~3;

/** The file's bytes and the layout to list beside `stamp` (32 ASCII characters) in the other file. */
export function encodeSections(stamp: string, sections: SectionValues): { bytes: Buffer; layout: SectionLayout[] } {
  if (stamp.length !== STAMP_BYTES || !isAscii(Buffer.from(stamp))) throw new Error(`a stamp is ${STAMP_BYTES} ASCII characters`);
  const layout: SectionLayout[] = [];
  const parts: { at: number; bytes: Uint8Array }[] = [];
  let at = HEADER_BYTES;
  for (const [name, value] of Object.entries(sections)) {
    let bytes: Uint8Array;
    if (value instanceof Int32Array) {
      bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      layout.push([name, "int32", value.length]);
    } else if (value instanceof Uint8Array) {
      bytes = value;
      layout.push([name, "bytes", value.length]);
    } else {
      if (value.some((s) => s.includes("\n"))) throw new Error(`${name}: a string holds a newline`);
      bytes = Buffer.from(value.join("\n"), "utf8");
      layout.push([name, "text", bytes.length]);
    }
    at = align(at);
    parts.push({ at, bytes });
    at += bytes.length;
  }
  const out = Buffer.alloc(at);
  out.write(MAGIC, 0, "latin1");
  out.write(stamp, MAGIC.length, "latin1");
  new Int32Array(out.buffer, out.byteOffset + MAGIC.length + STAMP_BYTES, 1)[0] = BYTE_ORDER;
  for (const part of parts) out.set(part.bytes, part.at);
  return { bytes: out, layout };
}

/**
 * The sections of `bytes` as `layout` lists them, or a reason they cannot be read: another stamp
 * (the file is from another import), another size, or a layout that does not add up.
 */
export function decodeSections(bytes: Buffer, stamp: string, layout: readonly SectionLayout[]): SectionValues | string {
  if (bytes.length < HEADER_BYTES || bytes.toString("latin1", 0, MAGIC.length) !== MAGIC) return "not a file of lists";
  if (bytes.toString("latin1", MAGIC.length, MAGIC.length + STAMP_BYTES) !== stamp) return "written by another import than the file that lists it";
  // Views need the bytes at a multiple of 4 (a file read into a buffer of its own is).
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(new Uint8Array(bytes));
  if (new Int32Array(aligned.buffer, aligned.byteOffset + MAGIC.length + STAMP_BYTES, 1)[0] !== BYTE_ORDER) return "written on a machine of another byte order";
  const values: SectionValues = {};
  let at = HEADER_BYTES;
  for (const [name, kind, length] of layout) {
    at = align(at);
    if (kind !== "int32" && kind !== "text" && kind !== "bytes") return `an unknown kind of section (${name})`;
    const size = kind === "int32" ? length * 4 : length;
    if (!Number.isSafeInteger(length) || length < 0 || at + size > aligned.length) return `its size does not fit the sections listed (${name})`;
    if (kind === "int32") values[name] = new Int32Array(aligned.buffer, aligned.byteOffset + at, length);
    else if (kind === "bytes") values[name] = aligned.subarray(at, at + size);
    else {
      const text = aligned.subarray(at, at + size);
      values[name] = size === 0 ? [] : text.toString(isAscii(text) ? "latin1" : "utf8").split("\n");
    }
    at += size;
  }
  return at === aligned.length ? values : "longer than the sections listed";
}
