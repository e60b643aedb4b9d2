import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** The candidates a programme's statistics count: visible profiles, read in id order a batch at a time. */
@Injectable()
export class ProgrammeStatisticsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async visibleProfileIds(afterId: string | null, limit: number): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT id FROM candidate_profile
        WHERE visible AND ($1::uuid IS NULL OR id > $1::uuid)
        ORDER BY id LIMIT $2`,
      [afterId, limit],
    );
    return rows.map((r) => r.id);
  }
}
