// Envelopes become values or thrown errors so that react-query can hold them.
import { presentFieldMessage } from '../../core/validation/fieldNames.ts';
import type { ApiError, ApiErrorCode, ApiErrorReason, Envelope } from '../../api/envelope.ts';

export class EnvelopeError extends Error {
  readonly code: ApiErrorCode;
  readonly details: string[];
  /** Why the call was refused, when the screen may offer a choice (see ApiErrorReason); else null. */
  readonly reason: ApiErrorReason | null;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'EnvelopeError';
    this.code = error.code;
    this.details = error.details ?? [];
    this.reason = error.reason ?? null;
  }
}

export function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw new EnvelopeError(envelope.error);
}

/** Anything thrown, as the message and detail lines shown to the user. */
export function describeError(error: unknown): { code: ApiErrorCode; message: string; details: string[] } {
  if (error instanceof EnvelopeError) {
    // Field paths of the API ("Fältet name: …") are shown with Swedish field names (see core).
    return { code: error.code, message: presentFieldMessage(error.message), details: error.details.map(presentFieldMessage) };
  }
  return { code: 'INTERNAL', message: 'Ett oväntat fel inträffade. Inga uppgifter har ändrats.', details: [] };
}

export function isDatabaseError(error: unknown): boolean {
  return error instanceof EnvelopeError && error.code === 'DATABASE';
}
