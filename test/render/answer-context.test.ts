// A posted answer's roles and aspect, read back from its buttons: what a reply to it follows up on.
import { beforeAll, describe, expect, it } from "vitest";
import { loadCuratedKnowledge } from "../support/curated-knowledge.js";
import { createEngine, type Answer, type Engine } from "../../src/engine.js";
import { answerComponents, suggestionComponents } from "../../src/render/discord/answer-components.js";
import { answerContext, type PostedButton } from "../../src/render/discord/answer-context.js";
import { CustomIdCodec } from "../../src/render/discord/custom-ids.js";
import { smallTalkMessage } from "../../src/render/discord/small-talk-message.js";

let engine: Engine;
let codec: CustomIdCodec;
beforeAll(async () => {
  engine = createEngine(await loadCuratedKnowledge());
  codec = new CustomIdCodec(engine.roleIds);
});

/** The buttons as a fetched message gives them back. */
const posted = (rows: ReturnType<typeof answerComponents>): PostedButton[] =>
  rows.flatMap((row) =>
    row.components.map((c) => ({ customId: "custom_id" in c ? c.custom_id : null, disabled: "disabled" in c ? (c.disabled ?? false) : false })),
  );

const buttonsOf = (answer: Answer) => posted(answerComponents(answer, codec, "1234"));

describe("answerContext", () => {
  it("reads the roles in order and the aspect shown (its button is the disabled one)", () => {
    const answer = engine.compare(["operations-manager", "office-manager", "receptionist"], "skills");
    expect(answerContext(buttonsOf(answer), codec)).toEqual({ roleIds: ["operations-manager", "office-manager", "receptionist"], aspect: "skills" });
    expect(answerContext(buttonsOf(engine.compare(["receptionist"], "outlook")), codec)).toEqual({ roleIds: ["receptionist"], aspect: "outlook" });
  });

  it("a list, a choice of roles, or a message without our buttons has no context", () => {
    expect(answerContext(buttonsOf(engine.listRoles()), codec)).toBeNull();
    const unsure = engine.ask("faciliis maager vs receptionist salary?").answer;
    expect(answerContext(posted(suggestionComponents(unsure, codec, "1234")), codec)).toBeNull();
    expect(answerContext([{ customId: "someone-elses-button" }, { customId: null }], codec)).toBeNull();
  });

  it("buttons naming a role the bot no longer knows give no context", () => {
    const answer = engine.compare(["receptionist", "secretary"], "salary");
    const older = new CustomIdCodec([...engine.roleIds, "retired-role"]);
    const stale = posted(answerComponents({ ...answer, roles: [...answer.roles, { ...answer.roles[0]!, roleId: "retired-role" }] }, older, "1234"));
    expect(answerContext(stale, codec)).toBeNull();
  });
});

describe("smallTalkMessage", () => {
  it("one line of plain content, the example in italics and /help offered, nothing the member typed", () => {
    const { answer } = engine.ask("what certifications should I get for my resume?");
    const { content } = smallTalkMessage(answer);
    expect(content).toContain(`*${answer.examples[0]}*`);
    expect(content).toContain("`/help`");
    expect(content).not.toMatch(/certification|resume/);
    expect(smallTalkMessage(engine.ask("thanks!").answer).content).toMatch(/^Glad it helped/);
  });
});
