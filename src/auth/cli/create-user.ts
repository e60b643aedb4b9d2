import { AuthModule } from 'src/auth/auth.module';
import { AuthService } from 'src/auth/auth.service';
import { Role } from 'src/auth/role';
import { AuditModule } from 'src/audit/audit.module';
import { runCli } from 'src/cli/cli-context';
import { CliUsageError, parseFlags } from 'src/cli/flags';

/** npm run user:create -- --email E --password P --role ADMIN */
void runCli([AuditModule, AuthModule], async (app) => {
  const flags = parseFlags(process.argv.slice(2), ['email', 'password', 'role']);
  const { email, password, role } = flags;
  if (!email || !password || !role)
    throw new CliUsageError('Usage: npm run user:create -- --email E --password P --role ROLE');
  if (!Object.values(Role).includes(role as Role)) {
    throw new CliUsageError(`--role must be one of ${Object.values(Role).join(', ')}`);
  }
  const user = await app.get(AuthService).createUser(email, password, role as Role, null);
  console.log(`Created ${user.role} ${user.email} (${user.id})`);
});
