import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { LanguageLevelModel, QualificationModel, WorkExperienceModel } from 'src/candidates/candidate.model';
import { CandidatesRepository } from 'src/candidates/candidates.repository';
import { groupedBy, RequestLoaders } from 'src/graphql/request-loaders';
import { Occupation, Skill, toOccupation, toSkill } from 'src/taxonomy/taxonomy.model';

const profileOf = (row: { profileId: string }): string => row.profileId;

export interface CandidateLoaderSet {
  desiredOccupations: DataLoader<string, Occupation[]>;
  skills: DataLoader<string, Skill[]>;
  languages: DataLoader<string, LanguageLevelModel[]>;
  qualifications: DataLoader<string, QualificationModel[]>;
  experience: DataLoader<string, WorkExperienceModel[]>;
}

/** DataLoaders keyed by profile id, one set per GraphQL request. */
@Injectable()
export class CandidateLoaders extends RequestLoaders<CandidateLoaderSet> {
  constructor(private readonly repository: CandidatesRepository) {
    super();
  }

  protected create(): CandidateLoaderSet {
    const repo = this.repository;
    return {
      desiredOccupations: new DataLoader(async (ids) =>
        groupedBy(ids, await repo.desiredOccupations(ids), profileOf, (r) => toOccupation(r.item)),
      ),
      skills: new DataLoader(async (ids) => groupedBy(ids, await repo.skills(ids), profileOf, (r) => toSkill(r.item))),
      languages: new DataLoader(async (ids) =>
        groupedBy(ids, await repo.languages(ids), profileOf, (r) =>
          Object.assign(new LanguageLevelModel(), { language: r.language, level: r.level }),
        ),
      ),
      qualifications: new DataLoader(async (ids) =>
        groupedBy(ids, await repo.qualifications(ids), profileOf, (r) =>
          Object.assign(new QualificationModel(), { title: r.title, eqfLevel: r.eqfLevel }),
        ),
      ),
      experience: new DataLoader(async (ids) =>
        groupedBy(ids, await repo.experience(ids), profileOf, (r) =>
          Object.assign(new WorkExperienceModel(), { occupation: toOccupation(r.occupation), years: r.years }),
        ),
      ),
    };
  }
}
