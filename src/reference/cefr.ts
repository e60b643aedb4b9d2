import { registerEnumType } from '@nestjs/graphql';

/** Common European Framework of Reference for Languages, lowest first. */
export enum CefrLevel {
  A1 = 'A1',
  A2 = 'A2',
  B1 = 'B1',
  B2 = 'B2',
  C1 = 'C1',
  C2 = 'C2',
}

registerEnumType(CefrLevel, { name: 'CefrLevel', description: 'CEFR language level, A1 < A2 < B1 < B2 < C1 < C2' });

export const CEFR_LEVELS: readonly CefrLevel[] = [
  CefrLevel.A1,
  CefrLevel.A2,
  CefrLevel.B1,
  CefrLevel.B2,
  CefrLevel.C1,
  CefrLevel.C2,
];

/** 1 for A1 up to 6 for C2. */
export function cefrRank(level: CefrLevel): number {
  return CEFR_LEVELS.indexOf(level) + 1;
}

/** Negative when `a` is below `b`, zero when equal, positive when above. */
export function compareCefr(a: CefrLevel, b: CefrLevel): number {
  return cefrRank(a) - cefrRank(b);
}

/** Whether `actual` is at least `required`. */
export function meetsCefr(actual: CefrLevel, required: CefrLevel): boolean {
  return compareCefr(actual, required) >= 0;
}
