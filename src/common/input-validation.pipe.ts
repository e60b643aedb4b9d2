import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError as ClassValidationError } from 'class-validator';
import { FieldProblem, ValidationError } from 'src/common/errors';

const PRIMITIVES = new Set<unknown>([String, Number, Boolean, Array, Object]);

function flatten(errors: ClassValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = `${prefix}${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path, message }));
    return [...own, ...flatten(error.children ?? [], `${path}.`)];
  });
}

/** Deeper than any input type of the schema; a bound, should a non-input value ever get here. */
const MAX_INPUT_DEPTH = 12;

/** Paths of strings holding a NUL character, which PostgreSQL text cannot store. */
function nulPaths(value: unknown, path: string, found: string[] = [], depth = 0): string[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) found.push(path);
  } else if (depth < MAX_INPUT_DEPTH && Array.isArray(value)) {
    value.forEach((item, i) => nulPaths(item, path ? `${path}.${i}` : String(i), found, depth + 1));
  } else if (depth < MAX_INPUT_DEPTH && typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      nulPaths(item, path ? `${path}.${key}` : key, found, depth + 1);
    }
  }
  return found;
}

/**
 * Validates every GraphQL argument class with class-validator; failures become
 * BAD_USER_INPUT with `extensions.fields` naming each offending path (`input.languages.0.level`).
 * Any text argument with a NUL character is refused first, whatever its type.
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // GraphQL arguments arrive as 'body'; @Context and @Parent values are not client input.
    const withNul = metadata.type === 'body' ? nulPaths(value, metadata.data ?? '') : [];
    if (withNul.length > 0) {
      throw new ValidationError(
        withNul.map((path) => ({ path, message: 'must not contain a NUL character' })),
        `${withNul.join(', ')}: must not contain a NUL character`,
      );
    }
    const { metatype } = metadata;
    if (!metatype || PRIMITIVES.has(metatype) || value === null || value === undefined || typeof value !== 'object') {
      return value;
    }
    const instance = plainToInstance(metatype, value) as object;
    const errors = await validate(instance, { forbidUnknownValues: false });
    if (errors.length > 0) {
      const fields = flatten(errors, metadata.data ? `${metadata.data}.` : '');
      throw new ValidationError(fields, fields.map((f) => `${f.path}: ${f.message}`).join('; '));
    }
    return instance;
  }
}
