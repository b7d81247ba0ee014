// A short, plain description of the exchange file for the people who send and receive it.
import { Code, Table, Text } from '@mantine/core';
import { GENDER_TERMS } from '../../core/validation/fieldNames.ts';

const FIELDS: [string, string][] = [
  ['format, version', 'Alltid ”lotsplan-unit” och 1. Visar att filen kommer från Lotsplan.'],
  ['district, unit, year', 'Stadsdelsförvaltning, enhet och år. Tillsammans pekar de ut vilken plan filen gäller.'],
  ['ageFrom, ageTo', 'Målgruppens åldersgränser i år, eller null.'],
  ['caseloadPerLots', 'Planerat antal deltagare per lots på heltid, oftast 7.'],
  ['poPercent', 'PO-pålägg i procent, till exempel 39.15.'],
  ['staff', 'Tjänster: roll, titel, sysselsättningsgrad (fte, högst 1), månadslön och första och sista månad.'],
  ['otherCosts', 'Övriga kostnader: benämning och belopp i kronor.'],
  ['funding', 'Finansiering: källa, belopp i kronor och eventuell ansökningsperiod.'],
  [
    'participants',
    `Inskrivna, varav män, kvinnor och ${GENDER_TERMS.otherGender} (i äldre sammanställningar även ${GENDER_TERMS.genderUnknown}, genderUnknown), samt kö och berörda.`,
  ],
  ['demand', 'Anmälningar per månad och genomsnittlig vistelsetid i månader, eller null.'],
  ['exampleValues', 'Finns bara när lönerna och de övriga kostnaderna är påhittade exempelvärden (true), som i demodatan.'],
];

export function FormatDescription() {
  return (
    <>
      <Text size="sm" c="dimmed">
        En utväxlingsfil är en textfil i JSON-format (UTF-8) med en enhets plan för ett år. Den innehåller bara sammanräknade uppgifter – aldrig namn eller
        personnummer. Decimaltal skrivs med punkt, till exempel 0.5. Filen läses in i sin helhet eller inte alls: om ett enda fält är fel ändras ingenting, och
        meddelandet talar om vilket fält det gäller, till exempel <Code>staff[0].fte</Code> för den första tjänstens sysselsättningsgrad.
      </Text>
      <Table verticalSpacing={6} horizontalSpacing="sm" mt="sm" aria-label="Fälten i utväxlingsfilen">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={190}>Fält</Table.Th>
            <Table.Th>Innehåll</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {FIELDS.map(([field, text]) => (
            <Table.Tr key={field}>
              <Table.Td>
                <Code>{field}</Code>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{text}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
