import { EvaluationCase, monthly, vacancy } from './evaluation-case';

export const ARABIC_CASES: EvaluationCase[] = [
  {
    id: 'ar-legit-nurse-de',
    language: 'ar',
    expected: [],
    vacancy: vacancy(
      'ممرض/ممرضة في مستشفى جامعي بألمانيا',
      'نوفر دورة لغة ألمانية حتى مستوى B2 ونرافقك في إجراءات معادلة الشهادة. تكاليف التأشيرة وتذكرة الطيران على نفقة صاحب العمل. لا توجد أي رسوم على المرشحين.',
      '2221',
      'DE',
      monthly(3300, 3900),
    ),
  },
  {
    id: 'ar-legit-electrician-be',
    language: 'ar',
    expected: [],
    vacancy: vacancy(
      'كهربائي مباني',
      'العمل في مشاريع سكنية في بروكسل. التدريب على السلامة مجاني. يحتفظ العامل بجواز سفره ووثائقه الشخصية في جميع الأوقات.',
      '7411',
      'BE',
      { min: 17, max: 20, currency: 'EUR', period: 'HOUR' },
    ),
  },
  {
    id: 'ar-legit-cook-fr',
    language: 'ar',
    expected: [],
    vacancy: vacancy(
      'طباخ في مطعم فندق',
      'مطعم في مدينة نيس. يرجى إرسال السيرة الذاتية ونسخة من جواز السفر. الشركة تتحمل مصاريف السفر والسكن في الشهر الأول.',
      '5120',
      'FR',
      monthly(2100, 2500),
    ),
  },
  {
    id: 'ar-legit-driver-nl',
    language: 'ar',
    expected: [],
    vacancy: vacancy(
      'سائق شاحنة ثقيلة',
      'رخصة CE وخبرة سنتين. نحن ندفع تكاليف تصريح العمل والسفر. التوظيف عبر منصتنا مجاني تماما.',
      '8332',
      'NL',
      monthly(2800, 3300),
    ),
  },
  {
    id: 'ar-legit-welder-de',
    language: 'ar',
    expected: [],
    vacancy: vacancy(
      'لحّام في ورشة هياكل معدنية',
      'عقد دائم بعد فترة تجربة ستة أشهر. صاحب العمل يتكفل برسوم التأشيرة ويوفر سكنا مؤقتا. لن يطلب منك أحد دفع أي مبلغ.',
      '7212',
      'DE',
      monthly(2900, 3400),
    ),
  },
  {
    id: 'ar-fraud-fees',
    language: 'ar',
    expected: ['FEE_REQUEST'],
    vacancy: vacancy(
      'عمال زراعة في بولندا',
      'فرصة عمل مضمونة مع السكن. على المرشح دفع رسوم التسجيل 300 دولار قبل المقابلة.',
      '9211',
      'PL',
      monthly(900, 1000),
    ),
  },
  {
    id: 'ar-fraud-passport',
    language: 'ar',
    expected: ['DOCUMENT_RETENTION'],
    vacancy: vacancy(
      'عاملات نظافة في فنادق قبرص',
      'عقد لمدة موسم كامل. عند الوصول يجب تسليم جواز السفر إلى مكتب الوكالة، وسيبقى لدينا حتى نهاية العقد.',
      '9112',
      'CY',
      monthly(900, 1000),
    ),
  },
  {
    id: 'ar-fraud-deposit',
    language: 'ar',
    expected: ['FEE_REQUEST'],
    vacancy: vacancy(
      'عمال بناء في رومانيا',
      'رواتب ممتازة. مطلوب مبلغ تأمين 500 يورو يسترد بعد ستة أشهر من العمل.',
      '9313',
      'RO',
      monthly(900, 1100),
    ),
  },
  {
    id: 'ar-fraud-deduction',
    language: 'ar',
    expected: ['FEE_REQUEST'],
    vacancy: vacancy(
      'عمال مصنع تعليب في سلوفاكيا',
      'تذكرة الطيران والتأشيرة على حسابك، وتخصم تكاليف الاستقدام من الراتب خلال الأشهر الأولى.',
      '9329',
      'SK',
      monthly(850, 950),
    ),
  },
  {
    id: 'ar-fraud-pay-and-passport',
    language: 'ar',
    expected: ['DOCUMENT_RETENTION', 'PAY_IMPLAUSIBLE'],
    vacancy: vacancy(
      'مساعدي مطبخ في إيطاليا - راتب خيالي',
      'لا خبرة مطلوبة. الراتب 7000 يورو شهريا. تحتفظ الشركة بجوازات سفر العمال طوال مدة العقد.',
      '9412',
      'IT',
      monthly(7000),
    ),
  },
];
