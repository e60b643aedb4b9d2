import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { FieldProblem, ValidationError } from 'src/common/errors';
import { EU_WIDE, normalizeCountryCode } from 'src/reference/countries';
import { ShortagesRepository } from 'src/shortages/shortages.repository';
import { IscoGroup, toIscoGroup } from 'src/taxonomy/taxonomy.model';

/**
 * Shortage-occupation lists per Member State and year, plus the EU-wide list (`EU`).
 * An ISCO unit group is in shortage in a state when it is on that state's list or the
 * EU-wide list for the year.
 */
export interface ShortageList {
  memberState: string;
  year: number;
  occupations: IscoGroup[];
}

@Injectable()
export class ShortagesService {
  private readonly logger = new Logger('Shortages');

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ShortagesRepository,
  ) {}

  async list(memberState: string, year: number = new Date().getFullYear()): Promise<IscoGroup[]> {
    return (await this.repository.list(normalizeCountryCode(memberState), year)).map(toIscoGroup);
  }

  /** Every list of a year that has any occupation: the EU-wide list first, then Member States by code. */
  async lists(year: number = new Date().getFullYear()): Promise<ShortageList[]> {
    const lists = new Map<string, ShortageList>();
    for (const row of await this.repository.listsOf(year)) {
      let list = lists.get(row.memberState);
      if (!list) {
        list = { memberState: row.memberState, year, occupations: [] };
        lists.set(row.memberState, list);
      }
      list.occupations.push(toIscoGroup(row.iscoGroup!));
    }
    return [...lists.values()].sort(
      (a, b) =>
        Number(b.memberState === EU_WIDE) - Number(a.memberState === EU_WIDE) ||
        a.memberState.localeCompare(b.memberState),
    );
  }

  years(): Promise<number[]> {
    return this.repository.years();
  }

  /** Replaces the whole list of one state (or `EU`) for one year, in one transaction. */
  async replace(memberState: string, year: number, iscoCodes: string[]): Promise<IscoGroup[]> {
    const state = normalizeCountryCode(memberState);
    const codes = iscoCodes.map((c) => c.trim());
    const problems: FieldProblem[] = [];
    codes.forEach((code, i) => {
      if (!/^\d{4}$/.test(code))
        problems.push({ path: `iscoCodes.${i}`, message: 'must be a 4-digit ISCO-08 unit group code' });
    });
    const existing = await this.repository.existingUnitGroups(codes.filter((c) => /^\d{4}$/.test(c)));
    codes.forEach((code, i) => {
      if (/^\d{4}$/.test(code) && !existing.has(code)) {
        problems.push({ path: `iscoCodes.${i}`, message: `${code} is not an ISCO-08 unit group in the taxonomy` });
      }
    });
    problems.sort((a, b) => Number(a.path.split('.')[1]) - Number(b.path.split('.')[1]));
    if (problems.length > 0)
      throw new ValidationError(problems, problems.map((p) => `${p.path}: ${p.message}`).join('; '));
    const unique = [...new Set(codes)];
    await this.dataSource.transaction(async (manager) => {
      await this.repository.replace(state, year, unique, manager);
    });
    this.logger.log(`Shortage list ${state} ${year} now has ${unique.length} ISCO unit group(s)`);
    return this.list(state, year);
  }

  /** The codes among `codes` that are ISCO unit groups in the taxonomy, in their order. */
  async knownUnitGroups(codes: string[]): Promise<string[]> {
    const existing = await this.repository.existingUnitGroups(codes);
    return codes.filter((c) => existing.has(c));
  }

  /** Whether unit group `iscoUnitCode` is in shortage in `memberState` in the year of `date`. */
  async isShortageOccupation(
    iscoUnitCode: string,
    memberState: string,
    date: Date = new Date(),
    manager?: EntityManager,
  ): Promise<boolean> {
    const state = normalizeCountryCode(memberState);
    return this.repository.isOnAnyList(iscoUnitCode, [...new Set([state, EU_WIDE])], date.getFullYear(), manager);
  }
}
