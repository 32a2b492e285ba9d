import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type * as z from 'zod';
import { lifecycleMachine } from '../../src/lifecycle/index';
import * as model from '../../src/model/index';
import { EnrolmentEventSchema, RelationshipEventSchema } from '../../src/model/index';
import { enrolmentMachine } from '../../src/program/index';

// The event catalogue (docs/events.md) generated from what the code enforces:
// the machines' tables (stages, roles, guards), the events' zod schemas
// (fields, types, required) and the schemas' TSDoc, read from the source with
// the TypeScript compiler API (zod keeps no comments at run time).
// `npm run docs:events` writes it; test/lifecycle/event-catalogue.test.ts
// fails when the committed page is out of date.

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The fields every event has, before its own. */
const sharedFields = ['type', 'id', 'at', 'actor'] as const;

// ── TSDoc from the source ───────────────────────────────────────────────────

interface SourceDocs {
  /** The comment of each event's schema, by event type. */
  readonly events: ReadonlyMap<string, string>;
  /** The comments of each event's own fields, by event type and field. */
  readonly fields: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

function docOf(node: ts.Node): string {
  const parts: string[] = [];
  for (const doc of ts.getJSDocCommentsAndTags(node)) {
    if (!ts.isJSDoc(doc)) continue;
    const text = ts.getTextOfJSDocComment(doc.comment);
    if (text) parts.push(text);
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function fieldDocs(literal: ts.ObjectLiteralExpression): Map<string, string> {
  const docs = new Map<string, string>();
  for (const property of literal.properties) {
    if (!ts.isPropertyAssignment(property) || property.name === undefined) continue;
    const name = ts.isIdentifier(property.name) ? property.name.text : property.name.getText();
    const doc = docOf(property);
    if (doc) docs.set(name, doc);
  }
  return docs;
}

/**
 * Reads `const XEventSchema = event('type', { … })` declarations (and the
 * shared `eventBase`) with their comments and their fields' comments.
 */
function readSourceDocs(files: readonly string[]): SourceDocs & { base: Map<string, string> } {
  const events = new Map<string, string>();
  const fields = new Map<string, Map<string, string>>();
  let base = new Map<string, string>();
  for (const file of files) {
    const path = join(root, file);
    const source = ts.createSourceFile(
      path,
      readFileSync(path, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const visit = (node: ts.Node): void => {
      if (ts.isVariableDeclaration(node) && node.initializer) {
        const init = node.initializer;
        if (ts.isIdentifier(node.name) && node.name.text === 'eventBase') {
          if (ts.isObjectLiteralExpression(init)) base = fieldDocs(init);
        } else if (
          ts.isCallExpression(init) &&
          ts.isIdentifier(init.expression) &&
          init.expression.text === 'event' &&
          init.arguments.length === 2
        ) {
          const [type, shape] = init.arguments;
          if (type && ts.isStringLiteral(type)) {
            events.set(type.text, docOf(node));
            if (shape && ts.isObjectLiteralExpression(shape))
              fields.set(type.text, fieldDocs(shape));
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { events, fields, base };
}

// ── types from the schemas ──────────────────────────────────────────────────

/** Exported schemas by identity: `IdSchema` is written `Id`. */
const schemaNames: ReadonlyMap<unknown, string> = (() => {
  const names = new Map<unknown, string>();
  for (const [name, value] of Object.entries(model)) {
    if (!name.endsWith('Schema') || typeof value !== 'object' || value === null) continue;
    if (!('_zod' in value) || names.has(value)) continue;
    names.set(value, name.slice(0, -'Schema'.length));
  }
  return names;
})();

type AnySchema = z.core.$ZodType;

interface Def {
  readonly type: string;
  readonly innerType?: AnySchema;
  readonly element?: AnySchema;
  readonly shape?: Record<string, AnySchema>;
  readonly options?: readonly AnySchema[];
  readonly values?: readonly unknown[];
  readonly entries?: Record<string, unknown>;
  readonly keyType?: AnySchema;
  readonly valueType?: AnySchema;
  readonly items?: readonly AnySchema[];
  readonly in?: AnySchema;
  readonly getter?: () => AnySchema;
}

const defOf = (schema: AnySchema): Def => schema._zod.def as unknown as Def;

/** Optional in the input: `.optional()` or a default. */
function isOptional(schema: AnySchema): boolean {
  const { type } = defOf(schema);
  return type === 'optional' || type === 'default' || type === 'prefault';
}

function literal(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : String(value);
}

/** A schema as TypeScript-like text, naming exported schemas instead of spelling them out. */
function typeText(schema: AnySchema): string {
  const name = schemaNames.get(schema);
  if (name !== undefined) return name;
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return def.innerType ? typeText(def.innerType) : 'unknown';
    case 'nullable':
      return def.innerType ? `${typeText(def.innerType)} | null` : 'null';
    case 'pipe':
      return def.in ? typeText(def.in) : 'unknown';
    case 'lazy':
      return def.getter ? typeText(def.getter()) : 'unknown';
    case 'string':
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'null':
    case 'undefined':
    case 'unknown':
    case 'any':
    case 'never':
      return def.type;
    case 'int':
      return 'number';
    case 'date':
      return 'Date';
    case 'literal':
      return (def.values ?? []).map(literal).join(' | ');
    case 'enum':
      return Object.values(def.entries ?? {})
        .map(literal)
        .join(' | ');
    case 'array': {
      const element = def.element ? typeText(def.element) : 'unknown';
      return element.includes(' | ') && !element.startsWith('{')
        ? `(${element})[]`
        : `${element}[]`;
    }
    case 'union':
      return (def.options ?? []).map(typeText).join(' | ');
    case 'tuple':
      return `[${(def.items ?? []).map(typeText).join(', ')}]`;
    case 'record':
      return `Record<${def.keyType ? typeText(def.keyType) : 'string'}, ${
        def.valueType ? typeText(def.valueType) : 'unknown'
      }>`;
    case 'object': {
      const fields = Object.entries(def.shape ?? {}).map(
        ([key, value]) => `${key}${isOptional(value) ? '?' : ''}: ${typeText(value)}`,
      );
      return `{ ${fields.join('; ')} }`;
    }
    default:
      return 'unknown';
  }
}

// ── Markdown ────────────────────────────────────────────────────────────────

const code = (text: string): string => `\`${text}\``;
const list = (items: readonly string[]): string => items.map(code).join(', ');
const cell = (text: string): string => text.replace(/\|/g, '\\|');
const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;

function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [row(head), row(head.map(() => '---')), ...rows.map(row)];
}

/** Heading anchors as GitHub and TypeDoc make them: a repeated heading gets `-1`, `-2`, …. */
function slugger(): (heading: string) => string {
  const seen = new Map<string, number>();
  return (heading) => {
    const base = heading
      .trim()
      .replace(/[\u2000-\u206F\u2E00-\u2E7F\\'!"#$%&()*+,./:;<=>?@[\]^`{|}~]/g, '')
      .replace(/\s/g, '-')
      .toLowerCase();
    let count = seen.get(base);
    if (count === undefined) {
      seen.set(base, 0);
      return base;
    }
    let slug: string;
    do {
      count++;
      slug = `${base}-${count}`;
    } while (seen.has(slug));
    seen.set(base, count);
    return slug;
  };
}

interface Transition {
  readonly kind: 'stage' | 'activity';
  readonly event: string;
  readonly from: readonly string[];
  readonly to: string | null;
  readonly actors: readonly string[];
  readonly guards: readonly string[];
}

interface Machine {
  readonly initial: {
    readonly event: string;
    readonly stage: string;
    readonly actors: readonly string[];
    readonly guards: readonly string[];
  };
  readonly transitions: readonly Transition[];
}

/** How one machine's section is worded. */
interface Section {
  readonly title: string;
  readonly intro: string;
  readonly machine: Machine;
  readonly schema: { readonly options: readonly z.ZodObject[] };
  readonly docs: SourceDocs;
  readonly baseDocs: ReadonlyMap<string, string>;
  /** `stage` or `status`, and its plural. */
  readonly place: readonly [string, string];
  /** The subheadings of the creating event, the moving events and the activities. */
  readonly groups: readonly [string, string, string];
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function renderSection(section: Section, slug: (heading: string) => string): string[] {
  const { machine, docs, place } = section;
  const [one, many] = place;
  const schemas = new Map(
    section.schema.options.map((option) => [
      String((option.shape.type as unknown as { value: string }).value),
      option,
    ]),
  );
  const types = [...schemas.keys()];
  const kindOf = (type: string): 'creates' | 'stage' | 'activity' => {
    if (type === machine.initial.event) return 'creates';
    const transitions = machine.transitions.filter((t) => t.event === type);
    return transitions.length > 0 && transitions.every((t) => t.kind === 'activity')
      ? 'activity'
      : 'stage';
  };
  const kindLabel = { creates: 'creates', stage: one, activity: 'activity' } as const;
  const moves = (to: string | null): string => (to === null ? '(stays)' : code(to));

  // Anchors are numbered in page order (`pause`, then `pause-1` in the next
  // section), so they are worked out in the order the headings are written.
  const anchors = new Map<string, string>();
  slug(section.title);
  const body: string[] = [];
  const groups: Record<'creates' | 'stage' | 'activity', string[]> = {
    creates: [],
    stage: [],
    activity: [],
  };
  for (const type of types) groups[kindOf(type)].push(type);

  body.push(`## ${section.title}`, '', section.intro, '', 'Every event has these fields:', '');
  body.push(
    ...table(
      ['Field', 'Type', 'Description'],
      sharedFields.map((field) => [
        code(field),
        code(
          field === 'type'
            ? 'string'
            : typeText(schemas.get(types[0] ?? '')?.shape[field] as AnySchema),
        ),
        cell(
          field === 'type'
            ? 'The event type, one of those below.'
            : (section.baseDocs.get(field) ?? ''),
        ),
      ]),
    ),
  );
  const summaryAt = body.length;
  const details: string[] = [];
  const headings: [string, string][] = [
    ['creates', section.groups[0]],
    ['stage', section.groups[1]],
    ['activity', section.groups[2]],
  ];
  for (const [kind, title] of headings) {
    const members = groups[kind as keyof typeof groups];
    if (members.length === 0) continue;
    details.push('', `### ${title}`);
    slug(title);
    for (const type of members) {
      anchors.set(type, slug(type));
      details.push('', `#### ${type}`, '');
      const description = docs.events.get(type);
      if (description) details.push(description, '');
      const rows: string[][] =
        kind === 'creates'
          ? [
              [
                '(new)',
                code(machine.initial.stage),
                list(machine.initial.actors),
                machine.initial.guards.length > 0 ? list(machine.initial.guards) : '—',
              ],
            ]
          : machine.transitions
              .filter((t) => t.event === type)
              .map((t) => [
                list(t.from),
                moves(t.to),
                list(t.actors),
                t.guards.length > 0 ? list(t.guards) : '—',
              ]);
      details.push(...table([`In ${one}`, 'Moves to', 'Sent by', 'Checks'], rows), '');
      const schema = schemas.get(type);
      const own = Object.entries(schema?.shape ?? {}).filter(
        ([field]) => !(sharedFields as readonly string[]).includes(field),
      ) as [string, AnySchema][];
      if (own.length === 0) {
        details.push('No fields besides the shared ones.');
      } else {
        const fieldDocs = docs.fields.get(type);
        details.push(
          ...table(
            ['Field', 'Type', 'Required', 'Description'],
            own.map(([field, value]) => [
              code(field),
              code(cell(typeText(value))),
              isOptional(value) ? 'no' : 'yes',
              cell(fieldDocs?.get(field) ?? ''),
            ]),
          ),
        );
      }
    }
  }

  const summary = types.map((type) => {
    const kind = kindOf(type);
    const transitions = machine.transitions.filter((t) => t.event === type);
    const isNew = kind === 'creates';
    return [
      `[${code(type)}](#${anchors.get(type) ?? type})`,
      kindLabel[kind],
      isNew ? '(none)' : list(unique(transitions.flatMap((t) => t.from))),
      isNew ? code(machine.initial.stage) : unique(transitions.map((t) => moves(t.to))).join(', '),
      list(isNew ? machine.initial.actors : unique(transitions.flatMap((t) => t.actors))),
    ];
  });
  body.splice(
    summaryAt,
    0,
    '',
    ...table(['Event', 'Kind', `In ${many}`, 'Moves to', 'Sent by'], summary),
  );
  return [...body, ...details];
}

/**
 * The event catalogue page (docs/events.md): for both machines, every event
 * type with its fields, the roles that may send it, the stages (statuses) it
 * is accepted in, where it moves the document and the guards it checks.
 */
export function renderEventCatalogue(): string {
  const relationship = readSourceDocs([
    'src/model/event-base.ts',
    'src/model/propose-event.ts',
    'src/model/relationship-event.ts',
  ]);
  const enrolment = readSourceDocs(['src/model/event-base.ts', 'src/model/enrolment-event.ts']);
  const slug = slugger();
  slug('Event catalogue');
  const page = [
    '---',
    'title: Event catalogue',
    '---',
    '',
    '<!-- Generated from the machines by scripts/docs-site/event-catalogue.ts: do not edit.',
    '     Run `npm run docs:events` after changing a machine or an event schema. -->',
    '',
    '# Event catalogue',
    '',
    "Every event the library accepts: its fields, who may send it, in which stages (statuses for an enrolment), where it moves the relationship or enrolment and which conditions (guards) it checks. A refused event reports the guard that failed in `LifecycleError.guard` (`EnrolmentError.guard`). The tables are generated from the machines' own definitions (`lifecycleMachine`, `enrolmentMachine`) and the events' schemas.",
    '',
    ...renderSection(
      {
        title: 'Relationship events',
        intro:
          'Events of a mentoring relationship, applied with `applyEvent`, `applyEvents` or `replay` (the `propose` event comes from `proposeMatch`). Stage events move the relationship between stages; activities record what happens within one and keep its stage.',
        machine: lifecycleMachine,
        schema: RelationshipEventSchema as unknown as Section['schema'],
        docs: relationship,
        baseDocs: relationship.base,
        place: ['stage', 'stages'],
        groups: ['Creating', 'Stage events', 'Activities (the stage stays)'],
      },
      slug,
    ),
    '',
    ...renderSection(
      {
        title: 'Enrolment events',
        intro:
          "Events of a person's way through a programme (an `Enrolment`), applied with `applyEnrolmentEvent`, `applyEnrolmentEvents` or `replayEnrolment`; `availableEnrolmentEvents` lists those an actor may send now. Status events move the enrolment between statuses; activities keep its status. A relationship's events reach its people's enrolments as `match`, `proposal-closed`, `relationship-started` and `relationship-ended`.",
        machine: enrolmentMachine,
        schema: EnrolmentEventSchema as unknown as Section['schema'],
        docs: enrolment,
        // The shared fields' comments speak of a relationship.
        baseDocs: new Map([
          ['id', "Unique within the enrolment's history."],
          ['at', 'When it happened, with an offset; events of an enrolment come in time order.'],
          [
            'actor',
            'Who sent it: the person (as mentor or mentee), an admin of the programme or the system.',
          ],
        ]),
        place: ['status', 'statuses'],
        groups: ['Enrolling', 'Status events', 'Activities (the status stays)'],
      },
      slug,
    ),
  ];
  return `${page.join('\n')}\n`;
}
