import { Transform } from 'class-transformer';

/** Trims a string input before it is validated; anything else passes unchanged for the validators to refuse. */
export function Trim(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
}
