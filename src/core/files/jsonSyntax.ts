// Where a JSON text is broken, in Swedish, from the error JSON.parse throws: the exchange file and
// the monthly statistics in JSON say it the same way.

/** "Filen är inte giltig JSON. Felet finns nära rad 3, kolumn 19." for the error of JSON.parse. */
export function invalidJsonMessage(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  const at = /line (\d+) column (\d+)/.exec(detail);
  const where = at ? ` Felet finns nära rad ${at[1]}, kolumn ${at[2]}.` : jsonErrorHint(detail);
  return `Filen är inte giltig JSON.${where}`;
}

/** A Swedish hint for V8's JSON errors that give no position (an unexpected token, a cut-off file). */
function jsonErrorHint(detail: string): string {
  if (/Unexpected end of JSON input/.test(detail)) return ' Filen tar slut mitt i innehållet; den kan vara avkortad.';
  const token = /^Unexpected token '(.)'/.exec(detail)?.[1];
  if (token === undefined || token < ' ') return '';
  const numbers = token === 'N' || token === 'I' ? ' (NaN och Infinity är inte tillåtna tal i JSON)' : '';
  return ` Tecknet ”${token}” står där det inte får stå${numbers}.`;
}
