import { GraphQLError } from 'graphql';
import { RuleViolation, ValidationError } from 'src/common/errors';
import { createFormatError, stripSuggestions, variableProblem } from 'src/graphql/format-error';

function resolverError(original: Error): GraphQLError {
  return new GraphQLError(original.message, { path: ['field'], originalError: original });
}

describe('formatError', () => {
  const production = createFormatError({ development: false, hideSuggestions: true });

  it('maps domain errors to code, reason and fields', () => {
    const error = new RuleViolation('EU_CITIZEN', 'EU citizens use EURES directly', 'BAD_USER_INPUT', [
      { path: 'input.citizenship', message: 'is an EU Member State' },
    ]);
    const formatted = production({ message: error.message, path: ['field'] }, resolverError(error));
    expect(formatted.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'EU_CITIZEN',
      fields: [{ path: 'input.citizenship', message: 'is an EU Member State' }],
    });
  });

  it('hides unknown errors and their stack outside development', () => {
    const formatted = production(
      { message: 'db password is hunter2' },
      resolverError(new Error('db password is hunter2')),
    );
    expect(formatted.message).toBe('Internal server error');
    expect(formatted.extensions).toEqual({ code: 'INTERNAL' });
  });

  it('shows the stack in development', () => {
    const formatted = createFormatError({ development: true, hideSuggestions: false })(
      { message: 'boom' },
      resolverError(new Error('boom')),
    );
    expect(formatted.extensions?.stacktrace).toBeDefined();
  });

  it('never shows a stack for a client’s mistake, even in development', () => {
    const development = createFormatError({ development: true, hideSuggestions: false });
    const invalid = development({ message: '' }, resolverError(ValidationError.field('input.email', 'is taken')));
    expect(invalid.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'input.email', message: 'is taken' }],
    });
    const unknown = 'Cannot query field "nope" on type "Query".';
    const refused = development(
      { message: unknown, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      new GraphQLError(unknown, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
    );
    expect(refused.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('keeps validation field paths', () => {
    const error = ValidationError.field('first', 'must not be greater than 100');
    expect(production({ message: '' }, resolverError(error)).extensions?.fields).toEqual([
      { path: 'first', message: 'must not be greater than 100' },
    ]);
  });
});

describe('suggestions', () => {
  const production = createFormatError({ development: false, hideSuggestions: true });
  const unknownField = 'Cannot query field "occupationz" on type "Query". Did you mean "occupations" or "occupation"?';

  it('drops "Did you mean" hints when asked, from the message and the field problem', () => {
    const formatted = production(
      { message: unknownField, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
      new GraphQLError(unknownField, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
    );
    expect(formatted.message).toBe('Cannot query field "occupationz" on type "Query".');
    const variable =
      'Variable "$role" got invalid value "ADMN"; Value "ADMN" does not exist in "Role" enum. Did you mean the enum value "ADMIN"?';
    const refused = production(
      { message: variable, extensions: { code: 'BAD_USER_INPUT' } },
      new GraphQLError(variable, { extensions: { code: 'BAD_USER_INPUT' } }),
    );
    expect(JSON.stringify(refused)).not.toMatch(/Did you mean|"ADMIN"/);
    expect(refused.extensions?.fields).toEqual([
      { path: 'role', message: 'Value "ADMN" does not exist in "Role" enum.' },
    ]);
  });

  it('keeps them when introspection is on', () => {
    expect(stripSuggestions('plain message')).toBe('plain message');
    const development = createFormatError({ development: true, hideSuggestions: false });
    expect(development({ message: unknownField }, new GraphQLError(unknownField)).message).toBe(unknownField);
  });
});

describe('variableProblem', () => {
  it('turns the path of a refused variable into a dotted field path', () => {
    expect(
      variableProblem(
        'Variable "$input" got invalid value "Z9" at "input.languages[0].level"; Value "Z9" does not exist in "CefrLevel" enum.',
      ),
    ).toEqual({ path: 'input.languages.0.level', message: 'Value "Z9" does not exist in "CefrLevel" enum.' });
  });

  it('names the variable itself when the whole value is refused', () => {
    expect(
      variableProblem(
        'Variable "$visible" got invalid value "yes"; Boolean cannot represent a non boolean value: "yes"',
      ),
    ).toEqual({ path: 'visible', message: 'Boolean cannot represent a non boolean value: "yes"' });
  });

  it('leaves other request errors alone', () => {
    expect(variableProblem('Cannot query field "fullName" on type "CandidateSummary".')).toBeNull();
  });
});
