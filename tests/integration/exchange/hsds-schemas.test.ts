import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const vendored = path.join(__dirname, '..', '..', '..', 'api', 'src', 'modules', 'exchange', 'hsds', 'schemas');
// In CI and on a developer's machine the shared standards folder sits beside the repository.
const shared = path.join(__dirname, '..', '..', '..', '..', 'shared', 'standards', 'hsds-3.0');
const files = ['service_with_definitions.json', 'service_list.json', 'organization_list.json', 'openapi.json'];

describe('the vendored HSDS 3.0 schemas', () => {
  it('carry their licence note', () => {
    expect(readFileSync(path.join(vendored, 'README.md'), 'utf8')).toContain('CC BY-SA 4.0');
  });

  (existsSync(shared) ? it : it.skip)('are identical to the shared standards folder beside the repository', () => {
    for (const file of files)
      expect({ file, same: readFileSync(path.join(vendored, file), 'utf8') === readFileSync(path.join(shared, file), 'utf8') }).toEqual({ file, same: true });
  });
});
