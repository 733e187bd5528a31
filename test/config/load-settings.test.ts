import { describe, expect, it } from "vitest";
import { loadSettings, SettingsError } from "../../src/config/load-settings.js";

const TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GAbCdE.abcdefghijklmnopqrstuvwxyz0123456789AB";

function problemsOf(env: Record<string, string>, require: ("DISCORD_CLIENT_ID" | "DISCORD_GUILD_ID")[] = []): string {
  try {
    loadSettings({ env, require });
  } catch (error) {
    expect(error).toBeInstanceOf(SettingsError);
    return (error as Error).message;
  }
  throw new Error("expected a SettingsError");
}

describe("loadSettings", () => {
  it("names the missing token, points to .env.example and to the terminal chat", () => {
    const message = problemsOf({});
    expect(message).toContain("DISCORD_TOKEN is not set");
    expect(message).toContain(".env.example");
    expect(message).toContain("npm run chat");
  });

  it("rejects a token pasted with the 'Bot ' prefix, without echoing it", () => {
    const message = problemsOf({ DISCORD_TOKEN: `Bot ${TOKEN}` });
    expect(message).toContain("without the 'Bot ' prefix");
    expect(message).not.toContain(TOKEN);
  });

  it("names a malformed channel id and shows what was given", () => {
    const message = problemsOf({ DISCORD_TOKEN: TOKEN, ASK_CHANNEL_IDS: "123456789012345678, general" });
    expect(message).toContain("ASK_CHANNEL_IDS");
    expect(message).toContain("general");
  });

  it("requires the client id only where asked", () => {
    expect(problemsOf({ DISCORD_TOKEN: TOKEN }, ["DISCORD_CLIENT_ID"])).toContain("DISCORD_CLIENT_ID is not set");
    expect(loadSettings({ env: { DISCORD_TOKEN: TOKEN } }).DISCORD_CLIENT_ID).toBeUndefined();
  });

  it("parses optional values and treats empty ones as unset", () => {
    const settings = loadSettings({
      env: {
        DISCORD_TOKEN: TOKEN,
        ASK_CHANNEL_IDS: "123456789012345678,223456789012345678",
        DISCORD_GUILD_ID: "",
        LOG_LEVEL: "",
        SHARD_COUNT: "4",
        DISCORD_API_BASE: "http://127.0.0.1:1234/api",
      },
    });
    expect(settings.ASK_CHANNEL_IDS).toEqual(["123456789012345678", "223456789012345678"]);
    expect(settings.DISCORD_GUILD_ID).toBeUndefined();
    expect(settings.LOG_LEVEL).toBe("info");
    expect(settings.SHARD_COUNT).toBe(4);
    expect(settings.DISCORD_API_BASE).toBe("http://127.0.0.1:1234/api");
  });

  it("pay charts are on unless PAY_CHARTS=off, and another value is named", () => {
    expect(loadSettings({ env: { DISCORD_TOKEN: TOKEN } }).PAY_CHARTS).toBe("on");
    expect(loadSettings({ env: { DISCORD_TOKEN: TOKEN, PAY_CHARTS: "off" } }).PAY_CHARTS).toBe("off");
    expect(problemsOf({ DISCORD_TOKEN: TOKEN, PAY_CHARTS: "no" })).toMatch(/PAY_CHARTS.*on or off/);
  });

  it("the chart renderer process idles out after 60 s unless PAY_CHART_IDLE_SECONDS says otherwise", () => {
    expect(loadSettings({ env: { DISCORD_TOKEN: TOKEN } }).PAY_CHART_IDLE_SECONDS).toBe(60);
    expect(loadSettings({ env: { DISCORD_TOKEN: TOKEN, PAY_CHART_IDLE_SECONDS: " 300 " } }).PAY_CHART_IDLE_SECONDS).toBe(300);
    expect(problemsOf({ DISCORD_TOKEN: TOKEN, PAY_CHART_IDLE_SECONDS: "soon" })).toMatch(/PAY_CHART_IDLE_SECONDS/);
    expect(problemsOf({ DISCORD_TOKEN: TOKEN, PAY_CHART_IDLE_SECONDS: "0" })).toMatch(/PAY_CHART_IDLE_SECONDS/);
  });

  it("rejects an unknown log level and a non-http API base", () => {
    const message = problemsOf({ DISCORD_TOKEN: TOKEN, LOG_LEVEL: "loud", DISCORD_API_BASE: "ftp://x" });
    expect(message).toContain("LOG_LEVEL");
    expect(message).toContain("DISCORD_API_BASE");
  });
});
