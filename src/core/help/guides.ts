// The Hjälp section's guides: short, offline, in Swedish. Content as data, so that the page only
// lays it out and a test can check that every guide is there and says what it must. The names of
// the forecast's risk measures come from the forecast itself, so the guide and the screen agree.
import { RISK_MEASURES } from '../forecast/riskMeasures.ts';

export type HelpBlock =
  | { kind: 'text'; text: string }
  | { kind: 'steps'; items: readonly string[] }
  | { kind: 'terms'; items: readonly { term: string; text: string }[] };

export interface HelpGuide {
  /** Stable id, used as the section's anchor. */
  id: string;
  title: string;
  /** One sentence: what the guide is about. */
  summary: string;
  blocks: readonly HelpBlock[];
}

export const HELP_GUIDES: readonly HelpGuide[] = [
  {
    id: 'forsta-stegen',
    title: 'Första stegen',
    summary: 'Så kommer du i gång med en egen plan eller med demodata.',
    blocks: [
      {
        kind: 'text',
        text: 'Lotsplan sparar allt i en fil på den här datorn. Ingenting skickas över nätet. Första gången programmet startar är databasen tom.',
      },
      {
        kind: 'steps',
        items: [
          'Välj din stadsdel och skriv enhetens namn, året, PO-pålägget och hur många deltagare en lots har samtidigt. Lotsplan skapar då en tom plan för året.',
          'Lägg in tjänsterna under Bemanning och budget: titel, omfattning, månadslön och vilka månader tjänsten finns.',
          'Fyll i övriga kostnader och finansieringen. Översikten visar sedan årskostnad, resultat och nyckeltal, med formeln och siffrorna bakom varje tal.',
          'Vill du först se hur programmet fungerar kan du i stället läsa in demodata. Demodatans löner är exempelvärden och märks så överallt.',
        ],
      },
      {
        kind: 'text',
        text: 'Stadsdel, enhet och år väljer du överst på sidan. Lotsplan kommer ihåg var du var senast och öppnar där nästa gång; uppgiften sparas i databasfilen.',
      },
    ],
  },
  {
    id: 'prognosen',
    title: 'Så fungerar prognosen',
    summary: 'Vad prognosen bygger på och vad de tre riskmåtten betyder.',
    blocks: [
      {
        kind: 'text',
        text: 'Prognosen räknar månad för månad på hur många som anmäls, hur länge de är inskrivna och hur många platser lotsarna ger (antal lotsar gånger deltagare per lots). Den som anmäls när alla platser är upptagna får vänta i kö. Eftersom anmälningar och avslut varierar visar prognosen ett utfallsband: åtta av tio utfall hamnar inom det skuggade området (P10–P90).',
      },
      {
        kind: 'text',
        text: 'Prognosen redovisar tre olika mått på risken att behöva vänta. De besvarar olika frågor och ska inte blandas ihop:',
      },
      {
        kind: 'terms',
        items: [
          { term: RISK_MEASURES.month.name, text: RISK_MEASURES.month.explanation },
          { term: RISK_MEASURES.monthEndQueue.name, text: RISK_MEASURES.monthEndQueue.explanation },
          { term: RISK_MEASURES.longRun.name, text: RISK_MEASURES.longRun.explanation },
        ],
      },
      {
        kind: 'text',
        text: 'Sammanfattningen i ord läser av prognosen för den månad du väljer. Ett tillfälligt lågt värde en enskild månad är inte detsamma som utsikterna på lång sikt; jämför därför alltid med måttet på lång sikt innan du drar slutsatser.',
      },
      {
        kind: 'text',
        text: 'Antagandena (anmälningar per månad, vistelsetid, säsong och tillfälliga ökningar) kan prövas mot enhetens egen månadsstatistik. Rekommendationen anger det minsta antal lotsar som håller risken inom målet.',
      },
    ],
  },
  {
    id: 'scenarier',
    title: 'Scenarier',
    summary: 'Jämför varianter av planen utan att ändra den.',
    blocks: [
      {
        kind: 'text',
        text: 'Ett scenario är en variant av den sparade planen, till exempel ”En lots till” eller ”Ökat tryck”. Planen ändras inte när du skapar eller ändrar ett scenario.',
      },
      {
        kind: 'steps',
        items: [
          'Gå till Scenarier och välj Nytt scenario.',
          'Välj en mall eller beskriv ändringen själv, och ge scenariot ett namn.',
          'Kryssa i upp till fyra scenarier. Jämförelsen visar kostnader, resultat och köprognos för varje scenario, med skillnaden mot planen under varje värde.',
        ],
      },
      {
        kind: 'text',
        text: 'Ett scenario kan göras till plan för nästa år. Planen för det valda året ändras inte.',
      },
    ],
  },
  {
    id: 'statistik',
    title: 'Månadsstatistik och import',
    summary: 'Enhetens egna siffror per månad, och hur de läses in från en fil.',
    blocks: [
      {
        kind: 'text',
        text: 'Månadsstatistiken innehåller bara antal per månad: anmälningar, nya inskrivningar, avslut, inskrivna och kö vid månadens slut, och avslut efter vistelsetid. Uppgifter om enskilda personer ska aldrig föras in.',
      },
      {
        kind: 'steps',
        items: [
          'Lägg till en månad i taget under Månadsstatistik, eller läs in flera månader från en Excel- eller CSV-fil.',
          'Lotsplan kontrollerar filen innan något sparas. Ett fel anges med rad och kolumn, och då läses ingenting in.',
          'Skattningen för prognosen visar vilka anmälningar och vilken vistelsetid enhetens siffror pekar på.',
        ],
      },
    ],
  },
  {
    id: 'skicka-siffror',
    title: 'Skicka siffror till socialförvaltningen',
    summary: 'Utväxlingsfilen och sammanställningen för hela staden.',
    blocks: [
      {
        kind: 'text',
        text: 'En enhets plan flyttas mellan datorer med en utväxlingsfil. Filen innehåller planens siffror, inga uppgifter om enskilda, och märkningen om siffrorna är exempelvärden följer med.',
      },
      {
        kind: 'steps',
        items: [
          'Välj enhet och år och gå till Importera och exportera. Välj Exportera och spara filen.',
          'Skicka filen till socialförvaltningen på det sätt som förvaltningen anvisar.',
          'Socialförvaltningen importerar filerna från stadsdelarna. Innan en befintlig plan ersätts visar Lotsplan vad som ändras och frågar först.',
          'Under Hela staden visas alla enheters planer för året med summor för staden. Små antal per kön kan döljas innan sammanställningen exporteras till Excel.',
        ],
      },
    ],
  },
  {
    id: 'sakerhetskopior',
    title: 'Säkerhetskopior',
    summary: 'När kopior tas, var de finns och hur de återställs.',
    blocks: [
      {
        kind: 'text',
        text: 'Lotsplan tar en säkerhetskopia automatiskt när programmet startar (om den senaste är äldre än 12 timmar), före varje import och före varje återställning. Du kan också ta en kopia när du vill under Om databasen; de tas aldrig bort automatiskt.',
      },
      {
        kind: 'steps',
        items: [
          'Gå till Om databasen. Där listas kopiorna, nyaste först.',
          'Välj Återställ vid den kopia du vill gå tillbaka till. Den nuvarande databasen sparas först som en ny säkerhetskopia.',
          'Exportera en säkerhetskopia för att spara den någon annanstans, till exempel i en nätverksmapp. Filen har en kontrollsumma, så att en skadad kopia upptäcks innan den används.',
        ],
      },
    ],
  },
  {
    id: 'tjansteutlatanden',
    title: 'Tjänsteutlåtanden',
    summary: 'Skriv till nämnden med siffrorna direkt ur planen.',
    blocks: [
      {
        kind: 'text',
        text: 'Ett tjänsteutlåtande skrivs med siffrorna som brickor: talen hämtas ur planen, prognosen och statistiken och skrivs med samma format som på skärmen.',
      },
      {
        kind: 'steps',
        items: [
          'Gå till Tjänsteutlåtanden och välj Nytt tjänsteutlåtande. Välj typ, till exempel svar på skrivelse.',
          'Skriv texten och infoga siffror med knappen för siffror. Förhandsgranskningen visar A4-sidan.',
          'Har planen ändrats sedan siffrorna hämtades visar Uppdatera siffror vad som skiljer, och du väljer själv vad som ska bytas.',
          'Exportera till Word eller till en taggad PDF. Förvaltningens egen Word-mall kan användas.',
        ],
      },
    ],
  },
];
