import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { EmployerEntity } from 'src/employers/employer.entity';
import { EmployersRepository } from 'src/employers/employers.repository';
import { OccupationEntity } from 'src/taxonomy/occupation.entity';
import { SkillEntity } from 'src/taxonomy/skill.entity';
import { TaxonomyRepository } from 'src/taxonomy/taxonomy.repository';
import { VacanciesRepository } from 'src/vacancies/vacancies.repository';

export interface VacancyLoaders {
  employer: DataLoader<string, EmployerEntity | null>;
  occupation: DataLoader<string, OccupationEntity | null>;
  skills: DataLoader<string, { essential: SkillEntity[]; optional: SkillEntity[] }>;
}

/** Batches the field resolvers of one request's vacancies into one query per kind. */
@Injectable()
export class VacancyLoaderFactory {
  private readonly perRequest = new WeakMap<object, VacancyLoaders>();

  constructor(
    private readonly employers: EmployersRepository,
    private readonly taxonomy: TaxonomyRepository,
    private readonly vacancies: VacanciesRepository,
  ) {}

  forRequest(request: object): VacancyLoaders {
    let loaders = this.perRequest.get(request);
    if (!loaders) {
      loaders = this.create();
      this.perRequest.set(request, loaders);
    }
    return loaders;
  }

  private create(): VacancyLoaders {
    return {
      employer: new DataLoader(async (ids) => {
        const found = new Map((await this.employers.findByIds(ids)).map((e) => [e.id, e]));
        return ids.map((id) => found.get(id) ?? null);
      }),
      occupation: new DataLoader(async (ids) => {
        const found = new Map((await this.taxonomy.findOccupations(ids)).map((o) => [o.id, o]));
        return ids.map((id) => found.get(id) ?? null);
      }),
      skills: new DataLoader(async (vacancyIds) => {
        const links = await this.vacancies.skillsOf(vacancyIds);
        const skills = new Map(
          (await this.taxonomy.findSkills([...new Set(links.map((l) => l.skillId))])).map((s) => [s.id, s]),
        );
        const result = new Map(
          vacancyIds.map((id) => [id, { essential: [] as SkillEntity[], optional: [] as SkillEntity[] }]),
        );
        for (const link of links) {
          const skill = skills.get(link.skillId);
          if (skill) result.get(link.vacancyId)?.[link.essential ? 'essential' : 'optional'].push(skill);
        }
        for (const entry of result.values()) {
          entry.essential.sort((a, b) => a.preferredLabel.localeCompare(b.preferredLabel));
          entry.optional.sort((a, b) => a.preferredLabel.localeCompare(b.preferredLabel));
        }
        return vacancyIds.map((id) => result.get(id)!);
      }),
    };
  }
}
