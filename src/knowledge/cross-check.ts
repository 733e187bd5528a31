// Checks that need more than one file at a time: unique ids and aliases, links between roles,
// comparison pairs, and that each section still fits one Discord embed field once rendered.
import { DISCORD_LIMITS } from "../limits.js";
import { aliasKey } from "../text/normalize.js";
import { pairKey } from "./knowledge-base.js";
import type { Comparison, Role } from "./schema.js";

export interface Located<T> {
  file: string;
  value: T;
}

/** A section is rendered as one bullet per line ("• text"); it has to fit one embed field value. */
export function renderedSectionLength(bullets: readonly string[]): number {
  return bullets.reduce((sum, b) => sum + b.length + 3, 0) - (bullets.length > 0 ? 1 : 0);
}

/**
 * `unvalidatedIds` are roles whose file exists but failed to parse or validate. Their own file
 * already carries the problem, so links to them are not reported again as "not a known role id".
 */
export function crossCheck(
  roles: readonly Located<Role>[],
  comparisons: readonly Located<Comparison>[],
  unvalidatedIds: ReadonlySet<string> = new Set(),
): string[] {
  const problems: string[] = [];
  const ids = new Map<string, string>();
  for (const { file, value: role } of roles) {
    const other = ids.get(role.id);
    if (other) problems.push(`${file}: id: "${role.id}" is already used by ${other}`);
    ids.set(role.id, file);
  }

  // Every name a member could type (id, title, alias) must lead to exactly one role.
  const names = new Map<string, { roleId: string; file: string }>();
  for (const { file, value: role } of roles) {
    const own = new Set<string>();
    const entries: [string, string][] = [["id", role.id], ["title", role.title], ...role.aliases.map((a, i): [string, string] => [`aliases[${i}]`, a])];
    for (const [field, name] of entries) {
      const key = aliasKey(name);
      if (!key) {
        problems.push(`${file}: ${field}: "${name}" has no letters or digits`);
        continue;
      }
      if (own.has(key) && field.startsWith("aliases")) {
        problems.push(`${file}: ${field}: "${name}" repeats another name of this role`);
        continue;
      }
      own.add(key);
      const owner = names.get(key);
      if (owner && owner.roleId !== role.id) {
        problems.push(`${file}: ${field}: "${name}" also names ${owner.roleId} (${owner.file}); an alias must map to one role`);
      } else names.set(key, { roleId: role.id, file });
    }

    const sourceIds = new Set(role.sources.map((s) => s.id));
    role.salary.figures.forEach((figure, i) => {
      if (!sourceIds.has(figure.source))
        problems.push(`${file}: salary.figures[${i}].source: "${figure.source}" is not an id in sources (have: ${[...sourceIds].join(", ")})`);
    });
    const seenSources = new Set<string>();
    role.sources.forEach((s, i) => {
      if (seenSources.has(s.id)) problems.push(`${file}: sources[${i}].id: "${s.id}" is listed twice`);
      seenSources.add(s.id);
    });

    for (const field of ["previous", "next"] as const) {
      role.career[field].forEach((link, i) => {
        if (link === role.id) problems.push(`${file}: career.${field}[${i}]: a role cannot link to itself`);
        else if (!ids.has(link) && !unvalidatedIds.has(link)) problems.push(`${file}: career.${field}[${i}]: "${link}" is not a known role id`);
      });
    }

    const sections: [string, readonly string[]][] = [
      ["duties", role.duties],
      ["requirements.bullets", role.requirements.bullets],
      ["environment.bullets", role.environment.bullets],
      ["skills", role.skills],
      ["career.bullets", role.career.bullets ?? []],
    ];
    for (const [field, bullets] of sections) {
      const length = renderedSectionLength(bullets);
      if (length > DISCORD_LIMITS.embedFieldValue)
        problems.push(`${file}: ${field}: renders to ${length} characters, over Discord's ${DISCORD_LIMITS.embedFieldValue}-character field limit`);
    }
  }

  const pairs = new Map<string, string>();
  for (const { file, value: comparison } of comparisons) {
    const [a, b] = comparison.roles;
    const expected = `${a}__${b}`;
    const base = file
      .split("/")
      .pop()
      ?.replace(/\.(ya?ml|json)$/, "");
    if (base !== expected) problems.push(`${file}: roles: the file name should be ${expected} to match roles [${a}, ${b}]`);
    if (a === b) problems.push(`${file}: roles: a comparison needs two different roles`);
    comparison.roles.forEach((id, i) => {
      if (!ids.has(id) && !unvalidatedIds.has(id)) problems.push(`${file}: roles[${i}]: "${id}" is not a known role id`);
    });
    const key = pairKey(a, b);
    const other = pairs.get(key);
    if (other) problems.push(`${file}: roles: the pair ${a} / ${b} is already compared in ${other}`);
    pairs.set(key, file);
  }
  return problems;
}
