import type { CodegenConfig } from '@graphql-codegen/cli';
import path from 'node:path';

// `npm run codegen` turns the operations in web/src/modules/**/*.graphql.ts into typed
// documents in web/src/generated/. BRUG_CODEGEN_OUT lets a test write elsewhere to compare.
const root = path.resolve(__dirname, '..');
const out = process.env.BRUG_CODEGEN_OUT ?? path.join(__dirname, 'src', 'generated');

const config: CodegenConfig = {
  overwrite: true,
  schema: path.join(root, 'schema.graphql'),
  documents: [path.join(__dirname, 'src', 'modules', '**', '*.graphql.ts')],
  ignoreNoDocuments: false,
  generates: {
    [`${out}/`]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTimeISO: 'string' },
        skipTypename: false,
      },
    },
  },
  silent: true,
};

export default config;
