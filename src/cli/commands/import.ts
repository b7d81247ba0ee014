import path from 'node:path';
import { DB_OPTION, defineCommand } from './types.ts';
import { withSession } from '../withSession.ts';
import { EXIT_FAILED, EXIT_OK, UsageError } from '../io.ts';
import { readTextFileLimited } from '../readTextFile.ts';
import type { CallOutput } from '../../api/contracts/index.ts';

/** The changes of a preview, one indented line each ("  Total kostnad: 4 189 826 kr → 4 250 000 kr"). */
function previewLines(p: CallOutput<'previewImportExchange'>): string {
  const lines = [...p.changes.map((c) => `${c.label}: ${c.before} → ${c.after}`), ...p.staffDetails];
  return lines.map((l) => `  ${l}\n`).join('');
}

export const importCommand = defineCommand({
  name: 'import',
  summary: 'Läser in en utväxlingsfil (JSON). Allt eller inget; en plan för samma enhet och år ersätts bara med --replace.',
  positionals: [{ name: 'FIL', description: 'Utväxlingsfilen som ska läsas in.' }],
  options: {
    db: DB_OPTION,
    replace: { type: 'boolean', description: 'Ersätt planen om samma enhet och år redan finns (utan flaggan visas bara vad som skulle ändras).' },
    'new-district': {
      type: 'boolean',
      description:
        'Lägg till filens stadsdel som en ny stadsdel även om namnet liknar en som redan finns (utan flaggan vägras en sådan fil som en trolig felstavning).',
    },
  },
  examples: ['npx lotsplan import rinkeby-kista-2020.json --db /tmp/lotsplan.sqlite', 'npx lotsplan import rinkeby-kista-2020.json --replace'],
  async run({ values, positionals }, io) {
    const [file, ...extra] = positionals;
    if (!file) throw new UsageError('Ange filen som ska läsas in, till exempel: lotsplan import fil.json');
    if (extra.length > 0) throw new UsageError(`Ange bara en fil åt gången (fick också ${extra.join(', ')}).`);
    const filePath = path.resolve(io.cwd, file);
    const text = await readTextFileLimited(filePath);
    if (!text.ok) {
      io.stderr(`Fel: ${text.message}\n`);
      return EXIT_FAILED;
    }
    return withSession(io, values.db, { create: true, calls: ['exchange'] }, async (session) => {
      // Ask first: a plan already in the database is replaced only with --replace.
      const input = { text: text.text, fileName: filePath, ...(values['new-district'] === true ? { newDistrict: true } : {}) };
      const p = await session.run('previewImportExchange', input);
      if (p.exists && p.identical) {
        io.stdout(`${p.district}, ${p.unit} ${p.year} finns redan i ${session.dbPath} med samma uppgifter som i filen. Ingenting har ändrats.\n`);
        return EXIT_OK;
      }
      if (p.exists && values.replace !== true) {
        io.stderr(`${p.summary}\n${previewLines(p)}Ingenting har ändrats. Ange --replace för att ersätta planen.\n`);
        return EXIT_FAILED;
      }
      const { district, unit, year, replaced } = await session.run('importExchange', input);
      io.stdout(`${district}, ${unit} ${year} har ${replaced ? 'ersatts' : 'lästs in'} i ${session.dbPath}.\n${replaced ? previewLines(p) : ''}`);
      return EXIT_OK;
    });
  },
});
