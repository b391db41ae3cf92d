import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The schema name of the root field a resolver runs under (`client`, `clients`, `referral`):
 * the audit trail's `action`. Taken from the operation (through fragments too), not the
 * response key, so an alias cannot write another name into the trail. The one copy of this rule.
 */
export function rootFieldName(info: GraphQLResolveInfo): string {
  let path = info.path;
  while (path.prev) path = path.prev;
  if (!info.path.prev) return info.fieldName;
  const key = String(path.key);
  const found = findField(info.operation.selectionSet, key, info, 0);
  // A root field must be found; if not (cannot happen in a valid operation), say so rather than trust the key.
  return found?.name.value ?? 'unknown';
}

function findField(set: SelectionSetNode, key: string, info: GraphQLResolveInfo, depth: number): FieldNode | undefined {
  if (depth > 10) return undefined;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD && (selection.alias?.value ?? selection.name.value) === key) return selection;
    const inner =
      selection.kind === Kind.INLINE_FRAGMENT
        ? selection.selectionSet
        : selection.kind === Kind.FRAGMENT_SPREAD
          ? info.fragments[selection.name.value].selectionSet
          : undefined;
    const found = inner && findField(inner, key, info, depth + 1);
    if (found) return found;
  }
  return undefined;
}
