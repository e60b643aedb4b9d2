import {
  evaluateEligibility,
  type EligibilityCandidate,
  type EligibilityProgramme,
  NO_CRITERIA,
} from 'src/partnerships/eligibility';

// Modelled on THAMM: Germany with Morocco, Tunisia and Egypt, trained to German B1.
const thamm: EligibilityProgramme = {
  id: 'thamm',
  name: 'THAMM',
  criteria: {
    ...NO_CRITERIA,
    citizenships: ['MA', 'TN', 'EG'],
    minAge: 18,
    languages: [{ language: 'de', minLevel: 'B1' }],
    iscoCodes: ['7411', '7212'],
    minExperienceYears: 2,
    requiresTrainingCompletion: true,
  },
};

// Modelled on PALIM: Flanders with Morocco, young ICT graduates.
const palim: EligibilityProgramme = {
  id: 'palim',
  name: 'PALIM',
  criteria: { ...NO_CRITERIA, citizenships: ['MA'], maxAge: 35, minEqfLevel: 6, iscoCodes: ['25'] },
};

const youssef: EligibilityCandidate = {
  citizenship: 'MA',
  residenceCountry: 'MA',
  birthDate: '1998-06-15',
  languages: [
    { language: 'ar', level: 'C2' },
    { language: 'de', level: 'B1' },
  ],
  highestEqfLevel: 4,
  desiredIscoCodes: ['7411'],
  experience: [{ iscoCode: '7411', years: 3 }],
  credentials: [{ programmeId: 'thamm', trainingCompleted: true }],
};

const on = '2026-05-01';
const byCriterion = (checks: { criterion: string }[]) => new Map(checks.map((c) => [c.criterion, c]));

describe('evaluateEligibility (THAMM-like)', () => {
  it('accepts a trained Moroccan electrician with German B1, explaining every check', () => {
    const result = evaluateEligibility(youssef, thamm, on);
    expect(result.eligible).toBe(true);
    expect(result.checks).toEqual([
      { criterion: 'citizenship', passed: true, detail: 'Citizenship Morocco (MA) is one of Morocco, Tunisia, Egypt' },
      { criterion: 'minAge', passed: true, detail: 'Age 18 or over required, candidate is 27 on 2026-05-01' },
      { criterion: 'language:de', passed: true, detail: 'German B1 required, candidate has B1' },
      {
        criterion: 'occupation',
        passed: true,
        detail: 'An occupation in ISCO 7411, 7212 required, candidate has 7411',
      },
      {
        criterion: 'experience',
        passed: true,
        detail: '2 years of experience in ISCO 7411, 7212 required, candidate has 3 years',
      },
      { criterion: 'training', passed: true, detail: 'Completed THAMM training required, candidate has completed it' },
    ]);
  });

  it('explains a language level below the requirement', () => {
    const result = evaluateEligibility({ ...youssef, languages: [{ language: 'de', level: 'A2' }] }, thamm, on);
    expect(result.eligible).toBe(false);
    expect(result.checks.filter((c) => !c.passed)).toEqual([
      { criterion: 'language:de', passed: false, detail: 'German B1 required, candidate has A2' },
    ]);
    const none = evaluateEligibility({ ...youssef, languages: [] }, thamm, on);
    expect(byCriterion(none.checks).get('language:de')).toMatchObject({
      detail: 'German B1 required, candidate has none',
    });
  });

  it('refuses other citizenships, naming the countries', () => {
    const result = evaluateEligibility({ ...youssef, citizenship: 'SN' }, thamm, on);
    expect(byCriterion(result.checks).get('citizenship')).toEqual({
      criterion: 'citizenship',
      passed: false,
      detail: 'Citizenship Senegal (SN) is not one of Morocco, Tunisia, Egypt',
    });
  });

  it('counts only training completed in this programme', () => {
    const other = evaluateEligibility(
      { ...youssef, credentials: [{ programmeId: 'palim', trainingCompleted: true }] },
      thamm,
      on,
    );
    expect(byCriterion(other.checks).get('training')).toMatchObject({
      passed: false,
      detail: 'Completed THAMM training required, candidate holds no THAMM credential',
    });
    const started = evaluateEligibility(
      { ...youssef, credentials: [{ programmeId: 'thamm', trainingCompleted: false }] },
      thamm,
      on,
    );
    expect(byCriterion(started.checks).get('training')).toMatchObject({
      passed: false,
      detail: 'Completed THAMM training required, candidate has not completed it yet',
    });
  });

  it('sums experience over matching occupations only', () => {
    const split = {
      ...youssef,
      experience: [
        { iscoCode: '7411', years: 1 },
        { iscoCode: '7212', years: 0.5 },
        { iscoCode: '5120', years: 10 },
      ],
    };
    expect(byCriterion(evaluateEligibility(split, thamm, on).checks).get('experience')).toMatchObject({
      passed: false,
      detail: '2 years of experience in ISCO 7411, 7212 required, candidate has 1.5 years',
    });
    const anyOccupation = { ...thamm, criteria: { ...thamm.criteria, iscoCodes: [] } };
    expect(byCriterion(evaluateEligibility(split, anyOccupation, on).checks).get('experience')).toMatchObject({
      passed: true,
      detail: '2 years of experience required, candidate has 11.5 years',
    });
  });

  it('fails occupation and experience together when the candidate has neither the occupation nor its experience', () => {
    const cook = { ...youssef, desiredIscoCodes: ['5120'], experience: [{ iscoCode: '5120', years: 6 }] };
    const result = evaluateEligibility(cook, thamm, on);
    expect(result.checks.filter((c) => !c.passed).map((c) => c.criterion)).toEqual(['occupation', 'experience']);
    expect(byCriterion(result.checks).get('occupation')).toMatchObject({
      detail: 'An occupation in ISCO 7411, 7212 required, candidate has only 5120',
    });
  });

  it('matches an experienced occupation as well as a desired one', () => {
    const welder = { ...youssef, desiredIscoCodes: ['9313'], experience: [{ iscoCode: '7212', years: 4 }] };
    expect(evaluateEligibility(welder, thamm, on).eligible).toBe(true);
  });
});

describe('evaluateEligibility (PALIM-like)', () => {
  const graduate: EligibilityCandidate = {
    ...youssef,
    birthDate: '2001-01-10',
    highestEqfLevel: 6,
    desiredIscoCodes: ['2512'],
    experience: [],
    credentials: [],
  };

  it('accepts a Moroccan ICT graduate at EQF 6 by ISCO prefix 25', () => {
    const result = evaluateEligibility(graduate, palim, on);
    expect(result.eligible).toBe(true);
    expect(result.checks.map((c) => c.criterion)).toEqual(['citizenship', 'maxAge', 'minEqfLevel', 'occupation']);
  });

  it('refuses a lower qualification or none', () => {
    expect(
      byCriterion(evaluateEligibility({ ...graduate, highestEqfLevel: 5 }, palim, on).checks).get('minEqfLevel'),
    ).toEqual({
      criterion: 'minEqfLevel',
      passed: false,
      detail: "EQF level 6 or higher required, candidate's highest is EQF 5",
    });
    expect(
      byCriterion(evaluateEligibility({ ...graduate, highestEqfLevel: null }, palim, on).checks).get('minEqfLevel'),
    ).toMatchObject({
      passed: false,
      detail: 'EQF level 6 or higher required, candidate has no recorded qualification',
    });
  });

  it('refuses an occupation outside ICT', () => {
    const result = evaluateEligibility({ ...graduate, desiredIscoCodes: ['3512'] }, palim, on);
    expect(result.checks.filter((c) => !c.passed).map((c) => c.criterion)).toEqual(['occupation']);
  });
});

describe('age criteria', () => {
  const adults = { id: 'a', name: 'Adults', criteria: { ...NO_CRITERIA, minAge: 18, maxAge: 35 } };
  const bornOn = (birthDate: string) => ({ ...youssef, birthDate });

  it('turns 18 on the 18th birthday, not the day before', () => {
    expect(evaluateEligibility(bornOn('2008-05-01'), adults, '2026-04-30')).toMatchObject({
      eligible: false,
      checks: [
        { criterion: 'minAge', passed: false, detail: 'Age 18 or over required, candidate is 17 on 2026-04-30' },
        { criterion: 'maxAge', passed: true },
      ],
    });
    expect(evaluateEligibility(bornOn('2008-05-01'), adults, '2026-05-01').eligible).toBe(true);
  });

  it('is still 35 the day before the 36th birthday', () => {
    expect(evaluateEligibility(bornOn('1990-05-01'), adults, '2026-04-30').eligible).toBe(true);
    expect(evaluateEligibility(bornOn('1990-05-01'), adults, '2026-05-01').checks[1]).toEqual({
      criterion: 'maxAge',
      passed: false,
      detail: 'Age 35 or under required, candidate is 36 on 2026-05-01',
    });
  });

  it('lets someone born on 29 February come of age on 1 March in common years', () => {
    expect(evaluateEligibility(bornOn('2008-02-29'), adults, '2026-02-28').eligible).toBe(false);
    expect(evaluateEligibility(bornOn('2008-02-29'), adults, '2026-03-01').eligible).toBe(true);
  });
});

describe('a programme without criteria', () => {
  it('accepts everyone and checks nothing', () => {
    expect(evaluateEligibility(youssef, { id: 'open', name: 'Open', criteria: NO_CRITERIA }, on)).toEqual({
      eligible: true,
      checks: [],
    });
  });
});
