// Answer notes in words, shared by the terminal and Discord renderers. What a member typed passes
// through `escapeTyped`: the terminal shows it as is, Discord escapes markdown and mentions.
import { US_FIGURES_ONLY, type AnswerNote } from "../answers/answer.js";
import { formatMoney } from "../answers/format-figures.js";

const and = (titles: readonly string[]) => titles.join(" and ");

export function noteText(note: AnswerNote, escapeTyped: (typed: string) => string = (typed) => typed): string {
  switch (note.kind) {
    case "interpreted-as":
      return `Interpreted "${escapeTyped(note.typed)}" as ${note.title}.`;
    case "shared-title":
      return `Interpreted "${escapeTyped(note.typed)}" as ${note.title} (also: ${note.alternatives.map((a) => a.title).join(", ")}).`;
    case "ambiguous-title":
      // ("ironworker salary": each one's median beside it, so the choice already answers.)
      return `"${escapeTyped(note.typed)}" could be any of several occupations: ${note.choices.map((c) => (c.median ? `${c.title} (median ${c.median})` : c.title)).join(", ")}. Which one did you mean?`;
    case "one-occupation":
      return `The data treats ${and(note.typed.map((t) => `"${escapeTyped(t)}"`))} as one occupation (${note.title}), so they are compared as one.`;
    case "left-out":
      return note.broad
        ? `"${escapeTyped(note.typed)}" on its own fits many roles, so it is left out: name the kind you mean to add it.`
        : `I don't know "${escapeTyped(note.typed)}" yet, so it is left out.`;
    case "skipped":
      return `I compare up to three roles at a time, so ${and(note.titles)} ${note.titles.length > 1 ? "are" : "is"} left out: ask again with those.`;
    case "known-roles":
      return `I do know ${and(note.titles)}.`;
    case "shared-series":
      return `${and(note.titles)} share one BLS series (${note.code}), so those figures are identical by construction.`;
    case "indicative":
      return `${note.title}: the statistics series is only a loose match, so treat its figures as indicative.`;
    case "broad-title":
      return `For one kind of ${note.head}, pick it or ask by name: ${note.choices.map((c) => c.title).join(", ")}.`;
    case "us-only":
      return `${US_FIGURES_ONLY}, not figures for ${escapeTyped(note.place)}.`;
    case "sources-disagree": {
      const medians = note.medians.map((m) => `${m.source}: ${formatMoney(m.amount, m.currency)}`).join(" vs ");
      return `${note.title}: sources disagree on the median (${medians}); both are shown with their source.`;
    }
  }
}
