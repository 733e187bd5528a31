// "how do i become an attorney or lawyer, currently a paralegal": two titles of one occupation joined by
// "or" are no choice between jobs. The kind of question is read without the second title.
import type { RoleMention } from "./types.js";

/** `text` without "or <title>" where the title is a second one of a role already named. */
export function withoutSecondTitles(text: string, roles: readonly RoleMention[]): string {
  let out = text;
  for (const role of roles)
    for (const also of role.alsoTyped ?? []) {
      const lower = out.toLowerCase();
      for (const joined of [` or ${also}`, ` or a ${also}`, ` or an ${also}`]) {
        const at = lower.indexOf(joined.toLowerCase());
        if (at >= 0) {
          out = out.slice(0, at) + out.slice(at + joined.length);
          break;
        }
      }
    }
  return out;
}
