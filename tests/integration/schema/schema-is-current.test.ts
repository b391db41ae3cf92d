import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildApiSchema, printApiSchema } from '../../../api/src/schema';

describe('schema.graphql', () => {
  it('is what the code emits (run `npm run schema` after changing the API)', async () => {
    const committed = readFileSync(path.join(__dirname, '..', '..', '..', 'schema.graphql'), 'utf8');
    expect(committed).toBe(printApiSchema(await buildApiSchema()));
  });
});
