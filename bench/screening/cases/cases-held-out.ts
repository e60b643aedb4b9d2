import { EvaluationCase, monthly, vacancy } from './evaluation-case';

/**
 * Written after an earlier version of the rules was settled. The current rules were written
 * with these cases in view, so they count as development cases now.
 */
export const HELD_OUT_CASES: EvaluationCase[] = [
  {
    id: 'held-en-legit-plumber',
    language: 'en',
    expected: [],
    vacancy: vacancy(
      'Plumber for maintenance team',
      'Facility services company in Vienna. The visa procedure is handled by our HR team and its costs are covered by us. Bring your original passport to the onboarding appointment so HR can verify it; it is returned to you immediately.',
      '7126',
      'AT',
      monthly(2600, 3000),
    ),
  },
  {
    id: 'held-en-fraud-medical',
    language: 'en',
    expected: ['FEE_REQUEST'],
    vacancy: vacancy(
      'Care assistants for Germany',
      'Shortlisted applicants must complete a medical test at our partner clinic; the medical fee of 180 USD is the responsibility of the applicant.',
      '5322',
      'DE',
      monthly(2400, 2700),
    ),
  },
  {
    id: 'held-en-fraud-guarantee',
    language: 'en',
    expected: ['DOCUMENT_RETENTION'],
    vacancy: vacancy(
      'Seasonal fruit packers',
      'Accommodation next to the farm. Workers leave their ID cards with the farm manager as a guarantee until the end of the harvest.',
      '9329',
      'NL',
      { min: 14, max: 15, currency: 'EUR', period: 'HOUR' },
    ),
  },
  {
    id: 'held-fr-legit-boulanger',
    language: 'fr',
    expected: [],
    vacancy: vacancy(
      'Boulanger (H/F)',
      'Boulangerie artisanale à Bordeaux. Horaires de nuit. Nous prenons en charge les frais de visa et le billet d’avion. Aucune somme ne vous sera demandée.',
      '7512',
      'FR',
      monthly(1900, 2200),
    ),
  },
  {
    id: 'held-fr-fraud-reservation',
    language: 'fr',
    expected: ['FEE_REQUEST'],
    vacancy: vacancy(
      'Cueilleurs de fruits en Italie',
      'Pour réserver votre place, envoyez 250 euros par Western Union avant le 15 du mois.',
      '9211',
      'IT',
      monthly(1000, 1200),
    ),
  },
  {
    id: 'held-de-legit-maurer',
    language: 'de',
    expected: [],
    vacancy: vacancy(
      'Maurer (m/w/d)',
      'Hochbau im Raum Hamburg. Die Anreise und die Visumgebühren erstatten wir nach Vorlage der Belege. Eine Vermittlungsgebühr wird nicht erhoben.',
      '7112',
      'DE',
      monthly(3000, 3500),
    ),
  },
  {
    id: 'held-de-fraud-eigenanteil',
    language: 'de',
    expected: ['FEE_REQUEST'],
    vacancy: vacancy(
      'Pflegehelfer für Polen',
      'Der Eigenanteil für Sprachkurs und Visum beträgt 1.200 Euro und ist in bar im Büro zu begleichen.',
      '5321',
      'PL',
      monthly(1000, 1200),
    ),
  },
  {
    id: 'held-ar-legit-nurse',
    language: 'ar',
    expected: [],
    vacancy: vacancy(
      'ممرضة في دار رعاية المسنين',
      'عقد دائم في فيينا. المستشفى يدفع رسوم الاعتراف بالشهادة ودورة اللغة. لا يطلب من المرشحين أي مبلغ.',
      '2221',
      'AT',
      monthly(3000, 3500),
    ),
  },
  {
    id: 'held-ar-fraud-fees',
    language: 'ar',
    expected: ['FEE_REQUEST'],
    vacancy: vacancy(
      'سائقين شاحنات لليتوانيا',
      'الراتب 1500 يورو. يتم سداد مصاريف الملف والتأشيرة مقدما عن طريق مكتبنا.',
      '8332',
      'LT',
      monthly(1500),
    ),
  },
  {
    id: 'held-ar-fraud-passport',
    language: 'ar',
    expected: ['DOCUMENT_RETENTION'],
    vacancy: vacancy(
      'عمال مستودعات',
      'يلتزم العامل بترك جواز سفره لدى الكفيل طوال فترة العمل.',
      '9321',
      'CZ',
      monthly(900, 1000),
    ),
  },
  {
    id: 'held-es-fraud-pay',
    language: 'es',
    expected: ['PAY_IMPLAUSIBLE'],
    vacancy: vacancy('Ayudantes de cocina', 'Sin experiencia. Incorporación inmediata en Valencia.', '9412', 'ES', {
      min: 90000,
      max: null,
      currency: 'EUR',
      period: 'YEAR',
    }),
  },
  {
    id: 'held-it-legit-saldatore',
    language: 'it',
    expected: [],
    vacancy: vacancy(
      'Saldatore TIG',
      'Carpenteria metallica a Brescia. Nessuna spesa per il candidato: visto e viaggio sono pagati dall’azienda.',
      '7212',
      'IT',
      monthly(1800, 2200),
    ),
  },
];
