// How TypeScript becomes JavaScript outside tsc: for the tests (vitest.config.ts) and for `npm start`
// (scripts/transpile.mjs). esbuild cannot emit decorator metadata, which Nest's injection and
// class-validator rely on; SWC does.
export const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
  },
};
