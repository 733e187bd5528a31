import { loadCuratedKnowledge } from "../support/curated-knowledge.js";
import type { APIEmbed } from "discord.js";
import { beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/engine.js";
import { ASPECT_IDS } from "../../src/knowledge/aspects.js";
import { ANSWER_LIMITS, DISCORD_LIMITS as L } from "../../src/limits.js";
import { answerComponents } from "../../src/render/discord/answer-components.js";
import { emptyAnswer } from "../../src/answers/compose-answer.js";
import { escapeDataText } from "../../src/render/discord/escape.js";
import { answerEmbeds, listPages } from "../../src/render/discord/answer-embeds.js";
import { CustomIdCodec } from "../../src/render/discord/custom-ids.js";
import { embedLength, fitEmbed, fitEmbeds, truncate } from "../../src/render/discord/fit-embed.js";

function assertWithinLimits(embed: APIEmbed) {
  expect(embed.title?.length ?? 0).toBeLessThanOrEqual(L.embedTitle);
  expect(embed.description?.length ?? 0).toBeLessThanOrEqual(L.embedDescription);
  expect(embed.fields?.length ?? 0).toBeLessThanOrEqual(L.embedFields);
  for (const f of embed.fields ?? []) {
    expect(f.name.length).toBeGreaterThan(0);
    expect(f.name.length).toBeLessThanOrEqual(L.embedFieldName);
    expect(f.value.length).toBeGreaterThan(0);
    expect(f.value.length).toBeLessThanOrEqual(L.embedFieldValue);
  }
  expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(L.embedFooterText);
  expect(embedLength(embed)).toBeLessThanOrEqual(L.embedTotal);
}

describe("fitEmbed", () => {
  const huge = "word ".repeat(3000);
  it("cuts every oversized part to Discord's limit", () => {
    const embed = fitEmbed({
      title: huge,
      description: huge,
      footer: { text: huge },
      fields: Array.from({ length: 40 }, (_, i) => ({ name: `${i} ${huge}`, value: huge })),
    });
    assertWithinLimits(embed);
    expect(embed.fields!.length).toBeGreaterThan(0);
    expect(embed.title!.endsWith("…")).toBe(true);
  });

  it("keeps the total under 6,000 characters even when each part is within its own limit", () => {
    const fields = Array.from({ length: 10 }, (_, i) => ({ name: `Field ${i}`, value: "x".repeat(1000) }));
    const embed = fitEmbed({ title: "t", description: "d".repeat(4000), fields });
    expect(embedLength(embed)).toBeLessThanOrEqual(L.embedTotal);
  });

  it("leaves an embed that already fits untouched", () => {
    const embed = { title: "Hello", description: "World", fields: [{ name: "a", value: "b" }] };
    expect(fitEmbed(embed)).toEqual(embed);
  });

  it("drops empty fields, which Discord rejects", () => {
    expect(
      fitEmbed({
        fields: [
          { name: "a", value: "  " },
          { name: "b", value: "c" },
        ],
      }).fields,
    ).toEqual([{ name: "b", value: "c" }]);
  });

  it("shares the 6,000-character budget across the embeds of one message", () => {
    const embeds = fitEmbeds(Array.from({ length: 12 }, () => ({ description: "y".repeat(4000) })));
    expect(embeds.length).toBeLessThanOrEqual(L.embedsPerMessage);
    expect(embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(L.embedTotal);
  });

  it("truncates at a word boundary with an ellipsis", () => {
    expect(truncate("alpha beta gamma delta", 12)).toBe("alpha beta…");
  });
});

describe("answer embeds and buttons from the real knowledge base", () => {
  let engine: Engine;
  let codec: CustomIdCodec;
  beforeAll(async () => {
    engine = createEngine(await loadCuratedKnowledge());
    codec = new CustomIdCodec(engine.roleIds);
  });

  it("fits every limit for every aspect of a three-way comparison", () => {
    for (const aspect of ASPECT_IDS) {
      const answer = engine.compare(["administrative-services-manager", "customer-service-manager", "chief-operating-officer"], aspect);
      const embeds = answerEmbeds(answer);
      expect(embeds).toHaveLength(1);
      assertWithinLimits(embeds[0]!);
      const rows = answerComponents(answer, codec, "123456789012345678901");
      expect(rows.length).toBeLessThanOrEqual(L.actionRows);
      for (const row of rows) {
        expect(row.components.length).toBeLessThanOrEqual(L.buttonsPerRow);
        for (const c of row.components) if ("custom_id" in c) expect(c.custom_id.length).toBeLessThanOrEqual(L.customId);
      }
    }
  });

  it.each([
    ["office manager vs operations manager"],
    ["receptionist vs secretary vs administrative assistant"],
    ["store manager vs warehouse manager vs logistics manager"],
    ["executive assistant"],
  ])("an overview's first view (heading, lead, role cards) fits ANSWER_LIMITS.overviewFirstView: %s", (question) => {
    const [embed] = answerEmbeds(engine.ask(question).answer);
    const cards = embed!.fields!.filter((f) => f.name !== "Sources");
    const size = embed!.title!.length + (embed!.description?.length ?? 0) + cards.reduce((n, f) => n + f.name.length + f.value.length, 0);
    expect(size).toBeLessThanOrEqual(ANSWER_LIMITS.overviewFirstView);
    expect(cards.length).toBeGreaterThan(0);
  });

  it("an overview's first view drops only as many bullets as it must", () => {
    let trimmed = 0;
    for (const question of [
      "office manager vs operations manager",
      "receptionist vs secretary vs administrative assistant",
      "store manager vs warehouse manager vs logistics manager",
    ]) {
      const answer = engine.ask(question).answer;
      const [embed] = answerEmbeds(answer);
      const cards = embed!.fields!.filter((f) => f.name !== "Sources" && !f.name.startsWith("From ") && !f.name.startsWith("Becoming "));
      const size = embed!.title!.length + (embed!.description?.length ?? 0) + cards.reduce((n, f) => n + f.name.length + f.value.length, 0);
      // The bullet dropped last comes back as its role's next bullet: with it the view would not fit.
      const nextBullets = answer.roles.flatMap((role, k) => {
        const kept = cards[k]!.value.split("\n").filter((l) => l.startsWith("• ")).length;
        return kept < role.bullets.length ? [escapeDataText(role.bullets[kept]!)] : [];
      });
      if (nextBullets.length === 0 || answer.roles.some((r, k) => r.summary && !cards[k]!.value.startsWith("*"))) continue;
      trimmed++;
      expect(nextBullets.some((b) => size + `• ${b}`.length + 1 > ANSWER_LIMITS.overviewFirstView)).toBe(true);
    }
    expect(trimmed).toBeGreaterThan(0);
  });

  it("puts the key difference first and the roles side by side", () => {
    const [embed] = answerEmbeds(engine.compare(["office-manager", "operations-manager"], "skills"));
    expect(embed!.description).toMatch(/^\*\*Key difference:\*\*/);
    const inline = embed!.fields!.filter((f) => f.inline);
    expect(inline.map((f) => f.name)).toEqual(["Office Manager", "Operations Manager"]);
    // The sources have their own field (each publisher once); the footer does not list them again.
    const sources = embed!.fields!.find((f) => f.name === "Sources")!;
    expect(sources.value.match(/U\.S\. Bureau of Labor Statistics/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(embed!.footer!.text).not.toMatch(/Sources/);
  });

  it("offers every other aspect as a button and disables the current one", () => {
    const answer = engine.compare(["office-manager", "receptionist"], "salary");
    const buttons = answerComponents(answer, codec, "42").flatMap((r) => r.components) as { custom_id: string; disabled?: boolean; label?: string }[];
    const aspects = buttons.map((b) => codec.decode(b.custom_id)).filter((a) => a?.kind === "aspect");
    expect(aspects).toHaveLength(ASPECT_IDS.length);
    expect(buttons.find((b) => b.label === "Salary")?.disabled).toBe(true);
    expect(buttons.some((b) => codec.decode(b.custom_id)?.kind === "dismiss")).toBe(true);
  });

  it("pages a long role list so every page fits", () => {
    const answer = engine.listRoles();
    const many = {
      ...answer,
      families: answer.families.map((f) => ({
        ...f,
        roles: Array.from({ length: 120 }, (_, i) => ({ roleId: `r${i}`, title: `Some Long Role Title Number ${i}` })),
      })),
    };
    const pages = listPages(many);
    expect(pages.length).toBeGreaterThan(1);
    for (let page = 0; page < pages.length; page++) assertWithinLimits(answerEmbeds(many, { page })[0]!);
  });
});

describe("custom ids", () => {
  let codec: CustomIdCodec;
  beforeAll(async () => {
    codec = new CustomIdCodec((await loadCuratedKnowledge()).roles.keys());
  });

  it("round-trips the longest role ids within 100 characters", () => {
    const action = {
      kind: "aspect" as const,
      aspect: "career" as const,
      roleIds: ["administrative-services-manager", "customer-service-manager", "human-resources-manager"],
      askerId: "12345678901234567890",
    };
    const id = codec.encode(action);
    expect(id.length).toBeLessThanOrEqual(L.customId);
    expect(codec.decode(id)).toEqual(action);
  });

  it("rejects ids that are not ours or name unknown roles", () => {
    expect(codec.decode("other:thing")).toBeNull();
    expect(codec.decode("rc:a:1:zzzz:42")).toBeNull();
    expect(codec.decode("rc:a:99:1:42")).toBeNull();
  });

  it("round-trips dismiss and page actions", () => {
    expect(codec.decode(codec.encode({ kind: "dismiss", askerId: "7" }))).toEqual({ kind: "dismiss", askerId: "7" });
    expect(codec.decode(codec.encode({ kind: "page", page: 3, askerId: "7" }))).toEqual({ kind: "page", page: 3, askerId: "7" });
  });
});

describe("weak matches", () => {
  it("ask which role was meant instead of showing a guessed answer", async () => {
    const engine = createEngine(await loadCuratedKnowledge());
    const codec = new CustomIdCodec(engine.roleIds);
    const answer = {
      ...engine.compare(["office-manager", "operations-manager"], "salary"),
      needsConfirmation: true,
      uncertainRoleIds: ["office-manager"],
      suggestions: [
        { roleId: "office-manager", title: "Office Manager" },
        { roleId: "office-director", title: "Office Director" },
      ],
    };
    const [embed] = answerEmbeds(answer);
    expect(embed!.title).toContain("Which role did you mean");
    expect(embed!.fields ?? []).toHaveLength(0);
    expect(embed!.description).toContain("Office Director");
    const rows = (await import("../../src/render/discord/answer-components.js")).suggestionComponents(answer, codec, "42");
    const picks = rows.flatMap((r) => r.components).map((c) => codec.decode((c as { custom_id: string }).custom_id));
    expect(picks.every((p) => p?.kind === "pick")).toBe(true);
    expect(picks.map((p) => (p as { roleIds: string[] }).roleIds)).toEqual([
      ["operations-manager", "office-manager"],
      ["operations-manager", "office-director"],
    ]);
  });
});

describe("text from the data inside our markdown", () => {
  it("keeps O*NET's asterisk literal in a verdict, a key difference and a path step", () => {
    const answer = {
      ...emptyAnswer({ intent: "compare", aspect: "environment" }),
      heading: "A vs B: Environment",
      verdict: {
        text: "The data doesn't measure stress directly. A is likely the more stressful: O*NET rates Stress Tolerance A 4.8 of 5.",
        basis: "indirect" as const,
      },
      keyDifference: { text: "A leans more on Writing (O*NET importance ratings).", origin: "derived" as const },
      path: { from: null, to: { roleId: "a", title: "A" }, steps: [{ label: "Skills", value: "O*NET rates *Writing* highest" }] },
    };
    const [embed] = answerEmbeds(answer);
    expect(embed!.description).toContain("O\\*NET rates Stress Tolerance");
    expect(embed!.description).toContain("(O\\*NET importance ratings)");
    expect(embed!.fields![0]!.value).toContain("O\\*NET rates \\*Writing\\* highest");
  });
});
