import { parseRoute } from '../routing';
import { criterionLabel } from './criteria';
import { explainMatch } from './explain';
import { heatRows, shade } from './heatmap';
import { highlight, quotedWords } from './highlight';

const FEE =
  'Asks candidates to pay fees, deposits or other costs: "Pay for your own flight" (the worker pays), ' +
  '"flight and medical check, reimbursed after six months" (refunded only after a period of work, or not at all)';

describe('flagged words', () => {
  it('takes every quote of every flag message, straight or curly', () => {
    expect(quotedWords([FEE, 'Keeps identity papers: “we keep your passport” (held by the employer)'])).toEqual([
      'Pay for your own flight',
      'flight and medical check, reimbursed after six months',
      'we keep your passport',
    ]);
  });

  it('marks each occurrence whatever its case, merging overlaps, and keeps the rest of the text as it was', () => {
    const text = 'Welders. pay for your own flight! We keep your passport. PAY FOR YOUR OWN FLIGHT';
    const segments = highlight(text, ['Pay for your own flight', 'your own', 'We keep your passport']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.flagged).map((s) => s.text)).toEqual([
      'pay for your own flight',
      'We keep your passport',
      'PAY FOR YOUR OWN FLIGHT',
    ]);
    expect(highlight('nothing here', ['absent'])).toEqual([{ text: 'nothing here', flagged: false }]);
  });
});

describe('explainMatch', () => {
  const match = {
    score: 0.8512,
    breakdown: {
      essentialSkills: 0.5,
      optionalSkills: 0.25,
      occupation: 1,
      experience: 0.6,
      languages: 0.75,
      qualification: 1,
      partnership: 0,
    },
    matchedSkills: [{ label: 'welding techniques' }],
    missingEssentialSkills: [{ label: 'types of metal' }, { label: 'fuel gas' }],
    skillMatches: [
      {
        relation: 'EXACT' as const,
        credit: 1,
        required: { label: 'welding techniques' },
        held: { label: 'welding techniques' },
      },
      {
        relation: 'RELATED' as const,
        credit: 0.5,
        required: { label: 'use welding equipment' },
        held: { label: 'solder electronics' },
      },
    ],
  };

  it('says the score, the skills held and missing, each component, and the strongest and weakest', () => {
    expect(explainMatch(match)).toEqual([
      'Scores 85 out of 100.',
      'Holds 50 % of the vacancy’s essential skills; lacks types of metal, fuel gas.',
      'Skills in common: welding techniques.',
      'Counts “solder electronics” for “use welding equipment”: a related skill, 50 % credit.',
      'Wants or has held this very occupation.',
      'Has 60 % of the experience asked for.',
      'Meets every language requirement (75 % of the way from the minimum to C2).',
      'Meets the qualification level.',
      'Holds no credential of the programme yet.',
      'Strongest: Occupation. Weakest: Programme credential.',
    ]);
  });

  it('leaves the credential out for a vacancy without a programme', () => {
    const sentences = explainMatch(match, false);
    expect(sentences).not.toContain('Holds no credential of the programme yet.');
    expect(sentences.at(-1)).toBe('Strongest: Occupation. Weakest: Optional skills.');
  });
});

describe('heat map', () => {
  it('counts each list’s unit groups per ISCO major group, keeping only groups in use', () => {
    const { rows, max, groups } = heatRows([
      {
        memberState: 'EU',
        year: 2026,
        occupations: ['2221', '7212', '7411', '5120'].map((code) => ({ code, label: code })),
      },
      { memberState: 'DE', year: 2026, occupations: ['7126', '7231'].map((code) => ({ code, label: code })) },
    ]);
    expect(groups).toEqual(['2', '5', '7']);
    expect(rows).toEqual([
      { memberState: 'EU', counts: { '2': 1, '7': 2, '5': 1 }, total: 4 },
      { memberState: 'DE', counts: { '7': 2 }, total: 2 },
    ]);
    expect(max).toBe(2);
  });

  it('shades nothing for zero and the largest cell darkest', () => {
    expect([0, 1, 2, 5, 10].map((n) => shade(n, 10))).toEqual([0, 1, 1, 3, 5]);
    expect(shade(3, 0)).toBe(0);
  });
});

describe('routes', () => {
  it('reads every screen from the fragment and anything else as not found', () => {
    expect(parseRoute('')).toEqual({ name: 'home' });
    expect(parseRoute('#/')).toEqual({ name: 'home' });
    expect(parseRoute('#/employers/')).toEqual({ name: 'employers' });
    expect(parseRoute('#/programmes/2f1b9a3e-51c4-4a8e-9a55-0d7d1e0e6b11')).toEqual({
      name: 'programme',
      id: '2f1b9a3e-51c4-4a8e-9a55-0d7d1e0e6b11',
    });
    expect(parseRoute('#/programmes/../../graphql')).toEqual({ name: 'notFound' });
  });
});

describe('criterion labels', () => {
  const criteria = {
    citizenships: ['EG', 'MA', 'TN'],
    residenceCountries: ['MA'],
    minAge: 18,
    maxAge: 45,
    languages: [{ language: 'de', minLevel: 'B1' }],
    minEqfLevel: 6,
    iscoCodes: ['7411', '7212'],
    minExperienceYears: 2,
    requiresTrainingCompletion: true,
  };

  it('says what each check asks in words', () => {
    const codes = ['citizenship', 'residence', 'minAge', 'maxAge', 'language:de', 'minEqfLevel', 'occupation'];
    expect([...codes, 'experience', 'training', 'unknown'].map((c) => criterionLabel(c, criteria))).toEqual([
      'Citizen of Egypt, Morocco or Tunisia',
      'Living in Morocco',
      'Aged 18 or over',
      'Aged 45 or under',
      'German B1 or above',
      'EQF level 6 or higher',
      'Occupation in ISCO 7411, 7212',
      '2 years of experience',
      'Training completed',
      'unknown',
    ]);
  });
});
