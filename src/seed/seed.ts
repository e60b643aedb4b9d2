import { demoAdminStep } from 'src/auth/demo-admin.seed';
import { Logger } from '@nestjs/common';
import { demoProgrammesStep } from 'src/partnerships/demo-programmes.seed';
import { demoShortageListsStep } from 'src/shortages/demo-shortages.seed';
import { SeedContext, SeedStep } from 'src/seed/seed-step';
import { demoTaxonomyStep } from 'src/taxonomy/demo/demo-taxonomy.seed';

/** Every seed step, in order. Later features (admin user, programmes) append theirs. */
export const SEED_STEPS: SeedStep[] = [demoTaxonomyStep, demoShortageListsStep, demoProgrammesStep, demoAdminStep];

export async function runSeed(context: SeedContext, steps: SeedStep[] = SEED_STEPS): Promise<string[]> {
  const logger = new Logger('Seed');
  const lines: string[] = [];
  for (const step of steps) {
    const outcome = await step.run(context);
    logger.log(`${step.name}: ${outcome}`);
    lines.push(`${step.name}: ${outcome}`);
  }
  return lines;
}
