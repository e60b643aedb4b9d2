import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LanguageLevelModel, QualificationModel, WorkExperienceModel } from 'src/candidates/candidate.model';
import { CandidatesRepository } from 'src/candidates/candidates.repository';
import { Occupation, Skill, toOccupation, toSkill } from 'src/taxonomy/taxonomy.model';

export interface CandidateLoaderSet {
  desiredOccupations: DataLoader<string, Occupation[]>;
  skills: DataLoader<string, Skill[]>;
  languages: DataLoader<string, LanguageLevelModel[]>;
  qualifications: DataLoader<string, QualificationModel[]>;
  experience: DataLoader<string, WorkExperienceModel[]>;
}

/** Groups rows by profile id, in the order of the keys DataLoader asked for. */
function byProfile<R extends { profileId: string }, T>(keys: readonly string[], rows: R[], map: (row: R) => T): T[][] {
  const groups = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(row.profileId)?.push(map(row));
  return keys.map((k) => groups.get(k) ?? []);
}

/**
 * DataLoaders keyed by profile id, one set per GraphQL request (held against the request
 * object, so they die with it and never share a cache between callers).
 */
@Injectable()
export class CandidateLoaders {
  private readonly perRequest = new WeakMap<object, CandidateLoaderSet>();

  constructor(private readonly repository: CandidatesRepository) {}

  forRequest(request: object): CandidateLoaderSet {
    let set = this.perRequest.get(request);
    if (!set) {
      set = this.create();
      this.perRequest.set(request, set);
    }
    return set;
  }

  private create(): CandidateLoaderSet {
    const repo = this.repository;
    return {
      desiredOccupations: new DataLoader(async (ids) =>
        byProfile(ids, await repo.desiredOccupations(ids), (r) => toOccupation(r.item)),
      ),
      skills: new DataLoader(async (ids) => byProfile(ids, await repo.skills(ids), (r) => toSkill(r.item))),
      languages: new DataLoader(async (ids) =>
        byProfile(ids, await repo.languages(ids), (r) =>
          Object.assign(new LanguageLevelModel(), { language: r.language, level: r.level }),
        ),
      ),
      qualifications: new DataLoader(async (ids) =>
        byProfile(ids, await repo.qualifications(ids), (r) =>
          Object.assign(new QualificationModel(), { title: r.title, eqfLevel: r.eqfLevel }),
        ),
      ),
      experience: new DataLoader(async (ids) =>
        byProfile(ids, await repo.experience(ids), (r) =>
          Object.assign(new WorkExperienceModel(), { occupation: toOccupation(r.occupation), years: r.years }),
        ),
      ),
    };
  }
}
