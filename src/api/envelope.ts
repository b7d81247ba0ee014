// The one shape every API call returns, on every host (IPC, HTTP, CLI).
// Handlers throw ApiFailure; the dispatcher turns it (and anything unexpected) into an envelope.

export type ApiErrorCode =
  | 'VALIDATION' // the input was wrong; message says which field
  | 'NOT_FOUND' // the district, unit or year does not exist
  | 'CONFLICT' // the action would overwrite something without being asked to
  | 'DATABASE' // the database file was refused or could not be written
  | 'UNKNOWN_CALL'
  | 'INTERNAL';

/**
 * Why a call was refused, for a caller that can offer the user another way than correcting the
 * input: `nearDistrict` is an exchange file whose district is not in the database but near one
 * that is (`district` as in the file, `nearDistrict` as stored); importing it again with
 * `newDistrict: true` adds it as a new district on purpose.
 */
export type ApiErrorReason = { kind: 'nearDistrict'; district: string; nearDistrict: string };

export interface ApiError {
  code: ApiErrorCode;
  /** A Swedish sentence for the user. */
  message: string;
  /** Further Swedish lines, such as one per invalid field. */
  details?: string[];
  /** Machine-readable, for the few refusals a caller answers with a choice (see ApiErrorReason). */
  reason?: ApiErrorReason;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export class ApiFailure extends Error {
  readonly code: ApiErrorCode;
  readonly details: string[] | undefined;
  readonly reason: ApiErrorReason | undefined;
  constructor(code: ApiErrorCode, message: string, details?: string[], reason?: ApiErrorReason) {
    super(message);
    this.name = 'ApiFailure';
    this.code = code;
    this.details = details;
    this.reason = reason;
  }
}

export function failure(code: ApiErrorCode, message: string, details?: string[], reason?: ApiErrorReason): Envelope<never> {
  const error: ApiError = details && details.length > 0 ? { code, message, details } : { code, message };
  return { ok: false, error: reason === undefined ? error : { ...error, reason } };
}
