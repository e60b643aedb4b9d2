import { DEFAULT_WEIGHTS } from 'src/config/match-weights';
import { passesHardFilters } from 'src/matching/hard-filters';
import { compareMatches } from 'src/matching/ranking';
import { prepareVacancy, scoreMatch, scorePrepared, sharesSkillOrUnitGroup } from 'src/matching/scoring';
import type { MatchCandidate, MatchVacancy } from 'src/matching/types';

// Concepts by name, so the examples read as prose; matching compares their integer keys.
const occupation = {
  welder: 1,
  pipeWelder: 2,
  sheetMetalWorker: 3,
  buildingElectrician: 4,
  domesticElectrician: 5,
  electricalMechanic: 6,
  electronicsMechanic: 7,
  cook: 8,
};
const skill = {
  arcWelding: 101,
  readBlueprints: 102,
  metalCutting: 103,
  safetyEquipment: 104,
  tigWelding: 105,
  forklift: 106,
  installWiring: 107,
};

const weldingVacancy: MatchVacancy = {
  occupationNum: occupation.welder,
  iscoCode: '7212',
  essentialSkillNums: [skill.arcWelding, skill.readBlueprints, skill.metalCutting, skill.safetyEquipment],
  optionalSkillNums: [skill.tigWelding, skill.forklift],
  languageRequirements: [{ language: 'de', minLevel: 'A2' }],
  minEqfLevel: 3,
  minExperienceYears: 2,
  memberState: 'DE',
  programmeId: null,
};

const nobody: MatchCandidate = {
  desiredOccupations: [],
  experience: [],
  skillNums: [],
  languages: [{ language: 'de', level: 'A2' }],
  highestEqfLevel: 3,
  preferredDestinations: [],
  credentials: [],
};

const welder: MatchCandidate = {
  ...nobody,
  desiredOccupations: [{ num: occupation.welder, iscoCode: '7212' }],
  experience: [{ num: occupation.welder, iscoCode: '7212', years: 3 }],
  skillNums: [skill.arcWelding, skill.readBlueprints, skill.metalCutting, skill.tigWelding],
};

const electrician: MatchCandidate = {
  ...nobody,
  desiredOccupations: [{ num: occupation.buildingElectrician, iscoCode: '7411' }],
  experience: [{ num: occupation.buildingElectrician, iscoCode: '7411', years: 6 }],
  skillNums: [skill.safetyEquipment, skill.readBlueprints, skill.installWiring],
};

describe('scoreMatch (examples)', () => {
  it('explains a welder against a welding vacancy component by component', () => {
    expect(scoreMatch(weldingVacancy, welder)).toEqual({
      // (0.4 * 0.75 + 0.1 * 0.5 + 0.2 + 0.12 + 0.08 * 0.5 + 0.05) / 0.95 = 0.76 / 0.95: no programme,
      // so its weight is left out.
      score: 0.8,
      breakdown: {
        essentialSkills: 0.75,
        optionalSkills: 0.5,
        occupation: 1,
        experience: 1,
        languages: 0.5,
        qualification: 1,
        partnership: 0,
      },
      matchedSkillNums: [skill.arcWelding, skill.readBlueprints, skill.metalCutting, skill.tigWelding],
      missingEssentialSkillNums: [skill.safetyEquipment],
    });
  });

  it('ranks the welder above an electrician for the welding vacancy', () => {
    const ranked = [
      { id: 'b-electrician', score: scoreMatch(weldingVacancy, electrician).score },
      { id: 'a-welder', score: scoreMatch(weldingVacancy, welder).score },
    ].sort(compareMatches);
    expect(ranked.map((m) => m.id)).toEqual(['a-welder', 'b-electrician']);
    expect(scoreMatch(weldingVacancy, electrician).breakdown.occupation).toBe(0); // 74xx and 72xx share only the major group
  });

  it('prefers the same ESCO occupation, then the same unit group, then the same minor group', () => {
    const electricianVacancy = { ...weldingVacancy, occupationNum: occupation.buildingElectrician, iscoCode: '7411' };
    const wanting = (num: number, iscoCode: string) => ({ ...nobody, desiredOccupations: [{ num, iscoCode }] });
    const same = scoreMatch(electricianVacancy, wanting(occupation.buildingElectrician, '7411'));
    const unitGroup = scoreMatch(electricianVacancy, wanting(occupation.domesticElectrician, '7411'));
    const minorGroup = scoreMatch(electricianVacancy, wanting(occupation.electricalMechanic, '7412'));
    const subMajor = scoreMatch(electricianVacancy, wanting(occupation.electronicsMechanic, '7421'));
    const unrelated = scoreMatch(electricianVacancy, wanting(occupation.cook, '5120'));
    expect([same, unitGroup, minorGroup, subMajor, unrelated].map((s) => s.breakdown.occupation)).toEqual([
      1, 0.6, 0.3, 0.1, 0,
    ]);
    expect(unitGroup.score).toBeGreaterThan(minorGroup.score);
    expect(minorGroup.score).toBeGreaterThan(subMajor.score);
  });

  it('counts closer experience for more', () => {
    const years = (num: number, iscoCode: string) => ({
      ...nobody,
      experience: [{ num, iscoCode, years: 2 }],
    });
    expect(scoreMatch(weldingVacancy, years(occupation.welder, '7212')).breakdown.experience).toBe(1);
    expect(scoreMatch(weldingVacancy, years(occupation.pipeWelder, '7212')).breakdown.experience).toBe(0.6);
    expect(scoreMatch(weldingVacancy, years(occupation.sheetMetalWorker, '7213')).breakdown.experience).toBe(0.3);
    const noMinimum = { ...weldingVacancy, minExperienceYears: null };
    expect(scoreMatch(noMinimum, years(occupation.welder, '7212')).breakdown.experience).toBe(0.4); // 2 of 5 years
  });

  it('rewards language levels above the minimum a little', () => {
    const at = scoreMatch(weldingVacancy, welder);
    const b2 = scoreMatch(weldingVacancy, { ...welder, languages: [{ language: 'de', level: 'B2' }] });
    const c2 = scoreMatch(weldingVacancy, { ...welder, languages: [{ language: 'de', level: 'C2' }] });
    expect([at, b2, c2].map((s) => s.breakdown.languages)).toEqual([0.5, 0.75, 1]); // A2 required: B2 is two of four steps towards C2;
    expect(b2.score - at.score).toBeLessThan(0.05);
    expect(scoreMatch({ ...weldingVacancy, languageRequirements: [] }, welder).breakdown.languages).toBe(1);
  });

  it('uses the essential share for optional skills when the vacancy lists none', () => {
    const noOptional = { ...weldingVacancy, optionalSkillNums: [] };
    expect(scoreMatch(noOptional, welder).breakdown).toMatchObject({ essentialSkills: 0.75, optionalSkills: 0.75 });
  });

  it('saturates qualification at the minimum, or at EQF 4 without one', () => {
    expect(scoreMatch(weldingVacancy, { ...welder, highestEqfLevel: 7 }).breakdown.qualification).toBe(1);
    const noMinimum = { ...weldingVacancy, minEqfLevel: null };
    expect(scoreMatch(noMinimum, { ...welder, highestEqfLevel: 2 }).breakdown.qualification).toBe(0.5);
    expect(scoreMatch(noMinimum, { ...welder, highestEqfLevel: 6 }).breakdown.qualification).toBe(1);
    expect(scoreMatch(noMinimum, { ...welder, highestEqfLevel: null }).breakdown.qualification).toBe(0);
  });

  it("credits the vacancy's programme credential: completed 1, in training 0.5, other programmes 0", () => {
    const thammVacancy = { ...weldingVacancy, programmeId: 'thamm' };
    const holding = (programmeId: string, trainingCompleted: boolean) => ({
      ...welder,
      credentials: [{ programmeId, trainingCompleted }],
    });
    expect(scoreMatch(thammVacancy, holding('thamm', true)).breakdown.partnership).toBe(1);
    expect(scoreMatch(thammVacancy, holding('thamm', false)).breakdown.partnership).toBe(0.5);
    expect(scoreMatch(thammVacancy, holding('palim', true)).breakdown.partnership).toBe(0);
    const full = { ...welder, skillNums: [...weldingVacancy.essentialSkillNums, ...weldingVacancy.optionalSkillNums] };
    const perfect = { ...full, languages: [{ language: 'de', level: 'C2' as const }] };
    expect(scoreMatch(weldingVacancy, perfect).score).toBe(1);
    expect(
      scoreMatch(thammVacancy, { ...perfect, credentials: [{ programmeId: 'thamm', trainingCompleted: true }] }).score,
    ).toBe(1);
    expect(scoreMatch(thammVacancy, perfect).score).toBe(0.95);
  });

  it('applies custom weights and refuses invalid ones', () => {
    const skillsOnly = {
      ...DEFAULT_WEIGHTS,
      occupation: 0,
      experience: 0,
      languages: 0,
      qualification: 0,
      partnership: 0,
    };
    expect(scoreMatch(weldingVacancy, welder, skillsOnly).score).toBe(0.7); // (0.4 * 0.75 + 0.1 * 0.5) / 0.5
    expect(() => scoreMatch(weldingVacancy, welder, { ...DEFAULT_WEIGHTS, occupation: -1 })).toThrow(
      'Invalid match weights: occupation must not be negative',
    );
  });

  it('lets a prepared vacancy score many candidates with the same results', () => {
    const prepared = prepareVacancy(weldingVacancy);
    expect(scorePrepared(prepared, welder)).toEqual(scoreMatch(weldingVacancy, welder));
    expect(scorePrepared(prepared, electrician)).toEqual(scoreMatch(weldingVacancy, electrician));
  });
});

describe('passesHardFilters (examples)', () => {
  it('accepts any destination when the candidate names none, otherwise only named ones', () => {
    expect(passesHardFilters(weldingVacancy, welder)).toBe(true);
    expect(passesHardFilters(weldingVacancy, { ...welder, preferredDestinations: ['NL', 'DE'] })).toBe(true);
    expect(passesHardFilters(weldingVacancy, { ...welder, preferredDestinations: ['NL'] })).toBe(false);
  });

  it('requires every language, the EQF minimum, and programme eligibility when there is a programme', () => {
    expect(passesHardFilters(weldingVacancy, { ...welder, languages: [{ language: 'de', level: 'A1' }] })).toBe(false);
    expect(passesHardFilters(weldingVacancy, { ...welder, languages: [{ language: 'en', level: 'C2' }] })).toBe(false);
    expect(passesHardFilters(weldingVacancy, { ...welder, highestEqfLevel: 2 })).toBe(false);
    expect(passesHardFilters(weldingVacancy, { ...welder, highestEqfLevel: null })).toBe(false);
    const thammVacancy = { ...weldingVacancy, programmeId: 'thamm' };
    expect(passesHardFilters(thammVacancy, { ...welder, eligibleForProgramme: true })).toBe(true);
    expect(passesHardFilters(thammVacancy, { ...welder, eligibleForProgramme: false })).toBe(false);
    expect(passesHardFilters(thammVacancy, welder)).toBe(false);
  });
});

describe('sharesSkillOrUnitGroup', () => {
  it('retrieves candidates sharing a skill or the unit group, not others', () => {
    const prepared = prepareVacancy(weldingVacancy);
    expect(sharesSkillOrUnitGroup(prepared, electrician)).toBe(true); // shares read-blueprints
    expect(
      sharesSkillOrUnitGroup(prepared, {
        ...nobody,
        desiredOccupations: [{ num: occupation.pipeWelder, iscoCode: '7212' }],
      }),
    ).toBe(true);
    expect(
      sharesSkillOrUnitGroup(prepared, {
        ...nobody,
        desiredOccupations: [{ num: occupation.sheetMetalWorker, iscoCode: '7213' }],
      }),
    ).toBe(false);
  });
});
