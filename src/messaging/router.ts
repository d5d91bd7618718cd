/**
 * The receiving end of the protocol: one table of handlers, one `handleMessage` that checks the sender,
 * validates the request, dispatches, and always answers with a Result (never throws across contexts).
 */
import type { Request, RequestOf, RequestType, ResponseOf, Result } from './protocol';
import { type Self, type SenderInfo, type SenderKind, validateRequest, validateSender } from './validate';

export interface HandlerContext {
  sender: SenderInfo;
  kind: SenderKind;
}

export type Handler<T extends RequestType> = (request: RequestOf<T>, context: HandlerContext) => Promise<ResponseOf<T>>;

/** Handlers for the request types this context answers; a missing one answers "not handled here". */
export type HandlerTable = { [T in RequestType]?: Handler<T> };

/** Which sender kinds may send a request type; absent means both. Settings change only from our own pages. */
export const SENDER_RULES: Partial<Record<RequestType, readonly SenderKind[]>> = {
  'settings/save': ['extension-page'],
};

export type MessageHandler = (message: unknown, sender: SenderInfo | undefined) => Promise<Result<unknown>>;

/** Build `handleMessage(message, sender)` over a handler table, for runtime.onMessage. */
export function createRouter(handlers: HandlerTable, self: Self): MessageHandler {
  return async (message, sender) => {
    const who = validateSender(sender, self);
    if (!who.ok) return who;
    const request = validateRequest(message);
    if (!request.ok) return { ok: false, error: `Invalid request: ${request.error}` };
    const type = request.value.type;
    const allowed = SENDER_RULES[type];
    if (allowed && !allowed.includes(who.value)) return { ok: false, error: `Refused: ${type} is not accepted from a ${who.value}.` };
    const handler = handlers[type] as Handler<typeof type> | undefined;
    if (!handler) return { ok: false, error: `Not handled here: ${type}` };
    try {
      const value = await (handler as (r: Request, c: HandlerContext) => Promise<unknown>)(request.value, { sender: sender!, kind: who.value });
      return { ok: true, value };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
