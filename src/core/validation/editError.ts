// A refused edit, with a Swedish message naming the field or the row. Thrown by the pure edit
// functions inside the store's write transaction, so a refused edit saves nothing; the API turns
// the code into its envelope code.
export type EditErrorCode = 'VALIDATION' | 'NOT_FOUND' | 'CONFLICT';

export class EditError extends Error {
  readonly code: EditErrorCode;
  readonly details: string[] | undefined;
  constructor(code: EditErrorCode, message: string, details?: string[]) {
    super(message);
    this.name = 'EditError';
    this.code = code;
    this.details = details;
  }
}
