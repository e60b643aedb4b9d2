import { randomBytes } from 'node:crypto';
import { AuthService } from 'src/auth/auth.service';
import { Role } from 'src/auth/role';
import { UsersRepository } from 'src/auth/users.repository';
import { AppConfig } from 'src/config/config';
import { APP_CONFIG } from 'src/config/config.module';
import { SeedStep } from 'src/seed/seed-step';

export const DEMO_ADMIN_EMAIL = 'admin@pathways.local';

/**
 * One administrator to start with, its password made up now and printed once. Never in
 * production: there a seed creates no account, and administrators come from `user:create`.
 */
export const demoAdminStep: SeedStep = {
  name: 'demo admin',
  async run(context) {
    if (context.get<AppConfig>(APP_CONFIG, { strict: false }).nodeEnv === 'production') {
      return 'skipped in production (create administrators with npm run user:create)';
    }
    if (await context.get(UsersRepository, { strict: false }).findByEmail(DEMO_ADMIN_EMAIL)) {
      return `${DEMO_ADMIN_EMAIL} already exists`;
    }
    const password = randomBytes(12).toString('base64url');
    await context.get(AuthService, { strict: false }).createUser(DEMO_ADMIN_EMAIL, password, Role.ADMIN, null);
    return `created ADMIN ${DEMO_ADMIN_EMAIL} with password ${password} (shown once: sign in and keep it, or make your own with npm run user:create)`;
  },
};
