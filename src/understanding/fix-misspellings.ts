// Misspellings of the words a question turns on, written right before anything reads the message.
// A typo is otherwise read as the nearest title word, and "carrer" is as near "carrier" and "carer"
// (both titles) as "career": "is nursing a good carrer" would ask about mail carriers, or nothing.

/** Misspelt words and what the member meant; only words whose slip lands on another known word belong here. */
const MISSPELLINGS: Readonly<Record<string, string>> = {
  carrer: "career",
  carrers: "careers",
  carreer: "career",
  carreers: "careers",
  carear: "career",
  carears: "careers",
  careeer: "career",
  // "electrician vs plumber witch is better": "witch" is no title word, but the question's "which".
  // ("the witch in the game" has no "is", "one" or "pays" after it.)
  "witch is": "which is",
  "witch one": "which one",
  "witch pays": "which pays",
  // "hw much do electricians make", "hwo do i become a nurse", "wat does a paralegal do": the question
  // words, which say what kind of question it is. ("hw" alone is also homework: only before a question word.)
  "hw much": "how much",
  "hw many": "how many",
  "hw long": "how long",
  "hw do": "how do",
  "hw to": "how to",
  "hw can": "how can",
  hwo: "how",
  wat: "what",
  wht: "what",
  waht: "what",
  whta: "what",
  // "highest payed nurses", "best payed trade": the pay word, spelled as members often do.
  payed: "paid",
};

const MISSPELT = new RegExp(`\\b(${Object.keys(MISSPELLINGS).join("|")})\\b`, "gi");

/** `text` with the listed misspellings written right; text without one is returned as it is. */
export function fixMisspellings(text: string): string {
  return text.replace(MISSPELT, (word) => MISSPELLINGS[word.toLowerCase()] ?? word);
}
