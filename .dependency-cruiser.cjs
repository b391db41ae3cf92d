/**
 * Module boundaries (npm run deps): the API's modules may not import each other in a cycle.
 * Checked in `npm test`'s pretest.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-module-cycles',
      severity: 'error',
      comment: 'Modules of the API form no import cycle: hooks between modules are wired in one place instead.',
      from: { path: '^api/src' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: false,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^dist|^web/src/generated)' },
  },
};
