// The names and one-sentence explanations of the forecast's three measures of waiting (see
// riskMeasures.ts, which also builds the month-check sentences). Kept apart so that the plain-Swedish
// summary (describe.ts), which riskMeasures.ts itself uses, can name the measures the same way.
export interface RiskMeasure {
  /** The name, as a heading or a label. */
  name: string;
  /** What it means, in one sentence. */
  explanation: string;
  /** The name inside a sentence, definite and in lower case: "risken att behöva vänta". */
  inSentence: string;
}

export const RISK_MEASURES = {
  month: {
    name: 'Risk att behöva vänta, per månad',
    explanation: 'Andelen av dem som anmäls under månaden som inte kan skrivas in direkt utan får vänta på en plats.',
    inSentence: 'risken att behöva vänta',
  },
  monthEndQueue: {
    name: 'Kö vid månadens slut',
    explanation: 'Sannolikheten att minst en person står i kö den sista dagen i månaden; den säger inte hur många av de anmälda som fick vänta.',
    inSentence: 'kön vid månadens slut',
  },
  longRun: {
    name: 'Risk att behöva vänta på lång sikt',
    explanation:
      'Andelen av de anmälda som får vänta när läget har stabiliserats, om anmälningarna och bemanningen i prognosens sista månad håller i sig (Erlang C).',
    inSentence: 'risken att behöva vänta på lång sikt',
  },
} as const satisfies Record<string, RiskMeasure>;
