import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The document types are interfaces, so an app's type errors name them
// (`Relationship`) instead of printing a structure of 16 and more fields, and
// the reference shows their fields. Compiles a deliberate mistake the way an
// app would make it and reads the message.
function diagnosticsOf(code: string): string[] {
  const root = join(__dirname, '..', '..');
  const file = join(root, 'test', 'model', '__type-names-probe.ts');
  const options: ts.CompilerOptions = {
    strict: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (name === file ? code : readFile(name));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === file || fileExists(name);
  const program = ts.createProgram([file], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === file)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('type names in type errors', () => {
  it('names Relationship, Meeting and Goal instead of spelling them out', () => {
    const messages = diagnosticsOf(`
      import type { Goal, Meeting, Relationship } from '../../src/index';
      declare const relationships: readonly Relationship[];
      const one: Relationship = relationships;
      declare const relationship: Relationship;
      const meeting: Goal = relationship.meetings[0] as Meeting;
      export { one, meeting };
    `);
    expect(messages).toHaveLength(2);
    const [first, second] = messages;
    expect(first).toContain('readonly Relationship[]');
    expect(first).toContain("type 'Relationship'");
    expect(first).not.toContain('schemaVersion');
    expect(second).toContain("'Meeting'");
    expect(second).toContain("'Goal'");
  }, 60_000);

  it('names the event union and the message keys', () => {
    const messages = diagnosticsOf(`
      import type { MessageKey, RelationshipEvent } from '../../src/index';
      const event: RelationshipEvent = 42;
      const key: MessageKey = 42;
      export { event, key };
    `);
    expect(messages.join('\n')).toContain("type 'RelationshipEvent'");
    expect(messages.join('\n')).toContain("type 'MessageKey'");
  }, 60_000);
});
