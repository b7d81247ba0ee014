// What each memo type is for, in one line, for the "Nytt tjänsteutlåtande" dialog.
import type { MemoType } from '../../core/memo/model.ts';

export const MEMO_TYPE_DESCRIPTIONS: Record<MemoType, string> = {
  skrivelse: 'Besvarar en skrivelse från ledamöter i nämnden: varje fråga citeras och besvaras med enhetens aktuella siffror.',
  redovisning: 'Redovisar årets verksamhet: kostnader mot finansiering, deltagare efter kön och månadsstatistiken.',
  bemanning: 'Underlag för beslut om fler lotsar eller ansökan om medel: marginalkostnad och prognos med och utan.',
  eget: 'Standardrubrikerna i fast ordning med tomma texter att skriva själv.',
};

/** The two questions every unit gets in a skrivelse (the reference memo); Lotsplan drafts their answers. */
export const STANDARD_SKRIVELSE_QUESTIONS = [
  'Är verksamheten befriad från besparingskrav?',
  'Är verksamheten rustad för ett högre tryck eller riskerar man att få en väntelista?',
];
