import { screenMessage, screenVacancy } from 'src/vacancies/screening/screening';
import { ScreeningFlagCode } from 'src/vacancies/screening/screening.types';

const codes = (text: string): ScreeningFlagCode[] => screenMessage(text).map((flag) => flag.code);

describe('fee requests', () => {
  it.each([
    ['en', 'Applicants must pay a registration fee of 250 USD.'],
    ['en', 'A processing cost of 1500 EUR is to be paid before departure.'],
    ['en', 'A security deposit of 400 EUR is required, refundable after 6 months.'],
    ['en', 'Send 150 dollars through Western Union to reserve your interview.'],
    ['en', '300 EUR will be deducted from your salary each month for the visa.'],
    ['fr', 'Des frais de dossier de 200 euros sont à régler avant l’entretien.'],
    ['fr', 'Chaque candidat doit verser une caution de 500 euros.'],
    ['fr', 'Le visa et le billet sont à votre charge.'],
    ['de', 'Die Vermittlungsgebühr von 300 Euro ist vor Vertragsunterzeichnung zu zahlen.'],
    ['de', 'Bewerber müssen vor der Abreise 900 Euro überweisen.'],
    ['de', 'Eine Kaution in Höhe von 600 EUR wird später zurückerstattet.'],
    ['ar', 'على المرشح دفع رسوم التسجيل 300 دولار قبل المقابلة.'],
    ['ar', 'مطلوب مبلغ تأمين 500 يورو يسترد بعد ستة أشهر.'],
    ['ar', 'تذكرة الطيران والتأشيرة على حسابك.'],
    ['es', 'Los seleccionados deben pagar una tasa de tramitación de 400 euros.'],
    ['es', 'Se requiere una fianza de 600 euros.'],
    ['it', 'È richiesta una quota di iscrizione di 350 euro.'],
    ['it', 'Il viaggio è a proprio carico.'],
  ])('flags a %s fee request: %s', (_language, text) => {
    expect(codes(text)).toEqual(['FEE_REQUEST']);
  });

  it.each([
    ['en', 'No recruitment fees are charged to candidates at any stage.'],
    ['en', 'We never charge candidates any fee.'],
    ['en', 'The employer pays your visa and travel costs.'],
    ['en', 'Employment permit fees are paid by the company.'],
    ['en', 'Relocation bonus of 3000 EUR paid with your first salary; salary paid by bank deposit monthly.'],
    ['fr', 'Aucun frais de recrutement.'],
    ['fr', 'Les frais de visa et de voyage sont pris en charge par l’employeur.'],
    ['de', 'Keine Gebühren für Bewerber.'],
    ['de', 'Die Visagebühren übernimmt der Arbeitgeber.'],
    ['ar', 'لا رسوم على المرشحين.'],
    ['ar', 'رسوم التأشيرة على نفقة صاحب العمل.'],
    ['es', 'Los gastos de visado corren a cargo de la empresa.'],
    ['it', 'Le spese di viaggio sono a carico dell’azienda.'],
  ])('does not flag a legitimate %s text: %s', (_language, text) => {
    expect(codes(text)).toEqual([]);
  });

  it('is not fooled by an employer paying one cost while the candidate is asked for another', () => {
    expect(codes('The employer pays your flight, but you must pay a placement fee of 800 EUR.')).toEqual([
      'FEE_REQUEST',
    ]);
    expect(codes('Flights are paid by the company and a refundable deposit of 300 EUR is required.')).toEqual([
      'FEE_REQUEST',
    ]);
  });

  it('quotes the words that were found, as written', () => {
    const [flag] = screenMessage('Dear candidate, a Processing Fee of 90 € is due.');
    expect(flag?.message).toContain('"Processing Fee"');
  });
});

describe('document retention', () => {
  it.each([
    ['en', 'On arrival your passport will be kept safe by our agency.'],
    ['en', 'Workers hand over their passports to the supervisor.'],
    ['fr', 'Les passeports sont conservés par l’agence pendant le contrat.'],
    ['fr', 'Vous devrez remettre votre passeport à notre bureau.'],
    ['de', 'Den Reisepass geben Sie bei Ankunft im Büro ab.'],
    ['de', 'Originaldokumente werden zur Sicherheit bei der Agentur hinterlegt.'],
    ['ar', 'سنحتفظ بجواز سفرك طوال مدة العقد.'],
    ['ar', 'يجب تسليم جواز السفر إلى مكتب الوكالة.'],
    ['es', 'Los pasaportes quedarán en custodia de la agencia.'],
    ['it', 'I passaporti verranno custoditi dal caporale.'],
  ])('flags a %s request for documents: %s', (_language, text) => {
    expect(codes(text)).toEqual(['DOCUMENT_RETENTION']);
  });

  it.each([
    ['en', 'You keep your passport and all personal documents at all times.'],
    ['en', 'Please attach a scanned copy of your passport.'],
    ['en', 'Passports are never retained by the employer.'],
    ['fr', 'Merci d’envoyer une copie de votre passeport.'],
    ['de', 'Bitte senden Sie eine Kopie Ihres Reisepasses.'],
    ['ar', 'يحتفظ العامل بجواز سفره ووثائقه الشخصية.'],
    ['ar', 'يرجى إرسال نسخة من جواز السفر.'],
    ['es', 'Envía una copia del pasaporte.'],
    ['it', 'Inviare fotocopia del passaporto.'],
  ])('does not flag a legitimate %s text: %s', (_language, text) => {
    expect(codes(text)).toEqual([]);
  });
});

describe('screenVacancy', () => {
  const base = { iscoCode: '5120', memberState: 'FR', salary: null };

  it('reads the title as well as the description', () => {
    expect(
      screenVacancy({ ...base, title: 'Cooks wanted – small deposit required', description: 'Restaurant in Nice.' }),
    ).toEqual([{ code: 'FEE_REQUEST', message: expect.stringContaining('deposit') }]);
  });

  it('combines text and pay flags, one flag per code', () => {
    const flags = screenVacancy({
      ...base,
      title: 'Kitchen helpers',
      description: 'Pay a registration fee of 100 EUR. The registration fee is paid in cash.',
      salary: { min: 12000, currency: 'EUR', period: 'MONTH' },
    });
    expect(flags.map((flag) => flag.code)).toEqual(['FEE_REQUEST', 'PAY_IMPLAUSIBLE']);
  });

  it('lets an ordinary vacancy through', () => {
    expect(
      screenVacancy({
        ...base,
        title: 'Chef de partie',
        description: 'Hotel kitchen in Lyon. Visa and flights are paid by the employer. Urgent start.',
        salary: { min: 2300, max: 2700, currency: 'EUR', period: 'MONTH' },
      }),
    ).toEqual([]);
  });
});
