// Catalogue, part 6: what is not covered yet. Lotsplan has no .xlsx (or CSV) import so far, so
// these cases are listed as todo; each becomes a real case when the import exists.
import { describe, it } from 'vitest';

describe('xlsx import (not built yet)', () => {
  it.todo('a zip bomb in an .xlsx (tiny file, gigabytes unpacked) is refused before unpacking it all – there is no .xlsx import yet');
  it.todo('an .xlsx whose sheet XML has millions of rows or a billion-laughs entity is refused – there is no .xlsx import yet');
  it.todo('a .docx renamed to .xlsx is refused as "not an Excel workbook" – there is no .xlsx import yet');
  it.todo('a PNG or a text file renamed to .xlsx is refused – there is no .xlsx import yet');
  it.todo('an .xlsx with text, NaN-like text or 1e308 in number cells names the sheet, row and column – there is no .xlsx import yet');
  it.todo('a password-protected (encrypted) .xlsx is refused with a message about the password – there is no .xlsx import yet');
  it.todo('a CSV in Latin-1 or with semicolons and decimal commas – there is no CSV import yet');
});
