const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(value: string, name: string): [number, number, number] {
  const match = DATE.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    // Date.UTC rolls 2023-02-29 over to 1 March: comparing back catches impossible dates.
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
      return [year, month, day];
    }
  }
  throw new RangeError(`${name} must be a calendar date YYYY-MM-DD, got "${value}"`);
}

/**
 * Age in whole years on `onDate` (both YYYY-MM-DD, calendar dates without time zone).
 *
 * Someone born on 29 February turns a year older on 1 March in common years, as under
 * German (BGB §188(3)) and English law: their birthday has not passed on 28 February.
 * Comparing (month, day) pairs gives exactly that.
 */
export function ageOn(birthDate: string, onDate: string): number {
  const [by, bm, bd] = parseDate(birthDate, 'birthDate');
  const [oy, om, od] = parseDate(onDate, 'onDate');
  const beforeBirthday = om < bm || (om === bm && od < bd);
  return oy - by - (beforeBirthday ? 1 : 0);
}
