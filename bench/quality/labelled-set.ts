import { SeededRandom } from '../seeded-random';

/** One ESCO occupation as the generator sees it: integer keys (occupation.num, skill.num). */
export interface TaxonomyOccupation {
  num: number;
  uri: string;
  label: string;
  /** ISCO-08 unit group, 4 digits. */
  iscoCode: string;
  essential: number[];
  optional: number[];
}

export interface GeneratedCandidate {
  id: string;
  userId: string;
  /** The occupation the candidate was generated from: the ground truth, never shown to a ranker. */
  sourceNum: number;
  sourceIsco: string;
  skillNums: number[];
  desiredNums: number[];
  experience: { num: number; years: number }[];
  languages: { language: string; level: string }[];
  destinations: string[];
  highestEqf: number | null;
  citizenship: string;
}

export interface GeneratedVacancy {
  id: string;
  occupation: TaxonomyOccupation;
  /** Hard filters; none when absent. */
  languageRequirements?: { language: string; minLevel: string }[];
  minEqfLevel?: number | null;
}

export interface LabelledSet {
  vacancies: GeneratedVacancy[];
  candidates: GeneratedCandidate[];
}

export interface GenerationSettings {
  seed: number;
  occupations: number;
  candidatesPerOccupation: number;
  /** Occupations with fewer essential skills are not used for vacancies (too little to match on). */
  minEssentialSkills: number;
  essentialShare: [number, number];
  optionalShare: [number, number];
  noiseSkills: [number, number];
  /** Probability that the source occupation is among the desired ones. */
  desiredOwnProbability: number;
  /** Otherwise, probability of desiring some other random occupation instead of none. */
  desiredOtherProbability: number;
  /** Probability of one past job; it is in the source occupation with `experienceOwnProbability`. */
  experienceProbability: number;
  experienceOwnProbability: number;
}

export const DEFAULT_GENERATION: Omit<GenerationSettings, 'seed'> = {
  occupations: 200,
  candidatesPerOccupation: 10,
  minEssentialSkills: 5,
  essentialShare: [0.4, 0.9],
  optionalShare: [0.1, 0.6],
  noiseSkills: [2, 6],
  desiredOwnProbability: 0.5,
  desiredOtherProbability: 0.5,
  experienceProbability: 0.7,
  experienceOwnProbability: 0.5,
};

const LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
const CITIZENSHIPS = ['IN', 'PH', 'MA', 'EG', 'NG', 'KE', 'TN', 'PK', 'BD', 'UZ', 'GE', 'CO'];
const MOTHER_TONGUES = ['ar', 'hi', 'tl', 'sw', 'ur', 'bn', 'uz', 'ka', 'es', 'fr'];
const OTHER_DESTINATIONS = ['AT', 'NL', 'BE', 'FR', 'IT', 'ES', 'PL', 'SE'];

/** A version-4 UUID from the seeded generator, so ids (and so ties broken by id) are the same every run. */
export function seededUuid(random: SeededRandom): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random.next() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((Math.floor(random.next() * 4) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

function share(random: SeededRandom, [min, max]: [number, number]): number {
  return min + random.next() * (max - min);
}

/**
 * The labelled set: `occupations` ESCO occupations (seeded sample of those with enough
 * essential skills, taken in URI order so the database's own ordering does not matter), one
 * vacancy each, and `candidatesPerOccupation` candidates generated from each. Ids are seeded
 * UUIDs, so they carry no hint of the source occupation.
 */
export function generateLabelledSet(all: readonly TaxonomyOccupation[], settings: GenerationSettings): LabelledSet {
  const random = new SeededRandom(settings.seed);
  const byUri = [...all].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  const withSkills = byUri.filter((o) => o.essential.length + o.optional.length > 0);
  const eligible = byUri.filter((o) => o.essential.length >= settings.minEssentialSkills);
  const chosen = random.sample(eligible, settings.occupations);

  const otherThan = (num: number): TaxonomyOccupation => {
    for (;;) {
      const o = random.pick(withSkills);
      if (o.num !== num) return o;
    }
  };

  const vacancies = chosen.map((occupation) => ({ id: seededUuid(random), occupation }));
  const candidates: GeneratedCandidate[] = [];
  for (const occupation of chosen) {
    for (let i = 0; i < settings.candidatesPerOccupation; i += 1) {
      const essential = random.sample(
        occupation.essential,
        Math.max(1, Math.round(share(random, settings.essentialShare) * occupation.essential.length)),
      );
      const optional = random.sample(
        occupation.optional,
        Math.round(share(random, settings.optionalShare) * occupation.optional.length),
      );
      const noise: number[] = [];
      const noiseCount = random.int(settings.noiseSkills[0], settings.noiseSkills[1]);
      for (let n = 0; n < noiseCount; n += 1) {
        const other = otherThan(occupation.num);
        noise.push(random.pick([...other.essential, ...other.optional]));
      }
      const skillNums = [...new Set(random.sample([...essential, ...optional, ...noise], Number.MAX_SAFE_INTEGER))];

      const desiredNums: number[] = [];
      if (random.chance(settings.desiredOwnProbability)) desiredNums.push(occupation.num);
      else if (random.chance(settings.desiredOtherProbability)) desiredNums.push(otherThan(occupation.num).num);

      const experience: GeneratedCandidate['experience'] = [];
      if (random.chance(settings.experienceProbability)) {
        const num = random.chance(settings.experienceOwnProbability) ? occupation.num : otherThan(occupation.num).num;
        experience.push({ num, years: random.int(1, 24) / 2 });
      }

      const languages: GeneratedCandidate['languages'] = [{ language: random.pick(MOTHER_TONGUES), level: 'C2' }];
      if (random.chance(0.8)) languages.push({ language: 'en', level: random.pick(LEVELS.slice(2)) });
      if (random.chance(0.5)) languages.push({ language: 'de', level: random.pick(LEVELS) });
      const unique = new Map(languages.map((l) => [l.language, l]));

      // Everyone passes the destination filter: anywhere, or a list that names DE.
      const destinations = random.chance(0.6) ? [] : ['DE', ...random.sample(OTHER_DESTINATIONS, random.int(0, 2))];

      candidates.push({
        id: seededUuid(random),
        userId: seededUuid(random),
        sourceNum: occupation.num,
        sourceIsco: occupation.iscoCode,
        skillNums,
        desiredNums,
        experience,
        languages: [...unique.values()],
        destinations,
        highestEqf: random.chance(0.1) ? null : random.int(2, 7),
        citizenship: random.pick(CITIZENSHIPS),
      });
    }
  }
  return { vacancies, candidates };
}

/** 2 for a candidate generated from the vacancy's occupation, 1 for the same ISCO unit group, else 0. */
export function relevance(vacancy: GeneratedVacancy, candidate: GeneratedCandidate): number {
  if (candidate.sourceNum === vacancy.occupation.num) return 2;
  if (candidate.sourceIsco === '') return 0;
  return candidate.sourceIsco.slice(0, 4) === vacancy.occupation.iscoCode.slice(0, 4) ? 1 : 0;
}
