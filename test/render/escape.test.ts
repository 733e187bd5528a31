// The escapers skip discord.js's escapeMarkdown for text without markdown characters and remember
// escaped data text: the output must stay exactly escapeMarkdown's.
import { escapeMarkdown } from "discord.js";
import { describe, expect, it } from "vitest";
import { escapeDataText, escapeMarkdownText, escapeUserText } from "../../src/render/discord/escape.js";

const SAMPLES = [
  "",
  "plain words, numbers 12 and punctuation: (a) [b] {c} <d> #e -f +g!",
  "O*NET rates this 4.2/5",
  "**bold** and *italic* and ***both***",
  "snake_case and __underline__ and ___both___",
  "~~struck~~ and a single ~ tilde",
  "||spoiler|| and a single | pipe",
  "`code` and ``double`` and ```block```",
  "a back\\slash",
  "https://example.com/a_b*c and <https://x.y/_z_>",
  "<:emoji_name:123> <a:anim_x:456>",
  "# heading\n- bullet\n1. numbered\n[link](https://a.b)",
];

/** Deterministic random strings over markdown characters and plain ones. */
function randomTexts(count: number): string[] {
  const alphabet = "ab *_~|`\\<>:/h.#-1\n";
  let seed = 12345;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + Math.floor(next() * 20) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(""),
  );
}

describe("markdown escaping", () => {
  const texts = [...SAMPLES, ...randomTexts(2000)];

  it("escapeMarkdownText and escapeDataText equal discord.js escapeMarkdown", () => {
    for (const text of texts) {
      expect(escapeMarkdownText(text), JSON.stringify(text)).toBe(escapeMarkdown(text));
      expect(escapeDataText(text), JSON.stringify(text)).toBe(escapeMarkdown(text));
      // Asked again (from its cache), the same.
      expect(escapeDataText(text), JSON.stringify(text)).toBe(escapeMarkdown(text));
    }
  });

  it("lone asterisks (the fast path) and what rules it out: doubles, links, emoji, other characters", () => {
    const pieces = ["a", " ", "*", "O*NET", "**", "http://x.y/", "https://", "<", ">", ":", "/", "_", "~", "|", "`", "\\", "h"];
    let seed = 777;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 8) }, () => pieces[Math.floor(next() * pieces.length)]).join("");
      expect(escapeMarkdownText(text), JSON.stringify(text)).toBe(escapeMarkdown(text));
      expect(escapeDataText(text), JSON.stringify(text)).toBe(escapeMarkdown(text));
    }
    expect(escapeDataText("O*NET rates *this*")).toBe("O\\*NET rates \\*this\\*");
    // Inside a link or after "<x:/", escapeMarkdown leaves an asterisk alone.
    for (const text of ["<a:/*b", "see http://x/*y", "see https://x/*y"]) expect(escapeDataText(text)).toBe(escapeMarkdown(text));
  });

  it("each markdown character alone is escaped", () => {
    for (const text of ["a\\b", "a`b", "a*b", "a_b", "a~~b", "a||b"]) {
      expect(escapeDataText(text)).not.toBe(text);
      expect(escapeDataText(text)).toBe(escapeMarkdown(text));
    }
  });

  it("what a member typed: markdown escaped, mentions defused, clipped", () => {
    expect(escapeUserText("@everyone *look* <@123> <#456>")).toBe("@\u200beveryone \\*look\\* <\u200b@\u200b123> <\u200b#456>");
    expect(escapeUserText("plain @here")).toBe("plain @\u200bhere");
    expect(escapeUserText("x".repeat(10), 5)).toBe("xxxx…");
  });
});
