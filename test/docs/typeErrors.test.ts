// Compiles small snippets with typical mistakes and reads TypeScript's
// messages, as a user sees them in an editor: they name the records' types
// (`TaskOf<1>`, `PlanTask`) rather than printing the records' Chinese text.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const snippetFile = join(root, 'test', 'docs', '__snippet__.ts');

/** The messages of compiling `code` as a module of this repository that imports the main entry. */
function diagnose(code: string): string[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, ...rest) =>
    fileName === snippetFile
      ? ts.createSourceFile(fileName, code, languageVersion)
      : getSourceFile(fileName, languageVersion, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => fileName === snippetFile || fileExists(fileName);
  const program = ts.createProgram([snippetFile], options, host);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(snippetFile))
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}

/** What an editor shows on hovering the first `marker` in `code` (a module of this repository). */
function hover(code: string, marker: string): string {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  };
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [snippetFile],
    getScriptVersion: () => '1',
    getScriptSnapshot: (fileName) => {
      const text = fileName === snippetFile ? code : ts.sys.readFile(fileName);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => root,
    getCompilationSettings: () => options,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (fileName) => fileName === snippetFile || ts.sys.fileExists(fileName),
    readFile: (fileName) => (fileName === snippetFile ? code : ts.sys.readFile(fileName)),
  };
  const service = ts.createLanguageService(host);
  const info = service.getQuickInfoAtPosition(snippetFile, code.indexOf(marker));
  service.dispose();
  return ts.displayPartsToString(info?.displayParts);
}

describe('type errors', () => {
  it('name the exact task by its type, not by its text, for a misspelt property', { timeout: 60_000 }, () => {
    const messages = diagnose(
      "import { getTask, tasksByUnit } from '../../src/index.js';\n" +
        'getTask(1).titel;\n' +
        "tasksByUnit('市科技局')[0]?.titel;\n",
    );
    expect(messages).toHaveLength(2);
    const [exact, wide] = messages as [string, string];
    expect(exact).toBe("Property 'titel' does not exist on type 'TaskOf<1>'. Did you mean 'title'?");
    expect(exact.length).toBeLessThan(300);
    expect(wide.split('\n')[0]).toBe("Property 'titel' does not exist on type 'PlanTask'. Did you mean 'title'?");
  });

  it('suggest the unit a misspelt name in a typed feed means, in one short line', { timeout: 60_000 }, () => {
    const messages = diagnose(
      "import type { TaskStatusEntryInput } from '../../src/schema.js';\n" +
        "export const entry: TaskStatusEntryInput = { task: 1, unit: '市科技', year: 2023, status: 'completed' };\n",
    );
    expect(messages).toEqual([`Type '"市科技"' is not assignable to type 'UnitKey'. Did you mean '"市科技局"'?`]);
  });

  it('suggest the target a misspelt id means', { timeout: 60_000 }, () => {
    const messages = diagnose(
      "import type { TargetId } from '../../src/index.js';\n" + "export const id: TargetId = 'high-tech-enterprise';\n",
    );
    expect(messages).toEqual([
      `Type '"high-tech-enterprise"' is not assignable to type 'TargetId'. Did you mean '"high-tech-enterprises"'?`,
    ]);
  });
});

describe('hovers', () => {
  it('read the task numbers in order', { timeout: 60_000 }, () => {
    const shown = hover(
      "import type { TaskNumber } from '../../src/index.js';\nexport type Numbers = TaskNumber;\n",
      'TaskNumber;',
    );
    const numbers = Array.from({ length: 32 }, (_, index) => index + 1).join(' | ');
    expect(shown).toBe(`(alias) type TaskNumber = ${numbers}\nimport TaskNumber`);
  });

  it('name the record types in a signature rather than print them', { timeout: 60_000 }, () => {
    const shown = hover("import { findUnit } from '../../src/index.js';\nfindUnit('市科技局');\n", "findUnit('");
    expect(shown).toBe('(alias) findUnit(key: UnitKey): PlanUnit (+2 overloads)\nimport findUnit');
  });
});
