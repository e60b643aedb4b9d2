import {
  ASTVisitor,
  FragmentDefinitionNode,
  GraphQLError,
  Kind,
  OperationDefinitionNode,
  OperationTypeNode,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';

/** Rejects operations nested deeper than `maxDepth` fields (introspection included). */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }

    const depthOf = (selectionSet: SelectionSetNode | undefined, depth: number, seen: Set<string>): number => {
      if (!selectionSet) return depth;
      let deepest = depth;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          const field = selection;
          deepest = Math.max(deepest, depthOf(field.selectionSet, depth + 1, seen));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, depth, seen));
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (fragment && !seen.has(name)) {
            deepest = Math.max(deepest, depthOf(fragment.selectionSet, depth, new Set([...seen, name])));
          }
        }
        if (deepest > maxDepth) return deepest;
      }
      return deepest;
    };

    return {
      OperationDefinition(operation: OperationDefinitionNode) {
        const depth = depthOf(operation.selectionSet, 0, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`Query is nested ${depth} levels deep; the limit is ${maxDepth}`, {
              nodes: [operation],
              extensions: { code: 'BAD_USER_INPUT', limit: 'depth', maxDepth },
            }),
          );
        }
      },
    };
  };
}

export interface OperationShapeLimits {
  maxAliases: number;
  maxRootFields: number;
  maxMutations: number;
}

/**
 * Caps what one operation may ask for side by side: aliased fields (each alias runs its
 * resolver again; a fragment counts every time it is spread), distinct root fields of a
 * query, and mutations. Cost alone cannot stop two thousand cheap searches in one request.
 */
export function operationShapeRule(limits: OperationShapeLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const aliasesPerFragment = new Map<string, number>();

    const aliasesIn = (selectionSet: SelectionSetNode | undefined, seen: ReadonlySet<string>): number => {
      let count = 0;
      for (const selection of selectionSet?.selections ?? []) {
        if (selection.kind === Kind.FIELD) {
          count += (selection.alias ? 1 : 0) + aliasesIn(selection.selectionSet, seen);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          count += aliasesIn(selection.selectionSet, seen);
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          // A cycle is reported by graphql-js's own rule; it adds nothing here.
          if (!fragment || seen.has(name)) continue;
          if (!aliasesPerFragment.has(name)) {
            aliasesPerFragment.set(name, aliasesIn(fragment.selectionSet, new Set([...seen, name])));
          }
          count += aliasesPerFragment.get(name)!;
        }
      }
      return count;
    };

    const rootKeys = (selectionSet: SelectionSetNode, keys: Set<string>, seen: ReadonlySet<string>): Set<string> => {
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) keys.add((selection.alias ?? selection.name).value);
        else if (selection.kind === Kind.INLINE_FRAGMENT) rootKeys(selection.selectionSet, keys, seen);
        else {
          const fragment = fragments.get(selection.name.value);
          if (fragment && !seen.has(selection.name.value)) {
            rootKeys(fragment.selectionSet, keys, new Set([...seen, selection.name.value]));
          }
        }
      }
      return keys;
    };

    const refuse = (operation: OperationDefinitionNode, message: string, limit: string, max: number) =>
      context.reportError(
        new GraphQLError(message, { nodes: [operation], extensions: { code: 'BAD_USER_INPUT', limit, max } }),
      );

    return {
      OperationDefinition(operation: OperationDefinitionNode) {
        const aliases = aliasesIn(operation.selectionSet, new Set());
        if (aliases > limits.maxAliases) {
          refuse(
            operation,
            `Operation uses ${aliases} aliases; the limit is ${limits.maxAliases}`,
            'aliases',
            limits.maxAliases,
          );
        }
        const roots = rootKeys(operation.selectionSet, new Set(), new Set()).size;
        if (operation.operation === OperationTypeNode.MUTATION && roots > limits.maxMutations) {
          refuse(
            operation,
            `Operation runs ${roots} mutations; the limit is ${limits.maxMutations}`,
            'mutations',
            limits.maxMutations,
          );
        } else if (operation.operation !== OperationTypeNode.MUTATION && roots > limits.maxRootFields) {
          refuse(
            operation,
            `Operation asks for ${roots} root fields; the limit is ${limits.maxRootFields}`,
            'rootFields',
            limits.maxRootFields,
          );
        }
      },
    };
  };
}
