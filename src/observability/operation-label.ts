import { DocumentNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, SelectionSetNode } from 'graphql';

/** What a request is labelled with: the operation type and the root field it asks for. */
export interface OperationLabel {
  type: 'query' | 'mutation' | 'subscription' | 'unknown';
  /**
   * The one root field the operation selects (`matchingCandidates`), or a fixed word:
   * `(multiple)` for several root fields, `(introspection)`, `(invalid)` when the request never
   * became a valid operation. Never the client's operation name, so the label values are bounded
   * by the schema and cannot be multiplied by whatever names callers send.
   */
  operation: string;
}

export const INVALID_OPERATION: OperationLabel = { type: 'unknown', operation: '(invalid)' };

/** Root field names of a selection set, through inline fragments and fragment spreads. */
function rootFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  names: Set<string>,
  seen: Set<string>,
): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      names.add(selection.name.value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      rootFields(selection.selectionSet, fragments, names, seen);
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) rootFields(fragment.selectionSet, fragments, names, seen);
    }
  }
}

/**
 * The label of a validated operation. The root field names were checked against the schema
 * before this is called, so every value is a field the schema declares.
 */
export function operationLabel(document: DocumentNode, operation: OperationDefinitionNode): OperationLabel {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const names = new Set<string>();
  rootFields(operation.selectionSet, fragments, names, new Set());
  names.delete('__typename');
  const type = operation.operation;
  if (names.size === 0) return { type, operation: '(typename)' };
  if ([...names].every((name) => name.startsWith('__'))) return { type, operation: '(introspection)' };
  if (names.size > 1) return { type, operation: '(multiple)' };
  return { type, operation: [...names][0]! };
}
