// The PostgreSQL settings listener's connection life: its client goes back to the pool exactly once,
// whatever order a stop, a failed LISTEN and the connection's "error" events come in. On a stand-in
// pool whose clients throw on a second release, as pg-pool's do.
import { EventEmitter } from "node:events";
import type pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { listenForSettingsChanges } from "../../src/storage/postgres-notify.js";

class FakeClient extends EventEmitter {
  released = 0;
  constructor(private readonly listen: () => Promise<unknown>) {
    super();
  }
  query(): Promise<unknown> {
    return this.listen();
  }
  release(): void {
    if (++this.released > 1) throw new Error("Release called on client which has already been released to the pool.");
  }
}

function fakePool(listen: () => Promise<unknown> = () => Promise.resolve()) {
  const clients: FakeClient[] = [];
  const pool = {
    connect: async () => {
      const client = new FakeClient(listen);
      clients.push(client);
      return client;
    },
  } as unknown as pg.Pool;
  return { pool, clients };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("listenForSettingsChanges", () => {
  it("an error after a stop (the server ending the connection) neither releases the client again nor reports", async () => {
    const { pool, clients } = fakePool();
    const onError = vi.fn();
    const stop = listenForSettingsChanges(pool, () => {}, onError);
    await settle();
    await stop();
    expect(() => clients[0]!.emit("error", new Error("terminating connection due to administrator command"))).not.toThrow();
    expect(clients[0]!.released).toBe(1);
    expect(onError).not.toHaveBeenCalled();
  });

  it("an error while listening releases the client once, reports once and reconnects", async () => {
    vi.useFakeTimers();
    try {
      const { pool, clients } = fakePool();
      const onError = vi.fn();
      const onChange = vi.fn();
      const stop = listenForSettingsChanges(pool, onChange, onError);
      await vi.advanceTimersByTimeAsync(0);
      clients[0]!.emit("error", new Error("connection lost"));
      clients[0]!.emit("error", new Error("connection lost, again"));
      expect(clients[0]!.released).toBe(1);
      expect(onError).toHaveBeenCalledTimes(1);
      await vi.advanceTimersByTimeAsync(5_000);
      expect(clients).toHaveLength(2);
      // Back online: changes may have been missed meanwhile.
      expect(onChange).toHaveBeenCalledWith(null);
      await stop();
      expect(clients[1]!.released).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it("a LISTEN that fails with an error event as well is handled once", async () => {
    let client: FakeClient | undefined;
    const { pool, clients } = fakePool(() => {
      client!.emit("error", new Error("connection lost"));
      return Promise.reject(new Error("connection lost"));
    });
    const connect = pool.connect.bind(pool);
    (pool as unknown as { connect: () => Promise<FakeClient> }).connect = async () => (client = (await connect()) as unknown as FakeClient);
    const onError = vi.fn();
    const stop = listenForSettingsChanges(pool, () => {}, onError);
    await settle();
    expect(clients[0]!.released).toBe(1);
    expect(onError).toHaveBeenCalledTimes(1);
    await stop();
  });

  it("a stop while connecting gives the client back as soon as it comes", async () => {
    const { pool, clients } = fakePool();
    const stop = listenForSettingsChanges(
      pool,
      () => {},
      () => {},
    );
    await stop();
    await settle();
    expect(clients[0]!.released).toBe(1);
  });
});
