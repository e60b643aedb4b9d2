import { LanguageRules } from 'src/vacancies/screening/rules/rule-table';

const PAY_VERB = '(?:pagare|versare|bonificare|inviare|depositare|anticipare|corrispondere)';
const FEE_PURPOSE =
  '(?:iscrizione|registrazione|pratica|pratiche|gestione|collocamento|reclutamento|selezione|agenzia|visto|formazione|corso|viaggio|biglietto|servizio|prenotazione|domanda|contratto)';
const CURRENCY = '(?:eur|euro|€|usd|dollari|\\$)';

export const italian: LanguageRules = {
  language: 'it',
  rules: {
    feeMentions: [
      `(?:quota|tassa|costo|costi|spese|contributo|tariffa)\\s(?:di|per|della|del|dell')\\s?(?:la\\s|il\\s|l')?${FEE_PURPOSE}`,
      `${PAY_VERB}\\s(?:\\S+\\s){0,2}?\\d[\\d.,]*\\s?${CURRENCY}`,
      `(?:pagamento|pagare|versare|versamento)\\s(?:\\S+\\s){0,4}?(?:in anticipo|anticipato|prima (?:della|del|dell')\\s?(?:partenza|viaggio|arrivo|colloquio))`,
    ],
    feeDemands: [
      `(?:deve|devono|dovra|dovranno|e necessario|bisogna|e richiesto di|sono tenuti a|e tenuto a)\\s(?:\\S+\\s){0,2}?${PAY_VERB}`,
      `(?:deposito cauzionale|cauzione|caparra|anticipo|acconto)`,
      `a (?:suo|loro|vostro|proprio|tuo) carico|a carico del (?:candidato|lavoratore)|a proprie spese|trattenut[oaie] (?:dalla|dallo|dal) (?:prima\\s)?(?:stipendio|busta paga|retribuzione)`,
    ],
    documentRetention: [
      `(?:consegnare|lasciare|depositare|cedere|consegna)\\s(?:\\S+\\s){0,2}?(?:passaport[oi]|document[oi] d'identita|carta d'identita|documenti originali)`,
      `passaport[oi]\\s(?:\\S+\\s){0,4}?(?:trattenut|custodit|conservat|tenut|ritirat)\\S*`,
      `(?:noi|l'agenzia|l'azienda|il datore di lavoro)\\s(?:\\S+\\s)?(?:tratteniamo|custodiamo|conserviamo|teniamo|trattiene|custodisce|conserva|tiene)\\s(?:il|i|suo|suoi|vostro|vostri)\\s(?:\\S+\\s)?(?:passaport[oi]|documenti)`,
    ],
  },
  negations: ['non', 'mai', 'senza', 'nessun', 'nessuna', 'nessuno', 'niente', 'gratuit[oaie]', 'gratuitamente'],
  employerPays: [
    `a carico (?:del datore di lavoro|dell'azienda|della societa|nostro|della struttura)`,
    `(?:l'azienda|il datore di lavoro|noi|la struttura)\\s(?:\\S+\\s){0,2}?(?:paga|copre|sostiene|rimborsa|paghiamo|copriamo|rimborsiamo|offre|offriamo)`,
    `(?:pagat|copert|rimborsat|offert)[oaie] (?:interamente\\s)?(?:dall'azienda|dal datore di lavoro|da noi|dalla struttura)`,
    `(?:rimborsat[oaie]|offert[oaie])`,
  ],
  copyCues: ['copia', 'copie', 'fotocopia', 'fotocopie', 'scansione'],
  clauseBreaks: ['tuttavia', 'pero', 'eccetto', 'tranne'],
};
