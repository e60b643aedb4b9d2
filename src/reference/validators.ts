import { Transform } from 'class-transformer';
import { ValidateBy, ValidationOptions, buildMessage } from 'class-validator';
import { isCountryCode, isMemberState, normalizeCountryCode, EU_WIDE } from 'src/reference/countries';
import { EQF_MAX, EQF_MIN, isEqfLevel } from 'src/reference/eqf';
import { isLanguageCode } from 'src/reference/languages';

/** An ISO 3166-1 alpha-2 country code in upper case (`EL` accepted for Greece). */
export function IsCountryCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCountryCode',
      validator: {
        validate: (value) => isCountryCode(value),
        defaultMessage: buildMessage(
          (each) => `${each}must be an ISO 3166-1 alpha-2 country code in upper case, such as MA`,
          options,
        ),
      },
    },
    options,
  );
}

/** One of the EU-27 (`EL` accepted for Greece); with `allowEuWide`, also `EU` for the EU as a whole. */
export function IsMemberState(options?: ValidationOptions & { allowEuWide?: boolean }): PropertyDecorator {
  const allowEuWide = options?.allowEuWide ?? false;
  return ValidateBy(
    {
      name: 'isMemberState',
      validator: {
        validate: (value) => isMemberState(value) || (allowEuWide && value === EU_WIDE),
        defaultMessage: buildMessage(
          (each) =>
            `${each}must be an EU Member State code such as DE${allowEuWide ? ', or EU for the EU-wide list' : ''}`,
          options,
        ),
      },
    },
    options,
  );
}

/** An ISO 639-1 language code in lower case, such as de. */
export function IsLanguageCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isLanguageCode',
      validator: {
        validate: (value) => isLanguageCode(value),
        defaultMessage: buildMessage(
          (each) => `${each}must be an ISO 639-1 language code in lower case, such as de`,
          options,
        ),
      },
    },
    options,
  );
}

export function IsEqfLevel(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isEqfLevel',
      validator: {
        validate: (value) => isEqfLevel(value),
        defaultMessage: buildMessage((each) => `${each}must be an EQF level from ${EQF_MIN} to ${EQF_MAX}`, options),
      },
    },
    options,
  );
}

/**
 * Stores `EL` as `GR` (for a string or an array of strings) after validation passed on the
 * raw value; put it on input fields that take country codes, beside the validator.
 */
export function NormalizeCountryCode(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) => normalizeValue(value), { toClassOnly: true });
}

function normalizeValue(value: unknown): unknown {
  if (value === 'EL') return normalizeCountryCode(value);
  if (Array.isArray(value)) return value.map(normalizeValue);
  return value;
}
