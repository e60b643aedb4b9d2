import { EvaluationCase, FEE, LEGITIMATE, textCase } from './evaluation-case';

/**
 * Languages without a lexicon (Indonesian, Tagalog, Swahili, Hungarian, Nepali, Russian): only
 * the language-independent cues read them (amounts next to payment words, payment channels).
 */
export const OTHER_LANGUAGE_DEV_CASES: EvaluationCase[] = [
  textCase(
    'dev-id-fraud-western-union',
    'id',
    FEE,
    'Pekerja pabrik di Polandia',
    'Biaya visa 500 EUR harus ditransfer melalui Western Union sebelum keberangkatan.',
  ),
  textCase(
    'dev-id-legit',
    'id',
    LEGITIMATE,
    'Perawat di Jerman',
    'Visa dan tiket pesawat ditanggung oleh perusahaan. Gaji 1.800 EUR per bulan.',
  ),
  textCase(
    'dev-tl-fraud-placement-fee',
    'tl',
    FEE,
    'Factory workers sa Czech Republic',
    'Magbayad ng placement fee na 30,000 PHP bago umalis.',
  ),
  textCase(
    'dev-tl-legit',
    'tl',
    LEGITIMATE,
    'Caregiver sa Austria',
    'Libre ang visa at pamasahe. Sahod: 1,600 EUR kada buwan.',
  ),
  textCase(
    'dev-sw-fraud-mpesa',
    'sw',
    FEE,
    'Wafanyakazi wa shamba',
    'Lipa ada ya viza USD 300 kupitia M-Pesa kabla ya safari.',
  ),
  textCase(
    'dev-sw-legit',
    'sw',
    LEGITIMATE,
    'Madereva wa malori',
    'Mwajiri atalipia viza na tiketi ya ndege. Mshahara ni EUR 1,500 kwa mwezi.',
  ),
  textCase(
    'dev-hu-fraud-vizum',
    'hu',
    FEE,
    'Raktári dolgozók',
    'A vízum díja 200 euró, amelyet előre kell befizetni a Western Unionon keresztül.',
  ),
  textCase(
    'dev-hu-legit',
    'hu',
    LEGITIMATE,
    'Szakácsok',
    'A vízumot és a repülőjegyet a munkáltató fizeti. Fizetés: havi 1.400 euró.',
  ),
  textCase(
    'dev-ne-fraud-western-union',
    'ne',
    FEE,
    'कारखाना कामदार',
    'भिसा शुल्क ५०० अमेरिकी डलर Western Union मार्फत पठाउनुहोस्।',
  ),
  textCase(
    'dev-ru-fraud-oplata',
    'ru',
    FEE,
    'Рабочие на склад',
    'Оплата визы 400 евро до выезда, перевод на карту менеджера.',
  ),
  textCase(
    'dev-ru-legit',
    'ru',
    LEGITIMATE,
    'Сварщики',
    'Виза и билеты за счёт работодателя. Зарплата 1800 евро в месяц.',
  ),
];
