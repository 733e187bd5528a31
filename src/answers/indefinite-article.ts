// "To become a Pharmacist", "an Electrician", "an HR Manager": the article a title takes in a sentence.

/** Letters whose spoken name starts with a vowel sound, for titles that open with an abbreviation ("an HR Manager", "an RN"). */
const VOWEL_SOUND_LETTERS = new Set([..."AEFHILMNORSX"]);
/** Words that start with a vowel letter but a consonant sound ("a Union Organizer", "a one-stop…"). */
const CONSONANT_SOUND = /^(uni|use|usu|uti|eu|one|once)/i;

export function withArticle(title: string): string {
  const first = title.split(/[\s-]/, 1)[0] ?? "";
  const abbreviation = first.length > 1 && first === first.toUpperCase() && /^[A-Z]+$/.test(first);
  const vowel = abbreviation ? VOWEL_SOUND_LETTERS.has(first[0]!) : /^[aeiou]/i.test(first) && !CONSONANT_SOUND.test(first);
  return `${vowel ? "an" : "a"} ${title}`;
}
