/** Discord epoch (2015-01-01T00:00:00.000Z), as used in snowflake timestamps. */
const DISCORD_EPOCH = 1_420_070_400_000n;

/**
 * Returns a generator of unique, strictly increasing, well-formed snowflakes
 * (`(ms since Discord epoch) << 22 | increment`), so discord.js can derive
 * `createdTimestamp` from the ids the fake hands out.
 */
export function createSnowflakeGenerator(): () => string {
  let last = 0n;
  return () => {
    const fromClock = (BigInt(Date.now()) - DISCORD_EPOCH) << 22n;
    last = fromClock > last ? fromClock : last + 1n;
    return last.toString();
  };
}
