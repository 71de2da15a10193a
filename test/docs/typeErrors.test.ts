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
});
