// Answer -> plain text for the terminal chat and the one-shot CLI (ANSI colour optional).
import type { Answer } from "../answers/answer.js";
import { ASPECTS, ASPECT_IDS } from "../knowledge/aspects.js";
import { groupSources } from "./source-line.js";
import { figureLines } from "./render-figure-lines.js";
import { noteText } from "./note-text.js";
import { smallTalkText } from "./small-talk-text.js";

export interface TextOptions {
  color: boolean;
}

const ansi = (code: string, on: boolean) => (text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

export function renderText(answer: Answer, options: TextOptions = { color: false }): string {
  const bold = ansi("1", options.color);
  const dim = ansi("2", options.color);
  const cyan = ansi("36", options.color);
  const out: string[] = [];
  switch (answer.intent) {
    case "none":
      return smallTalkText(answer);
    case "help":
      // ("what does median mean": the answer first.)
      if (answer.verdict) out.push(bold(answer.verdict.text), "");
      out.push(bold(answer.heading), "Ask how two or three roles differ, or about one role. You can name an aspect:");
      out.push(`  ${ASPECT_IDS.map((a) => `${ASPECTS[a].label.toLowerCase()}`).join(", ")}.`, "Examples:");
      for (const e of answer.examples) out.push(`  - ${e}`);
      out.push(`Type "list" to see every role I know.`);
      if (answer.credits.length) out.push("", "Data and credits:", ...answer.credits.map((c) => `  ${c}`));
      return out.join("\n");
    case "list":
      out.push(bold(answer.heading));
      for (const f of answer.families) out.push(`${cyan(f.label)}: ${f.roles.map((r) => r.title).join(", ")}`);
      return out.join("\n");
    case "unknown":
      out.push(bold(/[.?!]$/.test(answer.heading) ? answer.heading : `${answer.heading}.`));
      if (answer.suggestions.length) out.push(`${answer.tooBroad ? "The most common" : "Did you mean"}: ${answer.suggestions.map((s) => s.title).join(", ")}?`);
      for (const n of answer.notes) out.push(noteText(n));
      out.push(`Type "list" to see every role I know.`);
      return out.join("\n");
    default:
      break;
  }
  // A verdict, yes-or-no or path answer leads with the answer itself; the heading follows.
  if (answer.verdict && !answer.needsConfirmation) out.push(bold(answer.verdict.text), dim(answer.heading));
  else out.push(bold(answer.heading));
  const ambiguous = answer.notes.filter((n) => n.kind === "ambiguous-title");
  if (answer.needsConfirmation && ambiguous.length) for (const n of ambiguous) out.push(noteText(n));
  else if (answer.needsConfirmation && answer.suggestions.length)
    out.push(`Not sure I understood. Did you mean ${answer.suggestions.map((s) => s.title).join(", ")}?`);
  if (answer.keyDifference) out.push(`${cyan("Key difference:")} ${answer.keyDifference.text}`);
  if (answer.path) {
    out.push("", bold(answer.path.from ? `▸ From ${answer.path.from.title} to ${answer.path.to.title}` : `▸ Becoming ${answer.path.to.title}`));
    for (const step of answer.path.steps) out.push(`  ${dim(`${step.label}:`)} ${step.value}`);
  }
  for (const role of answer.roles) {
    out.push("", bold(`▸ ${role.title}`));
    if (answer.aspect === "overview") out.push(`  ${role.summary}`);
    for (const fact of role.facts) out.push(`  ${dim(`${fact.label}:`)} ${fact.value}`);
    for (const bullet of role.bullets) out.push(`  • ${bullet}`);
    for (const figure of role.figures) {
      const [first, ...rest] = figureLines(figure);
      out.push(`  $ ${first}`);
      for (const line of rest) out.push(dim(`    ${line}`));
    }
  }
  const notes = answer.notes.filter((n) => n.kind !== "ambiguous-title");
  if (notes.length) {
    out.push("");
    for (const n of notes) out.push(dim(`Note: ${noteText(n)}`));
  }
  if (answer.sources.length) {
    // One line per publisher: the publisher once, then each of its pages.
    out.push("", dim("Sources:"));
    for (const group of groupSources(answer.sources)) out.push(dim(`  ${group.name} (${group.years}): ${group.sources.map((s) => s.url).join(" ")}`));
  }
  for (const credit of answer.credits) out.push(dim(credit));
  const others = ASPECT_IDS.filter((a) => a !== answer.aspect).map((a) => a);
  out.push("", dim(`Also ask about: ${others.join(", ")}.`));
  return out.join("\n");
}
