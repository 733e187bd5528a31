// "the difference between an lpn and a cna besides pay", "other than the money", "not counting salary":
// an aspect the member sets aside is not the one asked, and pay set aside leaves an overview to lead
// with the next largest difference.

/** Words that set the aspect after them aside. */
const SET_ASIDE = String.raw`(besides|beside|other than|apart from|aside from|excluding|except|except for|not counting|not including|ignoring|leaving aside|outside of)`;
const SET_ASIDE_BEFORE = new RegExp(String.raw`\b${SET_ASIDE}( the)?$`);
const SET_ASIDE_PAY = String.raw`\b${SET_ASIDE} (the )?(pay|salary|salaries|money|wages?|income|compensation)\b`;
/** Pay set aside, as a phrase to drop from the words a topic is read from (global: for `replace` only). */
export const SET_ASIDE_PAY_GLOBAL = new RegExp(SET_ASIDE_PAY, "gi");
/** ...tested once on a message (no global flag: no state between calls). */
const PAY_SET_ASIDE = new RegExp(SET_ASIDE_PAY, "i");

/** Whether the words right before token `at` set what starts there aside ("besides [pay]"). */
export function setAsideAt(tokens: readonly string[], at: number): boolean {
  return SET_ASIDE_BEFORE.test(tokens.slice(Math.max(0, at - 2), at).join(" "));
}

/** Whether the message sets pay aside ("lpn vs cna other than pay"). */
export function setsPayAside(text: string): boolean {
  return PAY_SET_ASIDE.test(text);
}
