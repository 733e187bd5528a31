// `npm run chat` as a member uses it: the previous question is the context of the next message
// ("what about pay?"), chat gets a short line in kind, and a follow-up with nothing before it is chat.
import { beforeAll, describe, expect, it } from "vitest";
import { runTsx as run, type Run } from "../support/run-tsx.js";

const SESSION = [
  "what about pay?",
  "receptionist vs secretary skills",
  "what about pay?",
  "thanks!",
  "what about an office manager?",
  "hi",
  "vs a bookkeeper?",
  "exit",
];

let chat: Run;
/** What the chat printed for each line typed, in order (the banner before the first is dropped). */
let replies: string[];

beforeAll(async () => {
  chat = await run("src/cli/chat.ts", ["--curated"], `${SESSION.join("\n")}\n`);
  replies = chat.stdout.split("you> ").slice(1);
}, 60_000);

describe("chat: follow-ups and small talk", () => {
  it("answers every line and says bye", () => {
    expect(chat.code, chat.stderr).toBe(0);
    expect(replies).toHaveLength(SESSION.length);
    expect(replies.at(-1)!.trim()).toBe("Bye!");
  });

  it("a follow-up before any question is chat: what the bot can answer, with an example", () => {
    expect(replies[0]!.trim()).toMatch(/^I answer questions about jobs.*For example: "/);
  });

  it('"what about pay?" after a question is that question\'s roles, their pay', () => {
    expect(replies[1]).toMatch(/Receptionist vs Secretary: Skills/);
    expect(replies[2]).toMatch(/Receptionist vs Secretary: Salary/);
  });

  it("thanks and hi get a line in kind, and do not end the conversation", () => {
    expect(replies[3]!.trim()).toMatch(/^Glad it helped/);
    expect(replies[5]!.trim()).toMatch(/^Hi! Ask me how two jobs differ/);
  });

  it('"what about X" swaps the second role; "vs X" adds X beside the roles shown', () => {
    expect(replies[4]).toMatch(/Receptionist vs Office Manager: Salary/);
    expect(replies[6]).toMatch(/Receptionist vs Office Manager vs Bookkeeper: Salary/);
  });
});
