import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DefinitionNode, FragmentDefinitionNode, Kind, parse, print, visit } from 'graphql';

/**
 * The web app's own operations (`web/src/modules/* /*.graphql.ts`), so the benchmark asks what
 * a person's screen asks: `webOperation('ClientTimeline')` gives that query with its fragments.
 */
export function webOperations(root = path.join(__dirname, '..', '..', '..', '..')): (name: string) => string {
  const modules = path.join(root, 'web', 'src', 'modules');
  const definitions: DefinitionNode[] = [];
  for (const dir of readdirSync(modules)) {
    for (const file of readdirSync(path.join(modules, dir)).filter((f) => f.endsWith('.graphql.ts'))) {
      const source = readFileSync(path.join(modules, dir, file), 'utf8');
      for (const match of source.matchAll(/graphql\(`([^`]*)`\)/g)) definitions.push(...parse(match[1]).definitions);
    }
  }
  const fragments = new Map(definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  return (name) => {
    const operation = definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
    if (!operation) throw new Error(`The web app has no operation ${name}`);
    const needed = new Map<string, FragmentDefinitionNode>();
    const collect = (node: DefinitionNode) =>
      visit(node, {
        FragmentSpread(spread) {
          const fragment = fragments.get(spread.name.value);
          if (fragment && !needed.has(fragment.name.value)) {
            needed.set(fragment.name.value, fragment);
            collect(fragment);
          }
        },
      });
    collect(operation);
    return [operation, ...needed.values()].map((d) => print(d)).join('\n');
  };
}
