/**
 * What the card and the selection-note features need from the outside world (messaging, clock, ids),
 * as one injectable object, so unit tests run them in jsdom without a browser.
 */
import type { Request, ResponseOf, Result } from '../../messaging/protocol';

/** Sends a request to the background and resolves to its Result (never rejects). */
export type Messenger = <R extends Request>(request: R) => Promise<Result<ResponseOf<R['type']>>>;

/** Handles an incoming request; returns undefined for requests this feature does not own. */
export type RequestHandler = (request: Request) => Promise<unknown> | undefined;

export interface FeatureDeps {
  send: Messenger;
  /** Subscribes a handler to requests sent to this tab; returns an unsubscribe function. */
  listen: (handler: RequestHandler) => () => void;
  now: () => Date;
  newId: () => string;
}
