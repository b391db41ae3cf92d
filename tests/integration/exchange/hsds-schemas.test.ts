import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const vendored = path.join(__dirname, '..', '..', '..', 'api', 'src', 'modules', 'exchange', 'hsds', 'schemas');
// In CI and on a developer's machine the shared standards folder sits beside the repository.
const shared = path.join(__dirname, '..', '..', '..', '..', 'shared', 'standards', 'hsds-3.0');
const files = ['service_with_definitions.json', 'service_list.json', 'organization_list.json', 'openapi.json'];
/** SHA-256 of the official HSDS 3.0 files (../shared/standards/hsds-3.0), so an edit or a reformat of the vendored copy fails here. */
const OFFICIAL_SHA256: Record<string, string> = {
  'service_with_definitions.json': '17df4020073468832621c81fb028e097aaa306ab88db8c77f859c271f32de130',
  'service_list.json': '251cc879b756b1a444c5c95ff45887e09363e3fd7ad9d8691a1131b3ecd4ff4e',
  'organization_list.json': '0305c7ef394a29c91ac2dae1725ac0d31140343c2241417a482c5eb0f831dbeb',
  'openapi.json': '3c473df56617f5e642f86e0a9ed7ee182a22eecf6f94dd1b91c50511fbbba34d',
};

describe('the vendored HSDS 3.0 schemas', () => {
  it('carry their licence note', () => {
    expect(readFileSync(path.join(vendored, 'README.md'), 'utf8')).toContain('CC BY-SA 4.0');
  });

  it('are the official files, byte for byte (and, where the shared standards folder sits beside the repository, identical to it)', () => {
    const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
    for (const file of files) expect({ file, sha256: sha256(path.join(vendored, file)) }).toEqual({ file, sha256: OFFICIAL_SHA256[file] });
    // CI and developers' machines have the folder; a bare clone checks the recorded digests only.
    if (existsSync(shared))
      for (const file of files) expect({ file, sha256: sha256(path.join(shared, file)) }).toEqual({ file, sha256: OFFICIAL_SHA256[file] });
  });
});
