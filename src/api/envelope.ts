// The one shape every API call returns, on every host (IPC, HTTP, CLI).
// Handlers throw ApiFailure; the dispatcher turns it (and anything unexpected) into an envelope.

export type ApiErrorCode =
  | 'VALIDATION' // the input was wrong; message says which field
  | 'NOT_FOUND' // the district, unit or year does not exist
  | 'CONFLICT' // the action would overwrite something without being asked to
  | 'DATABASE' // the database file was refused or could not be written
  | 'UNKNOWN_CALL'
  | 'INTERNAL';

export interface ApiError {
  code: ApiErrorCode;
  /** A Swedish sentence for the user. */
  message: string;
  /** Further Swedish lines, such as one per invalid field. */
  details?: string[];
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export class ApiFailure extends Error {
  readonly code: ApiErrorCode;
  readonly details: string[] | undefined;
  constructor(code: ApiErrorCode, message: string, details?: string[]) {
    super(message);
    this.name = 'ApiFailure';
    this.code = code;
    this.details = details;
  }
}

export function failure(code: ApiErrorCode, message: string, details?: string[]): Envelope<never> {
  return { ok: false, error: details && details.length > 0 ? { code, message, details } : { code, message } };
}
