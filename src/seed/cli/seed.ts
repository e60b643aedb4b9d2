import { runCli } from 'src/cli/cli-context';
import { runSeed } from 'src/seed/seed';
import { ShortagesModule } from 'src/shortages/shortages.module';
import { TaxonomyModule } from 'src/taxonomy/taxonomy.module';

void runCli([TaxonomyModule, ShortagesModule], async (context) => {
  for (const line of await runSeed(context)) console.log(line);
});
