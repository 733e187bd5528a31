// formatMoney writes whole amounts without calling into ICU: they must read exactly as en-US
// number formatting writes them.
import { describe, expect, it } from "vitest";
import { formatMoney, wholeNumber } from "../../src/answers/format-figures.js";

const WHOLE = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

describe("wholeNumber", () => {
  it("groups thousands as en-US formatting does", () => {
    const values = [
      0,
      -0,
      1,
      9,
      10,
      99,
      100,
      999,
      1000,
      1001,
      9999,
      12345,
      99999,
      100000,
      123456,
      999999,
      1000000,
      1234567,
      2 ** 31,
      2 ** 53 - 1,
      2 ** 53,
      1e21,
    ];
    for (let v = 1; v < 1e16; v = v * 7 + 3) values.push(v);
    for (const v of [...values, ...values.map((x) => -x)]) expect(wholeNumber(v), String(v)).toBe(WHOLE.format(v));
  });

  it("keeps cents for amounts that have them", () => {
    expect(formatMoney(48270)).toBe("$48,270");
    expect(formatMoney(23.5)).toBe("$23.50");
    expect(formatMoney(1234.567, "GBP")).toBe("£1,234.57");
  });
});
