/** European Qualifications Framework levels. */
export const EQF_MIN = 1;
export const EQF_MAX = 8;

export function isEqfLevel(level: unknown): level is number {
  return typeof level === 'number' && Number.isInteger(level) && level >= EQF_MIN && level <= EQF_MAX;
}
