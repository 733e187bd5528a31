// Buttons already posted in Discord keep their custom ids forever. These literal ids are what the
// bot wrote before aspects had codes (when the code was the aspect's position); they must decode to
// the same action, and encoding that action must give the same id, whatever aspects are added.
import { beforeAll, describe, expect, it } from "vitest";
import { ASPECTS, ASPECT_IDS, aspectByCode } from "../../src/knowledge/aspects.js";
import { loadKnowledge } from "../../src/knowledge/load-knowledge.js";
import { CustomIdCodec, type ButtonAction } from "../../src/render/discord/custom-ids.js";

let codec: CustomIdCodec;
beforeAll(async () => {
  codec = new CustomIdCodec((await loadKnowledge()).roles.keys());
});

const POSTED: [string, ButtonAction][] = [
  ["rc:a:0:1hka9xu:42", { kind: "aspect", aspect: "overview", roleIds: ["receptionist"], askerId: "42" }],
  ["rc:a:1:1vq3036.10g2kbx:7", { kind: "aspect", aspect: "duties", roleIds: ["bookkeeper", "secretary"], askerId: "7" }],
  ["rc:a:2:1vq3036:7", { kind: "aspect", aspect: "requirements", roleIds: ["bookkeeper"], askerId: "7" }],
  ["rc:a:3:1vq3036:7", { kind: "aspect", aspect: "environment", roleIds: ["bookkeeper"], askerId: "7" }],
  ["rc:p:4:10g2kbx.1hka9xu:7", { kind: "pick", aspect: "skills", roleIds: ["secretary", "receptionist"], askerId: "7" }],
  [
    "rc:a:5:tfnc5n.1grf91h:123456789012345678",
    { kind: "aspect", aspect: "salary", roleIds: ["office-manager", "operations-manager"], askerId: "123456789012345678" },
  ],
  [
    "rc:p:6:uw1gcc.1l5kz2d.1u9j8tw:98765432109876543",
    {
      kind: "pick",
      aspect: "career",
      roleIds: ["administrative-services-manager", "customer-service-manager", "human-resources-manager"],
      askerId: "98765432109876543",
    },
  ],
  // "Switch to" an occupation sharing the interpreted title: "s", added beside the others, never renumbered.
  ["rc:s:5:1grf91h.1hka9xu:42", { kind: "switch", aspect: "salary", roleIds: ["operations-manager", "receptionist"], askerId: "42" }],
  ["rc:x:7", { kind: "dismiss", askerId: "7" }],
  ["rc:l:2:7", { kind: "page", page: 2, askerId: "7" }],
];

describe("posted button ids", () => {
  it.each(POSTED)("%s still means the same action, both ways", (customId, action) => {
    expect(codec.decode(customId)).toEqual(action);
    expect(codec.encode(action)).toBe(customId);
  });

  it("every aspect has its own code, and a code no aspect has decodes to nothing", () => {
    const codes = ASPECT_IDS.map((id) => ASPECTS[id].code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const id of ASPECT_IDS) {
      expect(aspectByCode(ASPECTS[id].code)).toBe(id);
      // Codes sit between ":" separators in a 100-character id: short and separator-free.
      expect(ASPECTS[id].code).toMatch(/^[0-9a-z]{1,2}$/);
    }
    expect(codec.decode("rc:a:zz:1hka9xu:42")).toBeNull();
  });

  it("the outlook aspect has a code of its own and round-trips", () => {
    const action: ButtonAction = { kind: "aspect", aspect: "outlook", roleIds: ["receptionist"], askerId: "42" };
    expect(codec.encode(action)).toBe(`rc:a:${ASPECTS.outlook.code}:1hka9xu:42`);
    expect(codec.decode(codec.encode(action))).toEqual(action);
  });
});
