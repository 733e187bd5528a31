// The previous question of each conversation (a DM channel, the terminal chat), for follow-ups:
// "what about pay?" a minute after "nurse vs paramedic" means their pay. Kept in memory only, for a
// few minutes, and for a bounded number of conversations, so a busy bot's memory stays flat.
import { FOLLOW_UP_LIMITS } from "../limits.js";
import type { FollowUpContext } from "./follow-up.js";

interface Remembered {
  context: FollowUpContext;
  at: number;
}

export class RecentQuestions {
  private readonly byConversation = new Map<string, Remembered>();

  constructor(
    private readonly windowMs: number = FOLLOW_UP_LIMITS.windowMs,
    private readonly maxConversations: number = FOLLOW_UP_LIMITS.conversations,
  ) {}

  /** Keeps the context of the answer just given (a Map keeps insertion order: re-adding moves it last). */
  remember(conversation: string, context: FollowUpContext, now: number = Date.now()): void {
    this.byConversation.delete(conversation);
    this.byConversation.set(conversation, { context, at: now });
    while (this.byConversation.size > this.maxConversations) this.byConversation.delete(this.byConversation.keys().next().value!);
  }

  /** The previous question's context, or undefined when there is none or it is older than the window. */
  recall(conversation: string, now: number = Date.now()): FollowUpContext | undefined {
    const remembered = this.byConversation.get(conversation);
    if (!remembered) return undefined;
    if (now - remembered.at > this.windowMs) {
      this.byConversation.delete(conversation);
      return undefined;
    }
    return remembered.context;
  }

  get size(): number {
    return this.byConversation.size;
  }
}
