import { LanguageRules } from 'src/vacancies/screening/rules/rule-table';

const PAYER =
  '(?:you|candidates?|applicants?|workers?|the (?:worker|candidate|applicant)|each (?:worker|candidate|applicant)|selected candidates?)';
const MUST =
  '(?:must|will|shall|need to|needs to|have to|has to|should|are (?:required|expected|asked) to|is (?:required|expected|asked) to)';
const PAY_VERB = '(?:pay|transfer|send|deposit|cover|contribute|remit|wire|advance)';
const FEE_NOUN = '(?:fees?|costs?|charges?|payments?|deposits?|contributions?)';
const FEE_PURPOSE =
  '(?:registration|processing|placement|recruitment|recruiting|agency|application|administration|administrative|service|visa|permit|training|course|medical|booking|reservation|file|handling|enrol?ment|commitment|guarantee|security|job|interview|selection|documentation|contract)';
const CURRENCY =
  '(?:eur|euros?|€|usd|us\\$|\\$|dollars?|gbp|£|pounds?|mad|dh|dirhams?|egp|tnd|dinars?|inr|rupees?|pkr|bdt|taka|naira|ngn)';
const AMOUNT = `(?:${CURRENCY}\\s?\\d[\\d.,]*|\\d[\\d.,]*\\s?(?:k\\s)?${CURRENCY})`;

export const english: LanguageRules = {
  language: 'en',
  rules: {
    feeMentions: [
      `${FEE_PURPOSE}\\s${FEE_NOUN}`,
      `${FEE_NOUN}\\s(?:for|of)\\s(?:the\\s|your\\s)?(?:visa|work permit|permit|training|course|travel|flights?|tickets?|placement|processing|registration|recruitment|documents?|medical|contract|job)`,
      `(?:a|one-time|one off|small|modest)\\s(?:\\S+\\s)?fee`,
      `fees?\\sof\\s${AMOUNT}`,
      `${PAY_VERB}\\s(?:us\\s|the agency\\s|the agent\\s|our office\\s)?(?:a\\s|an\\s|the\\s)?(?:sum|amount|fee|deposit|advance)`,
      `(?:pay|transfer|send|wire|remit)\\s(?:\\S+\\s){0,2}?${AMOUNT}`,
      `(?:payable|to be paid|paid|payment|pay)\\s(?:\\S+\\s){0,4}?(?:in advance|upfront|up-front|up front|before (?:your\\s|the\\s)?(?:departure|arrival|travel|interview|visa appointment|flight))`,
    ],
    feeDemands: [
      `${PAYER}\\s(?:\\S+\\s){0,2}?${MUST}\\s(?:first\\s|also\\s|only\\s)?${PAY_VERB}`,
      `(?<!(?:bank|direct|salary)\\s)deposits?(?!\\s(?:account|slip|your|their|all|original))`,
      `western union|moneygram|money gram|gift cards?|bitcoin|crypto(?:currency)?`,
      `at (?:your|the candidate's|the worker's|their) own (?:expense|cost)|at your (?:expense|cost)|self-funded|self funded`,
      `(?:borne|paid|covered|financed) by (?:the\\s)?(?:candidates?|applicants?|workers?|you)`,
      `(?:deducted|withheld|recovered) from (?:your\\s)?(?:first\\s)?(?:\\S+\\s)?(?:salary|salaries|wages?|pay(?:checks?)?)`,
    ],
    documentRetention: [
      `(?:hand over|hand in|handover|surrender|leave|deposit|give|entrust|send)\\s(?:\\S+\\s){0,2}?(?:passports?|identity (?:cards?|documents?|papers)|id (?:cards?|documents?)|travel documents?|original documents?|residence permits?)`,
      `(?:submit|send|bring)\\s(?:\\S+\\s){0,2}?original passports?`,
      `(?:passports?|identity (?:cards?|documents?|papers)|id (?:cards?|documents?)|travel documents?|original documents?|papers)\\s(?:\\S+\\s){0,4}?(?:kept|held|retained|stored|safeguarded|confiscated|collected|in (?:our|the agency's|the employer's) (?:custody|safe|care|possession))`,
      `(?:we|employer|agency|company|our office|the agent|our agent|supervisor)\\s(?:\\S+\\s)?(?:keeps?|holds?|retains?|stores?|safeguards?|looks? after)\\s(?:your|the|all|workers')\\s(?:original\\s)?(?:passports?|identity|id|documents|papers)`,
      `(?:passports?|id cards?|documents)\\s(?:as|for)\\s(?:a\\s)?(?:guarantee|security|collateral)`,
      `(?:custody|safekeeping) of (?:your\\s|the\\s|workers'\\s)?(?:passports?|documents|papers)`,
    ],
  },
  negations: [
    'no(?!\\slater)',
    'not',
    'never',
    'none',
    'without',
    'nothing',
    'free of charge',
    'at no cost',
    'zero',
    "don't",
    "doesn't",
    "won't",
    "isn't",
    "aren't",
    'nor',
    'neither',
  ],
  employerPays: [
    `(?:paid|covered|borne|reimbursed|refunded|funded|financed|sponsored|taken care of|provided|arranged|handled)\\s(?:in full\\s|fully\\s)?by (?:the\\s|your\\s|our\\s)?(?:employer|company|hospital|clinic|us|firm|host employer)`,
    `(?:employer|company|we|hospital|clinic)\\s(?:\\S+\\s){0,2}?(?:pays?|covers?|bears?|reimburses?|refunds?|funds?|finances?|sponsors?|takes care of|will pay|will cover|will reimburse)`,
    `reimbursed|refunded to you`,
    `at (?:the employer's|our|the company's) (?:expense|cost)`,
    `free of charge|at no cost to (?:you|candidates?|the candidate)|for free|fully funded|free (?:visa|flights?|travel|training|tickets?)`,
  ],
  copyCues: ['cop(?:y|ies)', 'scans?', 'scanned', 'photocop(?:y|ies)', 'photo of', 'picture of'],
  clauseBreaks: ['but', 'however', 'whereas', 'although', 'except'],
};
