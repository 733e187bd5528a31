import type { IncomingHttpHeaders } from "node:http";
import type { RecordedFile } from "./http-body.js";

/** One REST call the bot made to the fake. */
export interface RecordedRequest {
  method: string;
  /**
   * Decoded path relative to the versioned API root, e.g. `/channels/123/messages` or
   * `/webhooks/1/tok/messages/@original` (`%40original` is decoded).
   */
  path: string;
  /** The raw request target as received, e.g. `/api/v10/interactions/1/tok/callback?with_response=false`. */
  rawUrl: string;
  query: Record<string, string>;
  /** Parsed JSON body; for multipart requests, the parsed `payload_json`. `undefined` without a body. */
  body: unknown;
  /** Files of a multipart request (empty otherwise). */
  files: RecordedFile[];
  headers: IncomingHttpHeaders;
  /** Status code the fake answered with. */
  status: number;
  /** Milliseconds since the fake started, when the request was received. */
  at: number;
}

export type RequestPredicate = (request: RecordedRequest) => boolean;

interface Waiter {
  predicate: RequestPredicate;
  resolve: (request: RecordedRequest) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** Keeps every REST request and lets tests wait for one that matches. */
export class RequestRecorder {
  private readonly log: RecordedRequest[] = [];
  private readonly waiters = new Set<Waiter>();

  get requests(): readonly RecordedRequest[] {
    return this.log;
  }

  record(request: RecordedRequest): void {
    this.log.push(request);
    for (const waiter of [...this.waiters]) {
      if (waiter.predicate(request)) {
        this.waiters.delete(waiter);
        clearTimeout(waiter.timer);
        waiter.resolve(request);
      }
    }
  }

  /**
   * Resolves with the first recorded request (already recorded ones included, oldest first) that
   * matches; otherwise waits for one. Rejects after `timeoutMs` with a list of what was recorded.
   */
  waitFor(predicate: RequestPredicate, timeoutMs = 5_000): Promise<RecordedRequest> {
    const existing = this.log.find(predicate);
    if (existing) return Promise.resolve(existing);
    return new Promise<RecordedRequest>((resolve, reject) => {
      const waiter: Waiter = {
        predicate,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          const seen = this.log.map((r) => `${r.method} ${r.path} -> ${r.status}`).join("\n  ");
          reject(new Error(`fake-discord: no matching request within ${timeoutMs} ms. Recorded:\n  ${seen || "(none)"}`));
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  clear(): void {
    this.log.length = 0;
  }

  /** Rejects pending waiters (used when the fake closes). */
  close(): void {
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error("fake-discord: closed while waiting for a request"));
    }
    this.waiters.clear();
  }
}
