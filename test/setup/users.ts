import { randomUUID } from 'node:crypto';
import { AuthService } from 'src/auth/auth.service';
import { Role } from 'src/auth/role';
import { TokenService } from 'src/auth/token.service';
import { TestApp } from './test-app';

export interface TestUser {
  id: string;
  email: string;
  role: Role;
  token: string;
}

export const TEST_PASSWORD = 'correct horse battery staple';

/** Creates an account of any role straight through the service and signs a token for it. */
export async function createUser(
  t: TestApp,
  role: Role,
  email = `${role.toLowerCase()}-${randomUUID()}@example.org`,
): Promise<TestUser> {
  const user = await t.app.get(AuthService).createUser(email, TEST_PASSWORD, role, null);
  return { id: user.id, email: user.email, role: user.role, token: t.app.get(TokenService).sign(user.id) };
}
