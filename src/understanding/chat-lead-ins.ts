// "bruh do cops even make good money", "ngl is nursing worth it", "yo how much do welders make": slang
// opening a question says nothing about it. Taken off before the words are read, every rule that looks
// at the question's first words ("do cops…", "is nursing…") reads it as if typed without them.

/** Slang lead-ins that never start the question itself (not "so", "ok" or "question", which other rules read). */
const CHAT_LEAD_INS = /^((bruh|bro|yo|dude|ngl|tbh|lowkey|fr|hmm+|um+|uh+)\b[\s,.!:;-]*){1,3}(?=\S+\s+\S)/i;

/**
 * A heading before a colon or dash that only says a question follows: "need advice: cna or
 * phlebotomy", "quick question - is welding worth it", "need 2 know: does an emt need college".
 */
const HEADING_LEAD_IN =
  /^\s*(need (some )?advice|advice needed|need (2|to) know|real talk|(quick |random |serious |honest |genuine |dumb |stupid )?(question|q|qn)|help( me)?( please| pls)?)\s*[:-]\s*(?=\S+\s+\S)/i;

/** The text without its slang lead-ins or heading, when words are left after them. */
export function withoutChatLeadIns(text: string): string {
  return text.replace(CHAT_LEAD_INS, "").replace(HEADING_LEAD_IN, "");
}
