// The two gender terms beside men and women are one definition in core (GENDER_TERMS), and every
// output says them the same way: field names, the exchange file's messages, the key-figure labels
// and cards, the city compilation's headings, the memo's figures and gender table, the import
// preview. Headings are the terms capitalised.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENDER_HEADINGS, GENDER_TERMS, swedishFieldName } from '../../src/core/validation/fieldNames.ts';
import { COMPILATION_HEADINGS } from '../../src/core/compilation/cityCompilation.ts';
import { FIGURE_LABELS } from '../../src/core/figures/figureLabels.ts';
import { buildFigureGroups } from '../../src/core/figures/figureCards.ts';
import { computeKeyFigures } from '../../src/core/figures/keyFigures.ts';
import { figureByKey } from '../../src/core/memo/figureCatalogue.ts';
import { draftMemo } from '../../src/core/memo/drafts.ts';
import { resolveMemo } from '../../src/core/memo/resolve.ts';
import { parseUnitExchangeValue, toUnitExchangeText } from '../../src/core/exchange/unitExchangeFile.ts';
import { DEFAULTS, smallPlan, sourcesOf } from './memo/support.ts';

const participants = { enrolled: 10, men: 5, women: 2, otherGender: 1, genderUnknown: 2, queue: 0, touched: 0 };
const plan = () => ({ ...smallPlan(), participants });

describe('the gender terms', () => {
  it('are one definition, and the headings are the terms capitalised', () => {
    expect(GENDER_TERMS).toEqual({ otherGender: 'annan könstillhörighet', genderUnknown: 'okänt kön' });
    expect(GENDER_HEADINGS).toEqual({ otherGender: 'Annan könstillhörighet', genderUnknown: 'Okänt kön' });
  });

  it('name the fields, and the exchange file says them in its refusal', () => {
    expect(swedishFieldName('participants.otherGender')).toBe(GENDER_HEADINGS.otherGender);
    expect(swedishFieldName('participants.genderUnknown')).toBe(GENDER_HEADINGS.genderUnknown);
    const json = JSON.parse(toUnitExchangeText(plan()));
    json.participants.genderUnknown = 3;
    const refused = parseUnitExchangeValue(json);
    expect(!refused.ok && refused.messages[0]).toContain(`män, kvinnor, ${GENDER_TERMS.otherGender} och ${GENDER_TERMS.genderUnknown} (5 + 2 + 1 + 3)`);
  });

  it('head the city compilation and label the key figures', () => {
    expect(COMPILATION_HEADINGS.otherGender).toBe('Annan könstillhörighet');
    expect(COMPILATION_HEADINGS.genderUnknown).toBe('Okänt kön');
    expect(FIGURE_LABELS.otherGender).toBe('Annan könstillhörighet');
  });

  it('are the words of the figure card', () => {
    const groups = buildFigureGroups(computeKeyFigures(plan()), participants.genderUnknown);
    const enrolled = groups.flatMap((g) => g.cards).find((c) => c.key === 'enrolled')!;
    expect(enrolled.detail).toBe('5 män, 2 kvinnor, 1 annan könstillhörighet, 2 okänt kön');
  });

  it('name the memo figures and the rows of its gender table', () => {
    expect(figureByKey('annanKonstillhorighet')).toMatchObject({ name: 'Annan könstillhörighet', placeholder: 'annan_könstillhörighet' });
    // The placeholder stays as Word templates already use it.
    expect(figureByKey('konUppgiftSaknas')).toMatchObject({ name: 'Inskrivna med okänt kön', placeholder: 'inskrivna_utan_uppgift_om_kön' });
    const content = draftMemo('redovisning', sourcesOf(plan()), DEFAULTS, { skrivelse: null });
    const doc = resolveMemo({ ...content, options: { ...content.options, mask: false } });
    expect(doc.tables.gender!.rows.map((r) => r[0])).toEqual(['Män', 'Kvinnor', 'Annan könstillhörighet', 'Okänt kön']);
  });

  it('have no other wording left in the sources', () => {
    const root = path.resolve(import.meta.dirname, '../../src');
    const files = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
    const old = /könsidentitet|könsuppgift|uppgift om kön|utan uppgift om|annan, |okänt`/i;
    const hits = files.filter((f) => old.test(fs.readFileSync(path.join(root, f), 'utf8')));
    expect(hits).toEqual([]);
  });
});
