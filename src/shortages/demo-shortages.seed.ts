import { SeedStep } from 'src/seed/seed-step';
import { ShortagesService } from 'src/shortages/shortages.service';
import { EU_WIDE } from 'src/reference/countries';

/** EURES shortage occupations of 2023 and 2024 (docs/domain.md), ISCO-08 unit groups. */
const EURES_2023 = ['8332', '2221', '2212', '7411', '7121', '5131', '9313'];
const EURES_2024 = ['7212', '2221', '5120', '7411'];

/** Demo national lists: illustrative, not official. */
const NATIONAL: Record<string, string[]> = {
  DE: ['2512', '2221', '5322', '7126', '7231', '7411'],
  BE: ['2512', '2522', '2523', '7115', '5321', '7411'],
};

/**
 * The EU-wide list for 2023, 2024 and the current year (the union of the EURES findings),
 * and the demo national lists for the current year. A list an admin already set is kept.
 */
export const demoShortageListsStep: SeedStep = {
  name: 'demo shortage lists',
  async run(context) {
    const shortages = context.get(ShortagesService, { strict: false });
    const year = new Date().getFullYear();
    const lists: [string, number, string[]][] = [
      [EU_WIDE, 2023, EURES_2023],
      [EU_WIDE, 2024, EURES_2024],
      [EU_WIDE, year, [...new Set([...EURES_2023, ...EURES_2024])]],
      ...Object.entries(NATIONAL).map(([state, codes]): [string, number, string[]] => [state, year, codes]),
    ];
    const written: string[] = [];
    for (const [state, listYear, codes] of lists) {
      if ((await shortages.list(state, listYear)).length > 0) continue;
      await shortages.replace(state, listYear, await shortages.knownUnitGroups(codes));
      written.push(`${state} ${listYear}`);
    }
    return written.length > 0 ? `wrote ${written.join(', ')}` : 'all lists already present';
  },
};
