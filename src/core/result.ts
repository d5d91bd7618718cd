/** An outcome as a value: how errors cross boundaries (messages, storage calls, UIs) without throwing. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };
