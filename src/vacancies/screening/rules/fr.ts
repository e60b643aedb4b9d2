import { LanguageRules } from 'src/vacancies/screening/rules/rule-table';

const PAYER = '(?:vous|les candidats?|le candidat|chaque candidat|les travailleurs|le travailleur|candidats?)';
const MUST = '(?:devez|devrez|devra|devront|doit|doivent|aurez a|aura a|auront a|est tenu de|etes tenus? de)';
const PAY_VERB = "(?:payer|verser|regler|transferer|envoyer|s'acquitter|deposer|avancer|financer)";
const FEE_PURPOSE =
  '(?:dossier|inscription|placement|recrutement|agence|visa|formation|traitement|gestion|service|reservation|candidature|voyage|billet|transport|administratifs?|medicaux|procedure|selection|intermediation|contrat)';
const CURRENCY = '(?:eur|euros?|€|usd|dollars?|dh|dhs|dirhams?|mad|dinars?|tnd|dzd|fcfa|cfa)';
const AMOUNT = `\\d[\\d.,\\s]*\\s?${CURRENCY}`;

export const french: LanguageRules = {
  language: 'fr',
  rules: {
    feeMentions: [
      `frais\\s(?:de\\s|d')?${FEE_PURPOSE}`,
      `${PAY_VERB}\\s(?:\\S+\\s){0,3}?${AMOUNT}`,
      `(?:a payer|a regler|a verser|payable|paiement|versement)\\s(?:\\S+\\s){0,4}?(?:avant (?:le |votre |l')?(?:depart|arrivee|voyage|entretien|visa)|a l'avance|au prealable|d'avance)`,
    ],
    feeDemands: [
      `${PAYER}\\s(?:\\S+\\s){0,2}?${MUST}\\s(?:d'abord\\s|egalement\\s)?${PAY_VERB}`,
      `(?:caution|depot de garantie|acompte|avance de frais|cotisation|participation financiere|versement initial)`,
      `paiement (?:prealable|anticipe|initial)`,
      `a vos (?:propres\\s)?frais|a votre charge|a la charge du (?:candidat|travailleur)|aux frais du (?:candidat|travailleur)`,
      `(?:retenus?|retenues?|deduits?|deduites?|preleves?)\\s(?:\\S+\\s)?sur (?:votre |le |leur )?(?:premier\\s)?(?:salaire|paie)`,
      `western union|moneygram|mandat cash`,
    ],
    documentRetention: [
      `(?:remettre|deposer|confier|laisser|ceder|envoyer|remise|depot)\\s(?:\\S+\\s){0,2}?(?:passeports?|pieces? d'identite|cartes? d'identite|documents? d'identite|titres? de sejour|papiers|documents originaux)`,
      `(?:passeports?|papiers|pieces? d'identite|documents? d'identite)\\s(?:\\S+\\s){0,4}?(?:conserves?|gardes?|retenus?|confisques?|en lieu sur|en securite|sous notre garde|a l'agence)`,
      `(?:nous|l'agence|l'employeur|l'entreprise|notre agence)\\s(?:\\S+\\s)?(?:conserv|gard)\\S*\\s(?:votre|vos|le|les)\\s(?:passeports?|papiers|documents)`,
      `(?:passeports?|papiers)\\sen (?:garantie|gage|caution)`,
    ],
  },
  negations: ['aucun', 'aucune', 'pas', 'jamais', 'sans', 'ni', 'rien', 'gratuite?s?', 'gratuitement'],
  employerPays: [
    `pris(?:es?)? en charge`,
    `rembourses?|remboursees?|offerts?|offertes?`,
    `prend en charge|prenons en charge`,
    `a la charge (?:de l'employeur|de l'entreprise|de la societe|du recruteur|de notre (?:societe|entreprise))`,
    `aux frais de (?:l'employeur|l'entreprise|la societe)`,
    `(?:l'employeur|l'entreprise|nous|la societe|l'hopital|la clinique)\\s(?:\\S+\\s){0,2}?(?:paie|paye|payons|rembourse|remboursons|finance|financons|couvre|couvrons|offre|offrons|assume|assumons)`,
    `(?:payes?|payees?|rembourses?|remboursees?|finances?|financees?|couverts?|couvertes?|offerts?|offertes?)\\s(?:integralement\\s)?par (?:l'employeur|l'entreprise|nous|la societe|l'hopital)`,
  ],
  copyCues: ['copies?', 'photocopies?', 'scans?', 'numerisee?s?'],
  clauseBreaks: ['mais', 'cependant', 'toutefois', 'en revanche', 'sauf'],
};
