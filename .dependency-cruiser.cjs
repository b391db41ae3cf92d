/**
 * Module boundaries of the API (`npm run deps`; part of `npm test`'s pretest). The units are the
 * domain modules (api/src/modules/<name>/) and the shared layers (api/src/access, common,
 * context, db, http, demo). Type-only imports count too: a boundary holds for the reader, not
 * only at run time.
 *
 * 1. No unit imports another in a cycle (checked per folder, so a cycle through any files of
 *    two units is one). Hooks between modules are wired in one place instead:
 *    api/src/modules/index.ts.
 * 2. A unit reaches another only through its public index.ts, never `../other/some-file`.
 * 3. The shared layers below the modules (access, common, context, http) import no module.
 *
 * The web app (web/src): its modules (web/src/modules/<name>/) and ui/ form no import cycle,
 * and import neither app/ nor pages/: those two are the top, where the registries of tabs,
 * actions and home cards (app/) and the lazily loaded route components (pages/) join them.
 */
const UNIT = '^api/src/(modules/[^/]+|(?!modules/)[^/]+)$';
const WEB_UNIT = '^web/src/(modules/[^/]+|ui)$';
const LAYERS_WITH_INDEX = '(modules/[^/]+|access|common|context|db)';

/** No import cycle between the folders that `unit` matches (checked per folder, not per file). */
const noCycles = (name, unit, comment) => ({ name, severity: 'error', comment, scope: 'folder', from: { path: unit }, to: { path: unit, circular: true } });

module.exports = {
  forbidden: [
    noCycles(
      'no-module-cycles',
      UNIT,
      'Modules and layers of the API form no import cycle: move a shared type down a layer, invert the dependency, or wire a hook in api/src/modules/index.ts.',
    ),
    {
      name: 'only-through-index',
      severity: 'error',
      comment: 'Another module or layer is imported only through its index.ts (its public surface); export what you need there.',
      // $1 is the importing unit (for the entry points main, server, schema, config and the
      // composition root modules/index.ts: the file itself, so every unit is "another" to them).
      from: { path: '^api/src/(modules/[^/]+|(?!modules/)[^/]+)' },
      to: {
        path: `^api/src/${LAYERS_WITH_INDEX}/`,
        pathNot: ['^api/src/$1/', `^api/src/${LAYERS_WITH_INDEX}/index\\.ts$`],
      },
    },
    {
      name: 'layers-import-no-module',
      severity: 'error',
      comment: 'access, common, context and http sit below the domain modules: a module hands them what they need (see SessionLookup in context).',
      from: { path: '^api/src/(access|common|context|http)/' },
      to: { path: '^api/src/modules/' },
    },
    noCycles(
      'web-no-module-cycles',
      WEB_UNIT,
      'The web modules and ui/ form no import cycle: put what two modules share in ui/, or let app/ join them (registries).',
    ),
    {
      name: 'web-modules-below-app',
      severity: 'error',
      comment: 'Web modules and ui/ import neither app/ nor pages/ (the composition on top of them).',
      from: { path: '^web/src/(modules|ui)/' },
      to: { path: '^web/src/(app|pages)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^dist|^web/src/generated)' },
  },
};
