// String tests on the per-question path that would otherwise build a string per call (a
// lower-cased name, a phrase padded with spaces): each allocation there costs scavenges.

/** Whether any character of the text is outside ASCII. */
function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}

/** text.toLowerCase().includes(part), for a lower-case `part`, without lower-casing ASCII text. */
export function includesLowerCase(text: string, part: string): boolean {
  // Outside ASCII, lower-casing may change lengths ("İ"): the plain way.
  if (hasNonAscii(text)) return text.toLowerCase().includes(part);
  const last = text.length - part.length;
  outer: for (let i = 0; i <= last; i++) {
    for (let j = 0; j < part.length; j++) {
      let c = text.charCodeAt(i + j);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== part.charCodeAt(j)) continue outer;
    }
    return true;
  }
  return false;
}

/** ` ${phrase} ` inside ` ${text} `: `phrase` occurs in `text` as whole space-separated words. */
export function hasPhrase(text: string, phrase: string): boolean {
  if (phrase.length === 0) return ` ${text} `.includes("  ");
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
    const end = at + phrase.length;
    if ((at === 0 || text.charCodeAt(at - 1) === 32) && (end === text.length || text.charCodeAt(end) === 32)) return true;
  }
  return false;
}
