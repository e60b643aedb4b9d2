import { Injectable } from '@nestjs/common';
import { ValidationError } from 'src/common/errors';
import { buildReport, TransparencyReport } from 'src/moderation/transparency/transparency-report';
import { TransparencyRepository } from 'src/moderation/transparency/transparency.repository';

const DAY_MS = 86_400_000;

@Injectable()
export class TransparencyService {
  constructor(private readonly figures: TransparencyRepository) {}

  /** Both days included, in UTC: notices and appeals received, and decisions taken, from the start of `from` to the end of `to`. */
  async report(from: string, to: string): Promise<TransparencyReport> {
    if (from > to) throw ValidationError.field('to', 'must not be before from');
    const start = new Date(`${from}T00:00:00Z`);
    const end = new Date(new Date(`${to}T00:00:00Z`).getTime() + DAY_MS);
    return buildReport({ from, to }, await this.figures.figures({ start, end }), new Date());
  }
}
