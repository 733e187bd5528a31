// Short labels for O*NET's education, experience and training categories, made from the published
// category descriptions: "Post-Secondary Certificate - awarded for training ..." -> "Post-secondary
// certificate"; "Over 1 month, up to and including 3 months" -> "1 to 3 months".

export function categoryLabel(description: string): string {
  let text = description.replace(/\s+/g, " ").trim();
  text = text.split(" - ")[0]!.split(" (")[0]!.trim();

  const range = /^(?:anything beyond short demonstration|over (.+?)), up to and including (.+)$/i.exec(text);
  if (range) {
    const [, from, to] = range;
    if (!from) return `Up to ${to}`;
    const [fromNumber, fromUnit] = from.split(" ");
    const [, toUnit] = to!.split(" ");
    // "Over 1 year, up to and including 2 years" -> "1 to 2 years"; mixed units keep both.
    return fromUnit && toUnit && toUnit.replace(/s$/, "") === fromUnit.replace(/s$/, "") ? `${fromNumber} to ${to}` : `${from} to ${to}`;
  }
  const upTo = /^up to and including (.+)$/i.exec(text);
  if (upTo) return `Up to ${upTo[1]}`;
  return sentenceCase(text);
}

/** "High School Diploma" -> "High school diploma"; "Associate's Degree" -> "Associate's degree". */
function sentenceCase(text: string): string {
  return text
    .split(" ")
    .map((word) => (/^[A-Z]{2,}$/.test(word) ? word : word.toLowerCase()))
    .join(" ")
    .replace(/^([a-z])/, (c) => c.toUpperCase());
}
