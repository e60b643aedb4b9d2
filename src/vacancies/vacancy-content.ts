import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { FieldProblem, RuleViolation, ValidationError } from 'src/common/errors';
import { ProgrammesRepository } from 'src/partnerships/programmes.repository';
import { ShortagesService } from 'src/shortages/shortages.service';
import { TaxonomyRepository } from 'src/taxonomy/taxonomy.repository';
import { VacancyEntity } from 'src/vacancies/vacancy.entity';
import { VacancyInput } from 'src/vacancies/vacancy.input';
import { VacanciesRepository } from 'src/vacancies/vacancies.repository';

function unique(ids: string[] | null | undefined): string[] | undefined {
  return ids ? [...new Set(ids)] : undefined;
}

/**
 * What a vacancy says, checked against the reference data: its occupation and skills exist,
 * its programme recruits where it is, and omitted skill lists take the occupation's own.
 * Everything runs on the caller's transaction.
 */
@Injectable()
export class VacancyContent {
  constructor(
    private readonly vacancies: VacanciesRepository,
    private readonly taxonomy: TaxonomyRepository,
    private readonly shortages: ShortagesService,
    private readonly programmes: ProgrammesRepository,
  ) {}

  /** Resolves concepts (UNKNOWN_CONCEPT for ids that do not exist) and the columns of the row. */
  async columns(input: VacancyInput, manager: EntityManager): Promise<Partial<VacancyEntity>> {
    const occupation = await this.taxonomy.findOccupation(input.occupationId, manager);
    if (!occupation) {
      throw new RuleViolation('UNKNOWN_CONCEPT', 'No such occupation', 'BAD_USER_INPUT', [
        { path: 'input.occupationId', message: 'is not a known occupation' },
      ]);
    }
    const problems: FieldProblem[] = [];
    for (const field of ['essentialSkillIds', 'optionalSkillIds'] as const) {
      const ids = input[field] ?? [];
      const known = new Set((await this.taxonomy.findSkills(ids, manager)).map((s) => s.id));
      ids.forEach((skillId, i) => {
        if (!known.has(skillId)) problems.push({ path: `input.${field}.${i}`, message: 'is not a known skill' });
      });
    }
    if (problems.length > 0) throw new RuleViolation('UNKNOWN_CONCEPT', 'Unknown skills', 'BAD_USER_INPUT', problems);
    if (input.programmeId) await this.requireProgramme(input.programmeId, input.memberState, manager);
    if (input.salary?.max != null && input.salary.max < input.salary.min) {
      throw ValidationError.field('input.salary.max', 'must not be below min');
    }
    return {
      title: input.title,
      description: input.description,
      occupationId: occupation.id,
      memberState: input.memberState,
      city: input.city ?? null,
      languageRequirements: (input.languageRequirements ?? []).map((r) => ({
        language: r.language,
        minLevel: r.minLevel,
      })),
      minEqfLevel: input.minEqfLevel ?? null,
      minExperienceYears: input.minExperienceYears ?? null,
      positions: input.positions,
      salaryMin: input.salary ? String(input.salary.min) : null,
      salaryMax: input.salary?.max != null ? String(input.salary.max) : null,
      salaryCurrency: input.salary?.currency ?? null,
      salaryPeriod: input.salary?.period ?? null,
      programmeId: input.programmeId ?? null,
      shortageOccupation: await this.shortages.isShortageOccupation(
        occupation.iscoCode,
        input.memberState,
        new Date(),
        manager,
      ),
    };
  }

  /** A vacancy may recruit for an active programme that places people in its Member State. */
  private async requireProgramme(programmeId: string, memberState: string, manager: EntityManager): Promise<void> {
    const programme = await this.programmes.findById(programmeId, manager);
    if (!programme) {
      throw new RuleViolation('UNKNOWN_CONCEPT', 'No such partnership programme', 'BAD_USER_INPUT', [
        { path: 'input.programmeId', message: 'is not a partnership programme' },
      ]);
    }
    if (!programme.active) throw ValidationError.field('input.programmeId', `${programme.name} is not active`);
    if (!programme.memberStates.includes(memberState)) {
      throw ValidationError.field(
        'input.memberState',
        `must be one of ${programme.name}'s Member States (${programme.memberStates.join(', ')})`,
      );
    }
  }

  /** Omitted skill lists default to the ESCO occupation's own essential and optional skills. */
  async saveSkills(vacancyId: string, input: VacancyInput, manager: EntityManager): Promise<void> {
    let essential = unique(input.essentialSkillIds);
    let optional = unique(input.optionalSkillIds);
    if (!essential || !optional) {
      const rows = await this.taxonomy.skillsOfOccupations([input.occupationId], manager);
      essential ??= rows.filter((r) => r.relationType === 'essential').map((r) => r.skill.id);
      optional ??= rows.filter((r) => r.relationType === 'optional').map((r) => r.skill.id);
    }
    await this.vacancies.replaceSkills(vacancyId, essential, optional, manager);
  }
}
