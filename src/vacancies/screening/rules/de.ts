import { LanguageRules } from 'src/vacancies/screening/rules/rule-table';

const PAYER = '(?:sie|bewerber(?:innen)?|bewerbende|kandidat(?:en|innen)?|teilnehmer(?:innen)?|arbeitnehmer(?:innen)?)';
const MUST = '(?:mussen|muss|haben|hat|sollen|soll)';
const PAY_VERB = '(?:zahlen|bezahlen|uberweisen|entrichten|einzahlen|hinterlegen|vorstrecken|begleichen)';
// German writes fees as compounds: "Vermittlungsgebühr", "Visakosten", "Bearbeitungspauschale".
const FEE_STEM =
  '(?:vermittlungs|bearbeitungs|anmelde|registrierungs|visa|visums|schulungs|ausbildungs|kurs|agentur|service|verwaltungs|reservierungs|bewerbungs|platzierungs|rekrutierungs|einschreibe|anwerbe|vermittler|aufnahme|sprachkurs|flug|reise)';
const CURRENCY = '(?:eur|euro|€|usd|dollar|dh|dirham|mad|egp|tnd|dinar)';
const AMOUNT = `\\d[\\d.,]*\\s?${CURRENCY}`;

export const german: LanguageRules = {
  language: 'de',
  rules: {
    feeMentions: [
      `${FEE_STEM}(?:gebuhr|gebuhren|kosten|pauschale|entgelt|beitrag)`,
      `gebuhren?\\s(?:fur|von|in hohe von)\\s`,
      `(?:uberweisen|zahlen|bezahlen|entrichten)\\s(?:sie\\s)?(?:\\S+\\s){0,2}?${AMOUNT}`,
      `${AMOUNT}\\s(?:\\S+\\s){0,4}?(?:zu zahlen|zu uberweisen|zu entrichten|zahlbar|uberweisen|einzahlen)`,
    ],
    feeDemands: [
      `${PAYER}\\s(?:\\S+\\s){0,2}?${MUST}\\s(?:\\S+\\s){0,5}?${PAY_VERB}`,
      `(?:kaution|anzahlung|vorauszahlung|vorkasse|sicherheitsleistung|eigenanteil|eigenbeteiligung|schutzgebuhr)`,
      `(?:vorab|im voraus|vor (?:der |ihrer )?(?:abreise|ausreise|einreise|ankunft|visumserteilung))\\s(?:\\S+\\s){0,4}?(?:zahlen|bezahlen|uberweisen|entrichten|einzahlen|zu zahlen|zu uberweisen|zahlbar|fallig)`,
      `auf eigene kosten|selbst zu (?:tragen|zahlen|bezahlen)|vom (?:bewerber|kandidaten|arbeitnehmer) zu (?:tragen|zahlen)`,
      `vom (?:ersten\\s)?(?:lohn|gehalt) (?:abgezogen|einbehalten|verrechnet)|mit dem (?:ersten\\s)?(?:lohn|gehalt) verrechnet`,
      `western union|moneygram`,
    ],
    documentRetention: [
      // Separable verbs: "Den Pass geben Sie im Büro ab".
      `(?:reise)?(?:pass|passe|ausweis|personalausweis|papiere|originaldokumente)\\s(?:\\S+\\s)?(?:geben|gibt|handigen|handigt)\\s(?:\\S+\\s){0,6}?(?:ab|aus)`,
      `(?:reise)?(?:pass|passe|ausweis|personalausweis|ausweisdokumente|identitatsdokumente|papiere|originaldokumente|aufenthaltstitel)\\s(?:\\S+\\s){0,7}?(?:abgeben|abzugeben|aushandigen|auszuhandigen|hinterlegen|zu hinterlegen|einbehalten|verwahrt|aufbewahrt|aufbewahren|verwahren|uberlassen|abgegeben|ausgehandigt|hinterlegt|in verwahrung|eingezogen)`,
      `(?:abgabe|hinterlegung|aushandigung|einbehaltung|verwahrung|einziehung|aufbewahrung)\\s(?:\\S+\\s){0,2}?(?:reisepass|reisepasses|passes|ausweises|ausweis|papiere|ausweisdokumente|originaldokumente)`,
      `(?:wir|agentur|arbeitgeber|firma|vermittler)\\s(?:\\S+\\s){0,2}?(?:behalten|verwahren|bewahren|behalt|verwahrt|bewahrt)\\s(?:\\S+\\s){0,2}?(?:reisepass|pass|ausweis|papiere|dokumente)`,
    ],
  },
  negations: [
    'kein',
    'keine',
    'keinen',
    'keiner',
    'keinerlei',
    'nicht',
    'nie',
    'niemals',
    'ohne',
    'nichts',
    'kostenlos',
    'kostenfrei',
    'gebuhrenfrei',
  ],
  employerPays: [
    `(?:arbeitgeber|unternehmen|firma|wir|betrieb|klinik|krankenhaus|einrichtung)\\s(?:\\S+\\s){0,2}?(?:ubernimmt|ubernehmen|zahlt|zahlen|tragt|tragen|erstattet|erstatten|finanziert|finanzieren|bezahlt|bezahlen)`,
    `(?:ubernimmt|ubernehmen|tragt|tragen|zahlt|erstattet|erstatten|finanziert|bezahlt)\\s(?:\\S+\\s){0,3}?(?:arbeitgeber|unternehmen|wir|firma|klinik|betrieb)`,
    `(?:vom|durch den) (?:arbeitgeber|unternehmen|betrieb) (?:\\S+\\s)?(?:ubernommen|getragen|bezahlt|erstattet|finanziert)`,
    `(?:kostenlos|kostenfrei|gratis|unentgeltlich|erstattet)`,
  ],
  copyCues: ['kopie', 'kopien', 'scan', 'scans', 'abschrift'],
  clauseBreaks: ['aber', 'jedoch', 'allerdings', 'sondern', 'ausser'],
};
