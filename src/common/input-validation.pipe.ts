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

/**
 * Validates every GraphQL argument class with class-validator; failures become
 * BAD_USER_INPUT with `extensions.fields` naming each offending path (`input.languages.0.level`).
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
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
