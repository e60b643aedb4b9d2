import { SeededRandom } from '../seeded-random';
import {
  seededUuid,
  type GeneratedCandidate,
  type GeneratedVacancy,
  type LabelledSet,
  type TaxonomyOccupation,
} from './labelled-set';

/**
 * The realistic noise model: self-declared profiles as people write them, and the
 * candidates that fool simple rankings.
 *
 * - Relevant candidates declare 3-12 skills of their occupation (mostly essential ones);
 *   some are worded as a broader, narrower or related ESCO skill instead, and a few
 *   unrelated skills slip in. Half name their occupation; some worked in it, or nearby.
 * - Hard negatives: candidates of sibling occupations (same ISCO unit group) and of the
 *   occupations sharing most skills with the vacancy's, generated the same way; a quarter
 *   of them name the vacancy's occupation as the one they want (aspiration is cheap).
 * - Generic candidates list 30-60 of the skills most occupations need, and half of them name
 *   one of the vacancies' occupations.
 * - Vacancies set language and EQF minimums and candidates have destination lists, so the
 *   hard filters bite: an ineligible candidate must never be shown.
 */
export interface RealisticSettings {
  seed: number;
  occupations: number;
  relevantPerOccupation: number;
  siblingNegativesPerOccupation: number;
  sharedSkillNegativesPerOccupation: number;
  genericCandidates: number;
  minEssentialSkills: number;
  declaredSkills: [number, number];
  /** Share of declared skills drawn from the essential list (the rest from the optional one). */
  essentialPick: number;
  /** Probability that a declared skill is worded as an ESCO neighbour (broader, narrower, related). */
  reworded: number;
  strayedSkills: [number, number];
  genericSkills: [number, number];
  /** The generic candidates draw from this many of the most widely needed skills. */
  commonSkillPool: number;
  desiredOwnProbability: number;
  aspirationProbability: number;
  experienceProbability: number;
  experienceOwnProbability: number;
}

export const REALISTIC_GENERATION: Omit<RealisticSettings, 'seed'> = {
  occupations: 200,
  relevantPerOccupation: 10,
  siblingNegativesPerOccupation: 4,
  sharedSkillNegativesPerOccupation: 4,
  genericCandidates: 400,
  minEssentialSkills: 5,
  declaredSkills: [3, 12],
  essentialPick: 0.7,
  reworded: 0.3,
  strayedSkills: [0, 2],
  genericSkills: [30, 60],
  commonSkillPool: 300,
  desiredOwnProbability: 0.5,
  aspirationProbability: 0.25,
  experienceProbability: 0.6,
  experienceOwnProbability: 0.6,
};

/** Each skill's ESCO neighbours: broader, narrower and related skills (by integer key). */
export type SkillNeighbours = ReadonlyMap<number, readonly number[]>;

const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
const CITIZENSHIPS = ['IN', 'PH', 'MA', 'EG', 'NG', 'KE', 'TN', 'PK', 'BD', 'UZ', 'GE', 'CO'];
const MOTHER_TONGUES = ['ar', 'hi', 'tl', 'sw', 'ur', 'bn', 'uz', 'ka', 'es', 'fr'];
const OTHER_DESTINATIONS = ['AT', 'NL', 'BE', 'FR', 'IT', 'ES', 'PL', 'SE'];

function sharedSkills(a: TaxonomyOccupation, b: TaxonomyOccupation): number {
  const mine = new Set([...a.essential, ...a.optional]);
  return [...b.essential, ...b.optional].filter((s) => mine.has(s)).length;
}

export function generateRealisticSet(
  all: readonly TaxonomyOccupation[],
  neighbours: SkillNeighbours,
  settings: RealisticSettings,
): LabelledSet {
  const random = new SeededRandom(settings.seed);
  const byUri = [...all].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  const withSkills = byUri.filter((o) => o.essential.length + o.optional.length > 0);
  const eligible = byUri.filter((o) => o.essential.length >= settings.minEssentialSkills);
  const chosen = random.sample(eligible, settings.occupations);
  const byUnit = new Map<string, TaxonomyOccupation[]>();
  for (const o of withSkills) byUnit.set(o.iscoCode, [...(byUnit.get(o.iscoCode) ?? []), o]);
  const listedBy = new Map<number, number>();
  for (const o of withSkills)
    for (const s of [...o.essential, ...o.optional]) listedBy.set(s, (listedBy.get(s) ?? 0) + 1);
  const common = [...listedBy.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, settings.commonSkillPool)
    .map(([s]) => s);

  const vacancies: GeneratedVacancy[] = chosen.map((occupation) => {
    const languages = random.chance(0.5)
      ? [{ language: 'de', minLevel: random.pick(['A2', 'B1', 'B2']) }]
      : random.chance(0.5)
        ? [{ language: 'en', minLevel: random.pick(['B1', 'B2']) }]
        : [];
    return {
      id: seededUuid(random),
      occupation,
      languageRequirements: languages,
      minEqfLevel: random.chance(0.4) ? random.int(3, 5) : null,
    };
  });

  const otherThan = (num: number): TaxonomyOccupation => {
    for (;;) {
      const o = random.pick(withSkills);
      if (o.num !== num) return o;
    }
  };

  const person = (
    source: TaxonomyOccupation,
    skillNums: number[],
    desiredNums: number[],
    experience: GeneratedCandidate['experience'],
  ): GeneratedCandidate => {
    const languages: GeneratedCandidate['languages'] = [{ language: random.pick(MOTHER_TONGUES), level: 'C2' }];
    if (random.chance(0.7)) languages.push({ language: 'en', level: random.pick(LEVELS.slice(1)) });
    if (random.chance(0.5)) languages.push({ language: 'de', level: random.pick(LEVELS) });
    const unique = new Map(languages.map((l) => [l.language, l]));
    const destinations = random.chance(0.6)
      ? []
      : random.chance(0.8)
        ? ['DE', ...random.sample(OTHER_DESTINATIONS, random.int(0, 2))]
        : random.sample(OTHER_DESTINATIONS, random.int(1, 3));
    return {
      id: seededUuid(random),
      userId: seededUuid(random),
      sourceNum: source.num,
      sourceIsco: source.iscoCode,
      skillNums: [...new Set(skillNums)],
      desiredNums,
      experience,
      languages: [...unique.values()],
      destinations,
      highestEqf: random.chance(0.1) ? null : random.int(2, 7),
      citizenship: random.pick(CITIZENSHIPS),
    };
  };

  /** A self-declared profile of `source`; `aspired` is named as wanted instead of the own occupation sometimes. */
  const declare = (source: TaxonomyOccupation, aspired: TaxonomyOccupation | null): GeneratedCandidate => {
    const count = random.int(settings.declaredSkills[0], settings.declaredSkills[1]);
    const picked = new Set<number>();
    for (let attempt = 0; picked.size < count && attempt < count * 4; attempt += 1) {
      const list =
        random.chance(settings.essentialPick) || source.optional.length === 0 ? source.essential : source.optional;
      if (list.length > 0) picked.add(random.pick(list));
    }
    const skills = [...picked].map((s) => {
      const near = neighbours.get(s);
      return near && near.length > 0 && random.chance(settings.reworded) ? random.pick(near) : s;
    });
    const strayed = random.int(settings.strayedSkills[0], settings.strayedSkills[1]);
    for (let i = 0; i < strayed; i += 1) {
      const other = otherThan(source.num);
      skills.push(random.pick([...other.essential, ...other.optional]));
    }
    const desired: number[] = [];
    if (aspired && random.chance(settings.aspirationProbability)) desired.push(aspired.num);
    else if (random.chance(settings.desiredOwnProbability)) desired.push(source.num);
    const experience: GeneratedCandidate['experience'] = [];
    if (random.chance(settings.experienceProbability)) {
      const num = random.chance(settings.experienceOwnProbability) ? source.num : otherThan(source.num).num;
      experience.push({ num, years: random.int(1, 24) / 2 });
    }
    return person(source, random.sample(skills, skills.length), desired, experience);
  };

  const candidates: GeneratedCandidate[] = [];
  for (const occupation of chosen) {
    for (let i = 0; i < settings.relevantPerOccupation; i += 1) candidates.push(declare(occupation, null));
    const siblings = (byUnit.get(occupation.iscoCode) ?? []).filter((o) => o.num !== occupation.num);
    for (let i = 0; i < settings.siblingNegativesPerOccupation && siblings.length > 0; i += 1) {
      candidates.push(declare(random.pick(siblings), occupation));
    }
    const sharing = withSkills
      .filter((o) => o.iscoCode !== occupation.iscoCode)
      .map((o) => ({ o, shared: sharedSkills(occupation, o) }))
      .sort((a, b) => b.shared - a.shared || a.o.num - b.o.num)
      .slice(0, 10)
      .map((s) => s.o);
    for (let i = 0; i < settings.sharedSkillNegativesPerOccupation; i += 1) {
      candidates.push(declare(random.pick(sharing), occupation));
    }
  }
  for (let i = 0; i < settings.genericCandidates; i += 1) {
    const skills = random.sample(common, random.int(settings.genericSkills[0], settings.genericSkills[1]));
    const desired = random.chance(0.5) ? [random.pick(chosen).num] : [];
    const experience = random.chance(0.5) ? [{ num: otherThan(-1).num, years: random.int(1, 24) / 2 }] : [];
    // Generic candidates come from no occupation: no vacancy counts them relevant.
    const nowhere = { num: -1, uri: '', label: '', iscoCode: '', essential: [], optional: [] };
    candidates.push(person(nowhere, skills, desired, experience));
  }
  return { vacancies, candidates };
}
