// Vote, reason-modal and /gaps pager ids: stateless, within Discord's limits, pinned, and never
// mistaken for answer buttons.
import { beforeAll, describe, expect, it } from "vitest";
import { ASPECT_IDS } from "../../src/knowledge/aspects.js";
import { loadCuratedKnowledge } from "../support/curated-knowledge.js";
import { createEngine, type Engine } from "../../src/engine.js";
import { DISCORD_LIMITS } from "../../src/limits.js";
import { answerComponents } from "../../src/render/discord/answer-components.js";
import { CustomIdCodec } from "../../src/render/discord/custom-ids.js";
import { decodeFeedback, encodeFeedback, isFeedbackId } from "../../src/render/discord/feedback-ids.js";
import { feedbackButtons, voteReasonModal } from "../../src/render/discord/feedback-components.js";

describe("feedback ids (real knowledge base)", () => {
  let engine: Engine;
  let codec: CustomIdCodec;
  const three = ["administrative-services-manager", "customer-service-manager", "chief-operating-officer"];
  beforeAll(async () => {
    engine = createEngine(await loadCuratedKnowledge());
    codec = new CustomIdCodec(engine.roleIds);
  });

  it("round-trips votes and reason modals for three roles and every aspect, within 100 characters", () => {
    for (const aspect of ASPECT_IDS) {
      for (const vote of [1, -1] as const) {
        const id = encodeFeedback({ kind: "vote", vote, aspect, roleIds: three });
        expect(id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
        expect(isFeedbackId(id)).toBe(true);
        expect(codec.decode(id)).toBeNull();
        expect(decodeFeedback(id, codec)).toEqual({ kind: "vote", vote, aspect, roleIds: three });
      }
      const modal = encodeFeedback({ kind: "vote-reason", messageId: "12345678901234567890", aspect, roleIds: three });
      expect(modal.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
      expect(decodeFeedback(modal, codec)).toEqual({ kind: "vote-reason", messageId: "12345678901234567890", aspect, roleIds: three });
    }
  });

  it("pins today's encodings, so posted buttons keep working", () => {
    expect(encodeFeedback({ kind: "vote", vote: -1, aspect: "salary", roleIds: ["office-manager"] })).toMatch(/^rc:v:d:salary:[0-9a-z]+$/);
    expect(encodeFeedback({ kind: "gaps-page", days: 30, page: 2 })).toBe("rc:g:30:2");
    expect(decodeFeedback("rc:g:30:2", codec)).toEqual({ kind: "gaps-page", days: 30, page: 2 });
  });

  it("rejects malformed ids and roles that no longer exist", () => {
    for (const id of [
      "rc:v:x:salary:abc",
      "rc:v:u:nonsense:" + encodeFeedback({ kind: "vote", vote: 1, aspect: "salary", roleIds: three }).split(":")[4],
      "rc:v:u:salary:zzzz",
      "rc:vr:notanid:salary:abc",
      "rc:g:x:1",
      "xx:v:u:salary:abc",
    ]) {
      expect(decodeFeedback(id, codec)).toBeNull();
    }
    expect(isFeedbackId("rc:a:0:abc:123")).toBe(false);
  });

  it("puts 👍 / 👎 under role answers only, and every answer's buttons still fit", () => {
    const answer = engine.compare(three, "salary");
    expect(feedbackButtons(answer).map((b) => b.emoji?.name)).toEqual(["👍", "👎"]);
    const rows = answerComponents(answer, codec, "123456789012345678");
    expect(rows.length).toBeLessThanOrEqual(DISCORD_LIMITS.actionRows);
    for (const row of rows) expect(row.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonsPerRow);
    expect(feedbackButtons(engine.listRoles())).toEqual([]);
    expect(feedbackButtons(engine.help())).toEqual([]);
    const modal = voteReasonModal("12345678901234567890", "salary", three);
    expect(modal.title.length).toBeLessThanOrEqual(45);
  });
});
