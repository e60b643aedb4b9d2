import { runAppCommand } from 'src/cli/cli-context';
import { runSeed } from 'src/seed/seed';

/** npm run seed: the demo taxonomy, shortage lists, programmes and an administrator (idempotent). */
void runAppCommand(async (app) => {
  for (const line of await runSeed(app)) console.log(line);
});
