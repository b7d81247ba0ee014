// A valid stored memo content for the store tests (the store does not draft memos; core does).
import { SECTION_KEYS, type MemoContent, type RichText } from '../../src/core/memo/model.ts';

export const text = (t: string): RichText => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }] });

export function sampleContent(over: Partial<MemoContent> = {}): MemoContent {
  return {
    type: 'redovisning',
    metadata: {
      namnd: 'Rinkeby-Kista stadsdelsnämnd',
      forvaltning: 'Rinkeby-Kista stadsdelsförvaltning',
      avdelning: 'Avdelningen individ och familj',
      title: 'Redovisning av SIG 2020',
      subtitle: '',
      dnr: '',
      date: '',
      handlaggare: { name: '', phone: '' },
      signatories: [{ name: 'Susanne Leinsköld', title: 'Stadsdelsdirektör' }],
      bilagor: [],
      attestations: [],
    },
    skrivelse: null,
    sections: Object.fromEntries(SECTION_KEYS.map((k) => [k, k === 'bilagor' ? null : text(`Text för ${k}.`)])) as MemoContent['sections'],
    options: { mask: true, maskBelow: 3, tables: ['staffing'], charts: [] },
    figures: {
      computedAt: '2020-01-01T00:00:00.000Z',
      planUpdatedAt: '2020-01-01T00:00:00.000Z',
      values: { lotsar: { key: 'lotsar', value: 4, computedAt: '2020-01-01T00:00:00.000Z' } },
      series: { forecastMonths: [], queueP50: [], queueP90: [], probabilityOfWaiting: [], expectedEnrolled: [], scenarios: [], staff: [], statistics: [] },
    },
    ...over,
  };
}
