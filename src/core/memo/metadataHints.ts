// The grey hints in the empty fields of a memo's metadata. Each starts with "t.ex." and is built
// from the memo's own district and year, so that a hint is never read as a value already filled
// in, nor as another district's ("Rinkeby-Kista stadsdelsnämnd" shown to a unit in Farsta).

export interface MemoMetadataHints {
  subtitle: string;
  namnd: string;
  forvaltning: string;
  avdelning: string;
  dnr: string;
  signatoryTitle: string;
  attestationDate: string;
}

export function memoMetadataHints(district: string, year: number): MemoMetadataHints {
  const name = district.trim();
  return {
    subtitle: 't.ex. Svar på skrivelse från …',
    namnd: name === '' ? 't.ex. stadsdelsnämnden' : `t.ex. ${name} stadsdelsnämnd`,
    forvaltning: name === '' ? 't.ex. stadsdelsförvaltningen' : `t.ex. ${name} stadsdelsförvaltning`,
    avdelning: 't.ex. Avdelningen individ och familj',
    dnr: `t.ex. ${year}/123`,
    signatoryTitle: 't.ex. stadsdelsdirektör',
    attestationDate: `t.ex. ${year}-01-22`,
  };
}
