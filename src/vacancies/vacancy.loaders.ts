import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { EmployerEntity } from 'src/employers/employer.entity';
import { EmployersRepository } from 'src/employers/employers.repository';
import { byKey, idOf, RequestLoaders } from 'src/graphql/request-loaders';
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
export class VacancyLoaderFactory extends RequestLoaders<VacancyLoaders> {
  constructor(
    private readonly employers: EmployersRepository,
    private readonly taxonomy: TaxonomyRepository,
    private readonly vacancies: VacanciesRepository,
  ) {
    super();
  }

  protected create(): VacancyLoaders {
    return {
      employer: new DataLoader(async (ids) => byKey(ids, await this.employers.findByIds(ids), idOf)),
      occupation: new DataLoader(async (ids) => byKey(ids, await this.taxonomy.findOccupations(ids), idOf)),
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
