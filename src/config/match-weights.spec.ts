import { DEFAULT_WEIGHTS, normaliseWeights, validateWeights, WEIGHT_KEYS } from 'src/config/match-weights';

describe('match weights', () => {
  it('defaults to weights that sum to 1, essential skills first', () => {
    const sum = WEIGHT_KEYS.reduce((total, key) => total + DEFAULT_WEIGHTS[key], 0);
    expect(sum).toBeCloseTo(1, 12);
    expect(Math.max(...Object.values(DEFAULT_WEIGHTS))).toBe(DEFAULT_WEIGHTS.essentialSkills);
    expect(DEFAULT_WEIGHTS.essentialSkills).toBeGreaterThan(DEFAULT_WEIGHTS.optionalSkills);
    expect(validateWeights(DEFAULT_WEIGHTS)).toEqual([]);
  });

  it('names every problem: negative, not a number, missing, all zero', () => {
    expect(
      validateWeights({ ...DEFAULT_WEIGHTS, languages: -0.1, occupation: Number.NaN, experience: undefined }),
    ).toEqual([
      'occupation must be a finite number',
      'experience must be a finite number',
      'languages must not be negative',
    ]);
    const zero = Object.fromEntries(WEIGHT_KEYS.map((key) => [key, 0]));
    expect(validateWeights(zero)).toEqual(['at least one weight must be positive']);
  });

  it('rescales to sum 1, leaving out the partnership weight for a vacancy without a programme', () => {
    const doubled = Object.fromEntries(
      WEIGHT_KEYS.map((key) => [key, DEFAULT_WEIGHTS[key] * 2]),
    ) as typeof DEFAULT_WEIGHTS;
    expect(normaliseWeights(doubled).essentialSkills).toBeCloseTo(0.58, 12);
    const withoutProgramme = normaliseWeights(DEFAULT_WEIGHTS, false);
    expect(withoutProgramme.partnership).toBe(0);
    expect(withoutProgramme.essentialSkills).toBeCloseTo(0.58 / 0.96, 12);
  });
});
