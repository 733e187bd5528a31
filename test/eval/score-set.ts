// Scores a labelled set in-process exactly as ../shared/eval/score.mjs scores `ask --json`: newlines
// become spaces; an item is right when the intent matches (or is in "accept") and, for compare and
// profile, the roles (by id, or by SOC code on the first 7 characters, or one of the code lists in
// "acceptCodes" where a title fairly reads as another occupation too), the aspect (or one in
// "acceptAspects") and, where labelled, the kind (or one in "acceptKinds") match too.
import { readFileSync } from "node:fs";
import type { Engine } from "../../src/engine.js";
import { renderJson } from "../../src/render/render-json.js";

export interface Item {
  q: string;
  intent: string;
  accept?: string[];
  roles?: string[];
  codes?: string[];
  acceptCodes?: string[][];
  aspect?: string;
  acceptAspects?: string[];
  kind?: string;
  acceptKinds?: string[];
}

export interface Score {
  accuracy: number;
  right: number;
  total: number;
  misses: string[];
}

export function readSet(file: string): Item[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Item);
}

const sameSet = (a: readonly string[] = [], b: readonly string[] = []) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

function coversCodes(got: readonly (string | null)[], want: readonly string[]): boolean {
  const have = got.filter((c): c is string => Boolean(c)).map((c) => c.slice(0, 7));
  return [...new Set(want)].every((c) => have.includes(c)) && have.length <= want.length;
}

export function scoreSet(engine: Engine, items: readonly Item[]): Score {
  const misses: string[] = [];
  let right = 0;
  for (const item of items) {
    const question = item.q.replace(/\n/g, " ");
    const { parsed, answer } = engine.ask(question);
    const got = JSON.parse(JSON.stringify(renderJson(question, parsed, answer))) as {
      intent: string;
      roles: string[];
      codes: (string | null)[];
      aspect: string | null;
      kind?: string;
    };
    let ok = [item.intent, ...(item.accept ?? [])].includes(got.intent);
    if (ok && (got.intent === "compare" || got.intent === "profile")) {
      const rolesOk = item.codes ? [item.codes, ...(item.acceptCodes ?? [])].some((codes) => coversCodes(got.codes, codes)) : sameSet(got.roles, item.roles);
      const aspectOk = got.aspect === item.aspect || (item.acceptAspects ?? []).includes(got.aspect ?? "");
      const kindOk = !item.kind || got.kind === item.kind || (item.acceptKinds ?? []).includes(got.kind ?? "");
      ok = rolesOk && aspectOk && kindOk;
    }
    if (ok) right++;
    else
      misses.push(
        `MISS ${JSON.stringify(item.q)}\n  want ${item.intent} ${JSON.stringify(item.roles ?? item.codes ?? [])} ${item.aspect ?? ""} ${item.kind ?? ""}\n  got  ${got.intent} ${JSON.stringify(got.codes ?? got.roles)} ${got.aspect ?? ""} ${got.kind ?? ""}`,
      );
  }
  return { accuracy: right / items.length, right, total: items.length, misses };
}
