import { DOCUMENT, EvaluationCase, FEE, LEGITIMATE, textCase } from './evaluation-case';

const frozen = (...args: Parameters<typeof textCase>): EvaluationCase => ({ ...textCase(...args), split: 'frozen' });

/**
 * English, French, Arabic and German texts written after the rules were frozen for the last
 * time, and never used to change them: their scores estimate the screening on texts it was
 * not tuned on.
 */
export const FROZEN_CASES_1: EvaluationCase[] = [
  frozen(
    'frozen-en-fraud-insurance-package',
    'en',
    FEE,
    'Laundry operatives – Ireland',
    'Stable job in an industrial laundry near Cork. Successful applicants cover their own flights and the 300 EUR visa support package; our partner agency will give you the bank details after the interview.',
  ),
  frozen(
    'frozen-en-fraud-passport-boss',
    'en',
    DOCUMENT,
    'Cattle farm workers',
    'Accommodation on the farm, meals included. The farm owner keeps all workers’ passports in his house for the duration of the contract.',
  ),
  frozen(
    'frozen-en-fraud-salary-advance-repay',
    'en',
    FEE,
    'Packaging line workers – Slovakia',
    'The recruitment and travel costs (1,400 EUR) are paid for you at first and then repaid from your monthly earnings until settled.',
  ),
  frozen(
    'frozen-en-legit-interview-travel',
    'en',
    LEGITIMATE,
    'Paramedics – Norway',
    'The health trust covers your authorisation, language course, visa and flight. Bring your passport and diplomas to the final interview so we can verify them; originals are returned to you the same day.',
  ),
  frozen(
    'frozen-en-legit-rent-tax',
    'en',
    LEGITIMATE,
    'Dairy workers – New Zealand style farm in Ireland',
    'Wages are 14 EUR per hour. A farm cottage is available for 80 EUR a week, taken from wages, and income tax is deducted as usual. No placement or agency fees.',
  ),
  frozen(
    'frozen-en-legit-no-money-asked',
    'en',
    LEGITIMATE,
    'Kitchen assistants – Austria',
    'Seasonal contract with accommodation. The employer pays for your travel and work permit. At no point will we ask you for money or for your original documents.',
  ),
  frozen(
    'frozen-fr-fraud-frais-dossier-virement',
    'fr',
    FEE,
    'Opérateurs de blanchisserie – Irlande',
    'Poste stable dans une blanchisserie industrielle. Les candidats retenus prennent à leur charge le vol ainsi qu’un forfait d’accompagnement visa de 300 euros, à virer sur le compte de notre partenaire.',
  ),
  frozen(
    'frozen-fr-fraud-passeports-proprietaire',
    'fr',
    DOCUMENT,
    'Ouvriers d’élevage',
    'Logement sur la ferme, repas compris. Le propriétaire de l’exploitation garde chez lui les passeports de tous les ouvriers pendant la durée du contrat.',
  ),
  frozen(
    'frozen-fr-fraud-rembourser-salaire',
    'fr',
    FEE,
    'Opérateurs de conditionnement – Slovaquie',
    'Les frais de recrutement et de voyage (1 400 €) sont avancés puis remboursés par le travailleur sur ses salaires mensuels jusqu’à épuisement de la dette.',
  ),
  frozen(
    'frozen-fr-legit-diplomes',
    'fr',
    LEGITIMATE,
    'Ambulanciers – Norvège',
    'L’employeur finance l’autorisation d’exercer, le cours de langue, le visa et le vol. Apportez votre passeport et vos diplômes à l’entretien final pour vérification : les originaux vous sont rendus le jour même.',
  ),
  frozen(
    'frozen-fr-legit-loyer-impots',
    'fr',
    LEGITIMATE,
    'Ouvriers laitiers',
    'Salaire de 14 € de l’heure. Une maisonnette sur la ferme est proposée à 80 € par semaine, prélevés sur le salaire, et l’impôt est retenu à la source. Aucuns frais d’agence.',
  ),
  frozen(
    'frozen-fr-legit-jamais-argent',
    'fr',
    LEGITIMATE,
    'Aides de cuisine – Autriche',
    'Contrat saisonnier avec logement. L’employeur paie votre voyage et votre permis de travail. Nous ne vous demanderons jamais d’argent ni vos documents originaux.',
  ),
  frozen(
    'frozen-ar-fraud-visa-package',
    'ar',
    FEE,
    'عمال مغاسل صناعية في أيرلندا',
    'وظيفة مستقرة في مغسلة صناعية. يتحمل المقبولون تكلفة الطيران وباقة دعم التأشيرة البالغة 300 يورو، وتحوّل إلى حساب الوكالة الشريكة بعد المقابلة.',
  ),
  frozen(
    'frozen-ar-fraud-owner-keeps',
    'ar',
    DOCUMENT,
    'عمال مزارع ماشية',
    'السكن في المزرعة مع الوجبات. يحتفظ صاحب المزرعة في منزله بجوازات سفر جميع العمال طوال مدة العقد.',
  ),
  frozen(
    'frozen-ar-fraud-repay-salary',
    'ar',
    FEE,
    'عمال خطوط تعبئة في سلوفاكيا',
    'تُدفع عنك تكاليف الاستقدام والسفر (1400 يورو) في البداية ثم تسددها من راتبك الشهري حتى تنتهي.',
  ),
  frozen(
    'frozen-ar-legit-verify-return',
    'ar',
    LEGITIMATE,
    'مسعفون في النرويج',
    'تتكفل الجهة الصحية بترخيص المزاولة ودورة اللغة والتأشيرة وتذكرة الطيران. أحضر جواز سفرك وشهاداتك إلى المقابلة النهائية للتحقق منها، وتعاد إليك الأصول في اليوم نفسه.',
  ),
  frozen(
    'frozen-ar-legit-rent-tax',
    'ar',
    LEGITIMATE,
    'عمال ألبان',
    'الأجر 14 يورو للساعة. يتوفر منزل صغير في المزرعة مقابل 80 يورو أسبوعياً تخصم من الأجر، وتخصم الضريبة كالمعتاد. لا توجد رسوم وكالة.',
  ),
  frozen(
    'frozen-ar-legit-never-ask',
    'ar',
    LEGITIMATE,
    'مساعدو مطبخ في النمسا',
    'عقد موسمي مع سكن. يدفع صاحب العمل تكاليف سفرك وتصريح العمل. لن نطلب منك في أي وقت مالاً أو وثائقك الأصلية.',
  ),
  frozen(
    'frozen-de-fraud-visapaket',
    'de',
    FEE,
    'Wäschereimitarbeiter – Irland',
    'Sichere Stelle in einer Großwäscherei. Ausgewählte Bewerber tragen den Flug sowie das Visa-Servicepaket über 300 Euro, das auf das Konto unserer Partneragentur zu überweisen ist.',
  ),
  frozen(
    'frozen-de-fraud-paesse-hofbesitzer',
    'de',
    DOCUMENT,
    'Mitarbeiter Rinderhaltung',
    'Unterkunft und Verpflegung auf dem Hof. Der Hofbesitzer bewahrt die Reisepässe aller Arbeiter während der Vertragslaufzeit in seinem Haus auf.',
  ),
  frozen(
    'frozen-de-fraud-rueckzahlung-lohn',
    'de',
    FEE,
    'Verpackungshelfer – Slowakei',
    'Die Anwerbungs- und Reisekosten von 1.400 Euro werden zunächst vorgelegt und anschließend vom Arbeitnehmer aus dem Monatslohn zurückgezahlt.',
  ),
  frozen(
    'frozen-de-legit-originale-zurueck',
    'de',
    LEGITIMATE,
    'Notfallsanitäter – Norwegen',
    'Der Arbeitgeber finanziert Berufszulassung, Sprachkurs, Visum und Flug. Bringen Sie Reisepass und Zeugnisse zum Abschlussgespräch mit; wir prüfen sie und Sie erhalten die Originale am selben Tag zurück.',
  ),
  frozen(
    'frozen-de-legit-miete-steuer',
    'de',
    LEGITIMATE,
    'Melker',
    'Stundenlohn 14 Euro. Ein kleines Haus auf dem Hof kostet 80 Euro pro Woche und wird vom Lohn abgezogen; die Lohnsteuer wird wie üblich einbehalten. Keine Vermittlungsgebühren.',
  ),
  frozen(
    'frozen-de-legit-nie-geld',
    'de',
    LEGITIMATE,
    'Küchenhilfen – Österreich',
    'Saisonvertrag mit Unterkunft. Der Arbeitgeber bezahlt Anreise und Arbeitserlaubnis. Wir verlangen zu keinem Zeitpunkt Geld oder Ihre Originaldokumente.',
  ),
];
