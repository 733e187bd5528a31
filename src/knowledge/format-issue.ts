// Turns zod issues into one line a data editor can act on: "salary.figures[0].median: expected a
// number, got \"about 35k\"". zod's own messages name types but not the offending value.
import type { z } from "zod";

type Issue = z.core.$ZodIssue & { input?: unknown };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || "(file)";
}

export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return `a ${typeof value}`;
}

const TYPE_NAMES: Record<string, string> = {
  number: "a number",
  string: "text",
  boolean: "true or false",
  array: "a list",
  object: "a mapping of fields",
  tuple: "a list",
  int: "a whole number",
};

export function formatIssue(issue: Issue): string {
  const where = formatPath(issue.path);
  switch (issue.code) {
    case "invalid_type": {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return issue.input === undefined ? `${where}: missing, expected ${expected}` : `${where}: expected ${expected}, got ${describeValue(issue.input)}`;
    }
    case "invalid_value":
      return `${where}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, got ${describeValue(issue.input)}`;
    case "unrecognized_keys":
      return issue.keys.map((k) => `${formatPath([...issue.path, k])}: unknown field (check its spelling)`).join("; ");
    case "too_big":
    case "too_small": {
      const got = typeof issue.input === "string" || Array.isArray(issue.input) ? ` (got ${issue.input.length})` : "";
      return `${where}: ${issue.message.replace(/^Too (big|small): /, "")}${got}`;
    }
    case "invalid_union":
      return `${where}: expected a number or { atLeast: number }, got ${describeValue(issue.input)}`;
    default:
      return `${where}: ${issue.message}`;
  }
}
