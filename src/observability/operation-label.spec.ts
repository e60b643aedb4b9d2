import { Kind, OperationDefinitionNode, parse } from 'graphql';
import { operationLabel } from 'src/observability/operation-label';

function label(source: string, name?: string) {
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (name === undefined || d.name?.value === name),
  )!;
  return operationLabel(document, operation);
}

describe('operationLabel', () => {
  it('names the root field, never the operation name the client chose', () => {
    expect(label('query WhateverTheClientSays { me { id } }')).toEqual({ type: 'query', operation: 'me' });
    expect(label('mutation X1234 { login(email: "a", password: "b") { accessToken } }')).toEqual({
      type: 'mutation',
      operation: 'login',
    });
  });

  it('sees through aliases, fragments and inline fragments', () => {
    expect(label('{ a: me { id } b: me { email } }').operation).toBe('me');
    expect(label('query { ...F } fragment F on Query { about { name } }').operation).toBe('about');
    expect(label('query { ... on Query { about { name } } }').operation).toBe('about');
  });

  it('folds several root fields, introspection and bare __typename into fixed words', () => {
    expect(label('{ me { id } about { name } }').operation).toBe('(multiple)');
    expect(label('{ __schema { types { name } } }').operation).toBe('(introspection)');
    expect(label('{ __typename }').operation).toBe('(typename)');
    expect(label('{ __typename about { name } }').operation).toBe('about');
  });

  it('labels the operation that runs when a document holds several', () => {
    expect(label('query A { me { id } } query B { about { name } }', 'B').operation).toBe('about');
  });

  it('does not loop on a fragment that spreads itself', () => {
    expect(label('query { ...F } fragment F on Query { about { name } ...F }').operation).toBe('about');
  });
});
