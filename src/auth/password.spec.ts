import { hashPassword, passwordProblems, verifyPassword } from 'src/auth/password';

describe('password hashing', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const hash = await hashPassword('a long enough secret');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    await expect(verifyPassword('a long enough secret', hash)).resolves.toBe(true);
    await expect(verifyPassword('a long enough secreT', hash)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same password here')).not.toBe(await hashPassword('same password here'));
  });

  it('refuses short passwords and the email itself', () => {
    expect(passwordProblems('short', 'a@b.org')).toEqual([
      { path: 'password', message: 'must be at least 10 characters' },
    ]);
    expect(passwordProblems('Amina@Example.org', 'amina@example.org')).toEqual([
      { path: 'password', message: 'must not be your email address' },
    ]);
    expect(passwordProblems('a perfectly fine one', 'amina@example.org')).toEqual([]);
  });
});
