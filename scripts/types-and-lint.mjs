// The type-checker and the linter on one TypeScript program: typescript-eslint's typed rules need
// the same program `tsc --noEmit` builds, and building it twice was half a minute of the suite's
// CPU. Prints tsc's diagnostics, then ESLint's findings; exits 1 if there are any of either.
// (`npm run typecheck` and `npx eslint .` still work on their own, each building its own program.)
import { ESLint } from 'eslint';
import ts from 'typescript';
import { ROOT } from './transpile.mjs';

const configFile = ts.findConfigFile(ROOT, ts.sys.fileExists, 'tsconfig.json');
const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
const { fileNames, options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
const program = ts.createProgram({ rootNames: fileNames, options: { ...options, noEmit: true } });

const diagnostics = ts.getPreEmitDiagnostics(program);
if (diagnostics.length > 0) {
  const host = { getCanonicalFileName: (name) => name, getCurrentDirectory: () => ROOT, getNewLine: () => '\n' };
  console.log(ts.formatDiagnosticsWithColorAndContext(diagnostics, host));
}

const eslint = new ESLint({
  cwd: ROOT,
  // the TypeScript files read through the program just built; the JavaScript ones keep eslint.config.mjs's settings
  overrideConfig: [{ files: ['**/*.ts', '**/*.mts', '**/*.cts'], languageOptions: { parserOptions: { projectService: false, programs: [program] } } }],
});
const results = await eslint.lintFiles(['.']);
const problems = results.reduce((sum, result) => sum + result.errorCount + result.warningCount, 0);
if (problems > 0) console.log(await (await eslint.loadFormatter('stylish')).format(results));

process.exit(diagnostics.length > 0 || problems > 0 ? 1 : 0);
