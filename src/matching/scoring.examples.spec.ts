import { DEFAULT_WEIGHTS } from 'src/config/match-weights';
import { passesHardFilters } from 'src/matching/hard-filters';
import { compareMatches } from 'src/matching/ranking';
import { prepareVacancy, scoreMatch, scorePrepared, sharesEvidence } from 'src/matching/scoring';
import { SkillGraph } from 'src/matching/skill-graph';
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
  weldingEngineer: 9,
};
const skill = {
  arcWelding: 101,
  readBlueprints: 102,
  metalCutting: 103,
  safetyEquipment: 104,
  tigWelding: 105,
  forklift: 106,
  installWiring: 107,
  mmaWelding: 108,
  metallurgy: 109,
  cookPasta: 110,
  useCashRegister: 111,
};

/**
 * What the importer would derive: MMA welding is a narrower skill of arc welding, metallurgy
 * is knowledge essential to metal cutting, safety equipment is needed by most occupations
 * (low specificity), and a welding engineer's skill profile is alike a welder's.
 */
const graph = new SkillGraph({
  specificity: [
    [skill.arcWelding, 0.9],
    [skill.readBlueprints, 0.6],
    [skill.metalCutting, 0.8],
    [skill.safetyEquipment, 0.3],
    [skill.tigWelding, 0.9],
    [skill.forklift, 0.5],
    [skill.installWiring, 0.8],
    [skill.mmaWelding, 1],
    [skill.metallurgy, 0.8],
    [skill.cookPasta, 0.9],
    [skill.useCashRegister, 0.4],
  ],
  hierarchy: [{ narrower: skill.mmaWelding, broader: skill.arcWelding }],
  relations: [{ skill: skill.metalCutting, related: skill.metallurgy, type: 'essential' }],
  occupationNeighbours: [
    { occupation: occupation.welder, neighbour: occupation.weldingEngineer, similarity: 0.5 },
    { occupation: occupation.weldingEngineer, neighbour: occupation.welder, similarity: 0.5 },
  ],
});

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
      // Without a skill graph every skill weighs alike. Coverage (0.58 × 3/4 + 0.15 × 1/2) / 0.73
      // = 0.6986 and focus 1 (every skill listed is asked for): skills √0.6986 = 0.8358. Score
      // (0.73 × 0.8358 + 0.10 + 0.06 + 0.05 × 0.5 + 0.02) / 0.96 = 0.8491: no programme, so
      // its weight is left out.
      score: 0.8491,
      breakdown: {
        essentialSkills: 0.75,
        optionalSkills: 0.5,
        skillFocus: 1,
        skills: 0.8358,
        occupation: 1,
        experience: 1,
        languages: 0.5,
        qualification: 1,
        partnership: 0,
      },
      matchedSkillNums: [skill.arcWelding, skill.readBlueprints, skill.metalCutting, skill.tigWelding],
      missingEssentialSkillNums: [skill.safetyEquipment],
      skillMatches: [
        { requiredNum: skill.arcWelding, heldNum: skill.arcWelding, relation: 'EXACT', credit: 1 },
        { requiredNum: skill.readBlueprints, heldNum: skill.readBlueprints, relation: 'EXACT', credit: 1 },
        { requiredNum: skill.metalCutting, heldNum: skill.metalCutting, relation: 'EXACT', credit: 1 },
        { requiredNum: skill.tigWelding, heldNum: skill.tigWelding, relation: 'EXACT', credit: 1 },
      ],
    });
  });

  it('gives partial credit for a narrower or related skill and says which skill earned it', () => {
    const worded = { ...welder, skillNums: [skill.mmaWelding, skill.readBlueprints, skill.metallurgy] };
    const { skillMatches, matchedSkillNums, missingEssentialSkillNums, breakdown } = scoreMatch(
      weldingVacancy,
      worded,
      undefined,
      graph,
    );
    expect(skillMatches).toEqual([
      { requiredNum: skill.arcWelding, heldNum: skill.mmaWelding, relation: 'NARROWER', credit: 0.75 },
      { requiredNum: skill.readBlueprints, heldNum: skill.readBlueprints, relation: 'EXACT', credit: 1 },
      { requiredNum: skill.metalCutting, heldNum: skill.metallurgy, relation: 'RELATED', credit: 0.5 },
    ]);
    // matchedSkills stays the exact matches; the essential skills not held exactly are missing.
    expect(matchedSkillNums).toEqual([skill.readBlueprints]);
    expect(missingEssentialSkillNums).toEqual([skill.arcWelding, skill.metalCutting, skill.safetyEquipment]);
    // μ = specificity²: (0.81 × 0.75 + 0.36 + 0.64 × 0.5) / (0.81 + 0.36 + 0.64 + 0.09).
    expect(breakdown.essentialSkills).toBeCloseTo((0.81 * 0.75 + 0.36 + 0.64 * 0.5) / 1.9, 4);
    const exact = scoreMatch(
      weldingVacancy,
      { ...worded, skillNums: [skill.arcWelding, skill.readBlueprints, skill.metalCutting] },
      undefined,
      graph,
    );
    expect(exact.score).toBeGreaterThan(scoreMatch(weldingVacancy, worded, undefined, graph).score);
    const broader = scoreMatch(
      { ...weldingVacancy, essentialSkillNums: [skill.mmaWelding] },
      { ...nobody, skillNums: [skill.arcWelding] },
      undefined,
      graph,
    );
    expect(broader.skillMatches).toEqual([
      { requiredNum: skill.mmaWelding, heldNum: skill.arcWelding, relation: 'BROADER', credit: 0.5 },
    ]);
  });

  it('counts a specific skill for more than one most occupations need', () => {
    const specific = scoreMatch(weldingVacancy, { ...nobody, skillNums: [skill.arcWelding] }, undefined, graph);
    const common = scoreMatch(weldingVacancy, { ...nobody, skillNums: [skill.safetyEquipment] }, undefined, graph);
    expect(specific.breakdown.essentialSkills).toBeGreaterThan(5 * common.breakdown.essentialSkills);
    expect(specific.score).toBeGreaterThan(common.score);
  });

  it('ranks a short list of the right skills above a long list that covers the same and much else', () => {
    const focused = { ...nobody, skillNums: [skill.arcWelding, skill.metalCutting] };
    const scattered = {
      ...nobody,
      skillNums: [
        skill.arcWelding,
        skill.metalCutting,
        skill.readBlueprints,
        skill.installWiring,
        skill.cookPasta,
        skill.useCashRegister,
        skill.forklift,
      ],
    };
    const a = scoreMatch(weldingVacancy, focused, undefined, graph);
    const b = scoreMatch(weldingVacancy, scattered, undefined, graph);
    expect(b.breakdown.essentialSkills).toBeGreaterThan(a.breakdown.essentialSkills);
    expect(a.breakdown.skillFocus).toBe(1);
    expect(b.breakdown.skillFocus).toBeLessThan(0.7);
    expect(a.score).toBeGreaterThan(b.score);
  });

  it('never lets naming the occupation outweigh showing most of its essential skills', () => {
    const shows = { ...nobody, skillNums: [skill.arcWelding, skill.readBlueprints, skill.metalCutting] };
    const names = {
      ...nobody,
      skillNums: [skill.safetyEquipment],
      desiredOccupations: [{ num: occupation.welder, iscoCode: '7212' }],
      experience: [{ num: occupation.welder, iscoCode: '7212', years: 10 }],
    };
    expect(scoreMatch(weldingVacancy, shows, undefined, graph).score).toBeGreaterThan(
      scoreMatch(weldingVacancy, names, undefined, graph).score,
    );
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
    expect(scoreMatch(thammVacancy, perfect).score).toBe(0.96);
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
    // √((0.58 × 0.75 + 0.15 × 0.5) / 0.73 × focus 1)
    expect(scoreMatch(weldingVacancy, welder, skillsOnly).score).toBe(0.8358);
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

describe('sharesEvidence', () => {
  it('retrieves candidates sharing a skill, a related skill, the unit group or an alike occupation, not others', () => {
    const prepared = prepareVacancy(weldingVacancy, graph);
    const wanting = (num: number, iscoCode: string) => ({ ...nobody, desiredOccupations: [{ num, iscoCode }] });
    expect(sharesEvidence(prepared, electrician)).toBe(true); // shares read-blueprints
    expect(sharesEvidence(prepared, { ...nobody, skillNums: [skill.mmaWelding] })).toBe(true); // narrower skill
    expect(sharesEvidence(prepared, wanting(occupation.pipeWelder, '7212'))).toBe(true);
    expect(sharesEvidence(prepared, wanting(occupation.weldingEngineer, '2144'))).toBe(true); // alike profile
    expect(sharesEvidence(prepared, wanting(occupation.sheetMetalWorker, '7213'))).toBe(false);
    expect(sharesEvidence(prepared, { ...nobody, skillNums: [skill.cookPasta] })).toBe(false);
  });
});

describe('occupation closeness beyond the ISCO tree', () => {
  it('brings an occupation with an alike skill profile near, at half its similarity', () => {
    const engineer = { ...nobody, desiredOccupations: [{ num: occupation.weldingEngineer, iscoCode: '2144' }] };
    expect(scoreMatch(weldingVacancy, engineer).breakdown.occupation).toBe(0); // 2144 and 7212: no common group
    expect(scoreMatch(weldingVacancy, engineer, undefined, graph).breakdown.occupation).toBe(0.25);
    const pipeWelder = { ...nobody, desiredOccupations: [{ num: occupation.pipeWelder, iscoCode: '7212' }] };
    expect(scoreMatch(weldingVacancy, pipeWelder, undefined, graph).breakdown.occupation).toBe(0.6);
  });
});
