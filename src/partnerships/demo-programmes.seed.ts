import { DataSource } from 'typeorm';
import { NO_CRITERIA } from 'src/partnerships/eligibility';
import { ProgrammeFields, ProgrammesRepository } from 'src/partnerships/programmes.repository';
import type { CefrLevel } from 'src/reference/cefr';
import { SeedStep } from 'src/seed/seed-step';

const german = (minLevel: CefrLevel) => ({ language: 'de', minLevel });
const english = (minLevel: CefrLevel) => ({ language: 'en', minLevel });

/**
 * Three programmes modelled on real schemes (docs/domain.md, "Talent Partnerships"). Their
 * criteria are illustrative, not the schemes' official rules.
 */
export const DEMO_PROGRAMMES: ProgrammeFields[] = [
  {
    name: 'THAMM Germany (demo)',
    partnerCountries: ['EG', 'MA', 'TN'],
    memberStates: ['DE'],
    criteria: {
      ...NO_CRITERIA,
      citizenships: ['EG', 'MA', 'TN'],
      minAge: 18,
      maxAge: 45,
      languages: [german('B1')],
      iscoCodes: ['7411', '7212', '5120'],
      requiresTrainingCompletion: true,
    },
    active: true,
  },
  {
    name: 'PALIM Flanders ICT (demo)',
    partnerCountries: ['MA'],
    memberStates: ['BE'],
    criteria: {
      ...NO_CRITERIA,
      citizenships: ['MA'],
      residenceCountries: ['MA'],
      minAge: 20,
      maxAge: 35,
      languages: [english('B2')],
      minEqfLevel: 6,
      iscoCodes: ['25'],
    },
    active: true,
  },
  {
    name: 'MATCH ICT (demo)',
    partnerCountries: ['NG', 'SN'],
    memberStates: ['BE', 'IT', 'LU', 'NL'],
    criteria: {
      ...NO_CRITERIA,
      citizenships: ['NG', 'SN'],
      languages: [english('B2')],
      minEqfLevel: 6,
      iscoCodes: ['25'],
    },
    active: true,
  },
];

/** Creates each demo programme unless one of that name exists (an admin's edits are kept). */
export const demoProgrammesStep: SeedStep = {
  name: 'demo partnership programmes',
  async run(context) {
    const dataSource = context.get(DataSource, { strict: false });
    const programmes = new ProgrammesRepository(dataSource);
    const created = await dataSource.transaction(async (manager) => {
      const names: string[] = [];
      for (const programme of DEMO_PROGRAMMES) {
        if (await programmes.findByName(programme.name, manager)) continue;
        await programmes.insert(programme, manager);
        names.push(programme.name);
      }
      return names;
    });
    return created.length > 0 ? `created ${created.join(', ')}` : 'all programmes already present';
  },
};
