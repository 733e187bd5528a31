// Button custom ids carry everything a click needs (action, aspect, roles, who asked), so buttons
// keep working after a restart without any stored state. Role ids are shortened to stable codes
// (a hash of the id) because three long ids would not fit Discord's 100-character limit, and
// aspects to their fixed code in the aspect table, so adding an aspect changes no posted button.
import { ASPECTS, aspectByCode, type AspectId } from "../../knowledge/aspects.js";
import { DISCORD_LIMITS } from "../../limits.js";

export const CUSTOM_ID_PREFIX = "rc";

export type ButtonAction =
  | { kind: "aspect"; aspect: AspectId; roleIds: string[]; askerId: string }
  | { kind: "pick"; aspect: AspectId; roleIds: string[]; askerId: string }
  /** Another occupation sharing a title the answer interpreted ("data analyst"): the same comparison with it in place. */
  | { kind: "switch"; aspect: AspectId; roleIds: string[]; askerId: string }
  | { kind: "dismiss"; askerId: string }
  | { kind: "page"; page: number; askerId: string };

/** The one-letter code of each action that names roles and an aspect: fixed, since posted buttons carry them. */
const ROLE_ACTION_CODES = { aspect: "a", pick: "p", switch: "s" } as const;
const ROLE_ACTIONS = Object.keys(ROLE_ACTION_CODES) as (keyof typeof ROLE_ACTION_CODES)[];

/** FNV-1a, base 36: short, stable across restarts and machines, independent of file order. */
export function roleCode(roleId: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < roleId.length; i++) {
    hash ^= roleId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export class CustomIdCodec {
  private readonly byCode = new Map<string, string>();

  constructor(roleIds: Iterable<string>) {
    for (const id of roleIds) {
      const code = roleCode(id);
      const other = this.byCode.get(code);
      if (other) throw new Error(`role ids ${other} and ${id} share the button code ${code}; rename one of them`);
      this.byCode.set(code, id);
    }
  }

  encode(action: ButtonAction): string {
    let id: string;
    switch (action.kind) {
      case "aspect":
      case "pick":
      case "switch":
        id = [CUSTOM_ID_PREFIX, ROLE_ACTION_CODES[action.kind], ASPECTS[action.aspect].code, action.roleIds.map(roleCode).join("."), action.askerId].join(":");
        break;
      case "dismiss":
        id = [CUSTOM_ID_PREFIX, "x", action.askerId].join(":");
        break;
      case "page":
        id = [CUSTOM_ID_PREFIX, "l", String(action.page), action.askerId].join(":");
        break;
    }
    if (id.length > DISCORD_LIMITS.customId) throw new Error(`custom id over ${DISCORD_LIMITS.customId} characters: ${id}`);
    return id;
  }

  /** Role codes joined by "." (as in every id) to role ids; null when one names no role any more. */
  decodeRoles(codes: string): string[] | null {
    const roleIds = codes.split(".").map((code) => this.byCode.get(code));
    return roleIds.length === 0 || roleIds.some((r) => r === undefined) ? null : (roleIds as string[]);
  }

  /** Null for ids that are not ours, malformed, or name roles that no longer exist. */
  decode(customId: string): ButtonAction | null {
    const [prefix, kind, ...rest] = customId.split(":");
    if (prefix !== CUSTOM_ID_PREFIX) return null;
    if (kind === "x" && rest.length === 1) return { kind: "dismiss", askerId: rest[0]! };
    if (kind === "l" && rest.length === 2 && /^\d+$/.test(rest[0]!)) return { kind: "page", page: Number(rest[0]), askerId: rest[1]! };
    const roleAction = ROLE_ACTIONS.find((a) => ROLE_ACTION_CODES[a] === kind);
    if (roleAction && rest.length === 3) {
      const aspect = aspectByCode(rest[0]!);
      const roleIds = rest[1]!.split(".").map((code) => this.byCode.get(code));
      if (!aspect || roleIds.length === 0 || roleIds.some((r) => r === undefined)) return null;
      return { kind: roleAction, aspect, roleIds: roleIds as string[], askerId: rest[2]! };
    }
    return null;
  }
}
