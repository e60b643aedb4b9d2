import { QueryFailedError } from 'typeorm';
import { safeError } from 'src/common/safe-error';

describe('safeError', () => {
  it('keeps a failed statement’s SQLSTATE and drops its parameters and quoted values', () => {
    const driverError = Object.assign(new Error('invalid input syntax for type uuid: "Amina Benali"'), {
      code: '22P02',
      severity: 'ERROR',
    });
    const error = new QueryFailedError('SELECT $1::uuid', ['Amina Benali'], driverError);
    const safe = safeError(error);
    expect(safe).toMatchObject({ type: 'QueryFailedError', code: '22P02' });
    expect(JSON.stringify(safe)).not.toContain('Amina');
  });

  it('keeps the message and frames of an ordinary error', () => {
    const safe = safeError(new TypeError('x is undefined'));
    expect(safe.message).toBe('x is undefined');
    expect(safe.stack).toMatch(/^at /);
  });
});
