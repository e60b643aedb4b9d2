import { INestApplicationContext } from '@nestjs/common';
import { CliUsageError, parseFlags } from 'src/cli/flags';
import { isCalendarDate } from 'src/graphql/date.scalar';
import { reportCsv } from 'src/moderation/transparency/transparency-report';
import { TransparencyService } from 'src/moderation/transparency/transparency.service';

/** `--from YYYY-MM-DD --to YYYY-MM-DD [--format json|csv]`: the report as the command prints it. */
export async function transparencyCommand(app: INestApplicationContext, argv: string[]): Promise<string> {
  const flags = parseFlags(argv, ['from', 'to', 'format']);
  const format = flags.format ?? 'json';
  for (const name of ['from', 'to'] as const) {
    const value = flags[name];
    if (!value || !isCalendarDate(value)) throw new CliUsageError(`--${name} must be a date written YYYY-MM-DD`);
  }
  if (format !== 'json' && format !== 'csv') throw new CliUsageError('--format must be json or csv');
  const report = await app.get(TransparencyService).report(flags.from!, flags.to!);
  return format === 'csv' ? reportCsv(report) : `${JSON.stringify(report, null, 2)}\n`;
}
