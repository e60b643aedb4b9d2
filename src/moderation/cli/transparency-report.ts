import { runAppCommand } from 'src/cli/cli-context';
import { transparencyCommand } from 'src/moderation/transparency/transparency-command';

/** npm run report:transparency -- --from YYYY-MM-DD --to YYYY-MM-DD [--format json|csv] */
void runAppCommand(async (app) => {
  process.stdout.write(await transparencyCommand(app, process.argv.slice(2)));
});
