import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { ShortageOccupationEntity } from 'src/shortages/shortage-occupation.entity';
import { IscoGroupEntity } from 'src/taxonomy/isco-group.entity';

@Injectable()
export class ShortagesRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** The ISCO groups on one list, by code. */
  async list(memberState: string, year: number, manager?: EntityManager): Promise<IscoGroupEntity[]> {
    const rows = await this.m(manager).find(ShortageOccupationEntity, {
      where: { memberState, year },
      relations: { iscoGroup: true },
      order: { iscoCode: 'ASC' },
    });
    return rows.map((r) => r.iscoGroup!);
  }

  /** Every list of a year, each state's groups by code (states in code order). */
  async listsOf(year: number, manager?: EntityManager): Promise<ShortageOccupationEntity[]> {
    return this.m(manager).find(ShortageOccupationEntity, {
      where: { year },
      relations: { iscoGroup: true },
      order: { memberState: 'ASC', iscoCode: 'ASC' },
    });
  }

  /** The years that have at least one list, latest first. */
  async years(manager?: EntityManager): Promise<number[]> {
    const rows = await this.m(manager).query<{ year: number }[]>(
      `SELECT DISTINCT year FROM shortage_occupation ORDER BY year DESC`,
    );
    return rows.map((r) => Number(r.year));
  }

  async replace(memberState: string, year: number, iscoCodes: string[], manager: EntityManager): Promise<void> {
    await manager.delete(ShortageOccupationEntity, { memberState, year });
    if (iscoCodes.length > 0) {
      await manager.insert(
        ShortageOccupationEntity,
        iscoCodes.map((iscoCode) => ({ memberState, year, iscoCode })),
      );
    }
  }

  /** Which of `codes` are ISCO unit groups (4-digit) in the taxonomy. */
  async existingUnitGroups(codes: string[], manager?: EntityManager): Promise<Set<string>> {
    if (codes.length === 0) return new Set();
    const rows = await this.m(manager).find(IscoGroupEntity, {
      select: { code: true },
      where: { code: In(codes), level: 4 },
    });
    return new Set(rows.map((r) => r.code));
  }

  async isOnAnyList(iscoCode: string, memberStates: string[], year: number, manager?: EntityManager): Promise<boolean> {
    return this.m(manager).exists(ShortageOccupationEntity, {
      where: { iscoCode, year, memberState: In(memberStates) },
    });
  }
}
