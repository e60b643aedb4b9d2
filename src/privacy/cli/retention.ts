import { AuditModule } from 'src/audit/audit.module';
import { AuthModule } from 'src/auth/auth.module';
import { runCli } from 'src/cli/cli-context';
import { PrivacyModule } from 'src/privacy/privacy.module';
import { PersonalDataModule } from 'src/privacy/personal-data';
import { RetentionService } from 'src/privacy/retention.service';

/** npm run privacy:retention — hides and flags profiles not updated for RETENTION_MONTHS. */
void runCli([AuditModule, AuthModule, PersonalDataModule, PrivacyModule], async (context) => {
  const report = await context.get(RetentionService).apply();
  console.log(
    `Retention (${report.months} months, profiles last updated before ${report.cutoff.toISOString()}): ` +
      `flagged ${report.flagged} profile(s), of which ${report.hidden} were visible and are now hidden.`,
  );
});
