// @ts-check
// TypeDoc 0.28 plugin for mentorship-kit's reference site (typedoc.json loads it).
//
// - ```mermaid blocks become diagrams: the block is rendered as
//   <div class="mermaid">source</div> and pages that have one load Mermaid's
//   browser bundle from the site's own assets (copied from the `mermaid` dev
//   dependency: no CDN, no network) and draw it in the page's colour scheme.
// - Guides (projectDocuments) keep the reading order of typedoc.json and come
//   first in the sidebar, before the modules.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CommentTag,
  Converter,
  MarkdownEvent,
  PageEvent,
  ReferenceType,
  Reflection,
  ReflectionFlag,
  ReflectionKind,
  ReflectionSymbolId,
  RendererEvent,
} from 'typedoc';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const mermaidBundle = join(dirname(require.resolve('mermaid/package.json')), 'dist/mermaid.min.js');

// TypeDoc renders a fenced block as <pre><code class="lang">…highlighted spans…</code><button>…</button></pre>.
const mermaidBlock =
  /<pre><code class="mermaid">([\s\S]*?)<\/code><button[^>]*>[\s\S]*?<\/button><\/pre>/g;

/** @param {import('typedoc').Application} app */
export function load(app) {
  // After TypeDoc's own Markdown parser (priority 0): swap highlighted Mermaid
  // code for a container Mermaid draws into. The highlighter ends lines with
  // <br/>; stripping its spans leaves the source, still HTML-escaped, which is
  // what a text node needs.
  app.renderer.on(
    MarkdownEvent.PARSE,
    (event) => {
      event.parsedText = event.parsedText.replace(
        mermaidBlock,
        (_, code) =>
          `<div class="mermaid">${code
            .replace(/<br\s*\/?>/g, '\n')
            .replace(/<[^>]*>/g, '')
            .trimEnd()}</div>`,
      );
    },
    -100,
  );

  app.renderer.on(PageEvent.END, (page) => {
    if (!page.contents) return;
    // No icon of its own: an empty one spares every visit a 404 for /favicon.ico.
    page.contents = page.contents.replace('</head>', '<link rel="icon" href="data:,"></head>');
    // Only pages with a diagram load the bundle (about 5 MB, cached across pages).
    if (!page.contents.includes('<div class="mermaid">')) return;
    const up = '../'.repeat(page.url.split('/').length - 1);
    page.contents = page.contents.replace(
      '</body>',
      `<script src="${up}assets/mermaid.min.js"></script>` +
        `<script src="${up}assets/mermaid-init.js"></script></body>`,
    );
  });

  app.renderer.on(RendererEvent.END, (event) => {
    const assets = join(event.outputDirectory, 'assets');
    mkdirSync(assets, { recursive: true });
    copyFileSync(mermaidBundle, join(assets, 'mermaid.min.js'));
    copyFileSync(join(here, 'mermaid-init.js'), join(assets, 'mermaid-init.js'));
  });

  // `{@link InvalidOptionsError}` in a comment of another module: TypeDoc
  // resolves a name within the comment's module, and through TypeScript only
  // when the file imports it. A name exported once in the whole reference
  // links to that export.
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => linkUniqueNames(context.project),
    -200,
  );

  // A category for every export without one, so each module's page and its
  // part of the sidebar are grouped instead of one flat list.
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => categorize(context.project), -100);

  // A document type is `interface X extends z.output<typeof XSchema> {}`: its
  // fields are its own, not "inherited from z.output" (the site's "Inherited"
  // filter would hide them), and the schema a field is checked by is not a
  // default value.
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => ownSchemaFields(context.project),
    -250,
  );

  // A big schema's zod type spelled out is tens of kB of `ZodObject<{ … }>`
  // nobody reads; its page names what it validates instead, and links to it.
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => shortSchemaTypes(context.project),
    -100,
  );

  // Guides first, in the order typedoc.json lists them; TypeDoc would sort
  // them by title among the modules.
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      const project = context.project;
      const order = app.options
        .getValue('projectDocuments')
        .map((path) => path.replace(/\\/g, '/'));
      const rank = (/** @type {import('typedoc').DocumentReflection} */ doc) => {
        const source = app.files.getReflectionPath(doc);
        const index = order.findIndex((path) => source?.endsWith(path.replace(/^\.\//, '')));
        return index === -1 ? order.length : index;
      };
      if (project.documents) project.documents.sort((a, b) => rank(a) - rank(b));
      if (project.childrenIncludingDocuments) {
        const docs = project.childrenIncludingDocuments.filter((child) =>
          child.kindOf(ReflectionKind.Document),
        );
        const others = project.childrenIncludingDocuments.filter(
          (child) => !child.kindOf(ReflectionKind.Document),
        );
        project.childrenIncludingDocuments = [
          ...docs.sort((a, b) => rank(/** @type {any} */ (a)) - rank(/** @type {any} */ (b))),
          ...others,
        ];
      }
    },
    -100,
  );
}

/** @param {import('typedoc').ProjectReflection} project */
function linkUniqueNames(project) {
  /** @type {Map<string, import('typedoc').Reflection[]>} */
  const exports = new Map();
  for (const module of project.children ?? []) {
    for (const child of module.children ?? []) {
      const list = exports.get(child.name) ?? [];
      list.push(child);
      exports.set(child.name, list);
    }
  }
  /** @param {readonly import('typedoc').CommentDisplayPart[] | undefined} parts */
  const fix = (parts) => {
    for (const part of parts ?? []) {
      if (part.kind !== 'inline-tag' || !part.tag.startsWith('@link')) continue;
      if (typeof part.target === 'string' || part.target instanceof Reflection) continue;
      if (part.target instanceof ReflectionSymbolId) {
        if (project.getReflectionsFromSymbolId(part.target).length > 0) continue;
      }
      const name = part.text.trim();
      const found = exports.get(name);
      if (found?.length === 1) /** @type {any} */ (part).target = found[0];
    }
  };
  for (const reflection of Object.values(project.reflections)) {
    const comment = reflection.comment;
    if (comment) {
      fix(comment.summary);
      for (const tag of comment.blockTags) fix(tag.content);
    }
    if ('content' in reflection) fix(/** @type {any} */ (reflection).content);
  }
  fix(project.readme);
}

// The model by what its files describe ("one concept a file"); a new file
// falls back to the grouping by kind the other modules use.
const modelCategories = {
  Relationship: [
    'relationship',
    'relationship-stage',
    'goal',
    'plan-step',
    'meeting',
    'agenda',
    'action-item',
    'feedback',
    'progress-update',
    'agreement',
    'evaluation',
    'self-inventory',
    'attestation',
  ],
  Events: ['relationship-event', 'propose-event', 'event-base', 'enrolment-event'],
  'People and programmes': [
    'person-profile',
    'mentor-profile',
    'mentee-profile',
    'preference-conflict',
    'program',
    'program-settings',
    'round',
    'enrolment',
    'weekly-slot',
  ],
  'Values and identifiers': [
    'actor',
    'id',
    'text',
    'timestamp',
    'time-zone',
    'language-tag',
    'channel',
    'schema-version',
    'unique-items',
  ],
  'Parsing and errors': [
    'parse',
    'parsers',
    'result',
    'errors',
    'validation-error',
    'format-error',
    'format-path',
  ],
};
const modelCategoryOf = new Map(
  Object.entries(modelCategories).flatMap(([category, files]) =>
    files.map((file) => [`src/model/${file}.ts`, category]),
  ),
);

/** @param {import('typedoc').DeclarationReflection} child */
function kindCategory(child) {
  if (child.kindOf(ReflectionKind.Class) || /Error(Code)?s?$|ErrorCodes$/.test(child.name)) {
    return 'Errors';
  }
  if (/Options(Schema)?$/.test(child.name)) return 'Options';
  if (child.kindOf(ReflectionKind.Function)) return 'Functions';
  if (child.kindOf(ReflectionKind.Variable)) {
    return child.name.endsWith('Schema') ? 'Schemas' : 'Values';
  }
  return 'Types';
}

/** @param {import('typedoc').ProjectReflection} project */
function categorize(project) {
  for (const module of project.children ?? []) {
    for (const child of module.children ?? []) {
      const comment = child.comment ?? child.signatures?.[0]?.comment;
      if (!comment || comment.blockTags.some((tag) => tag.tag === '@category')) continue;
      const file = project.getSymbolIdFromReflection(child)?.fileName?.replace(/\\/g, '/') ?? '';
      const source = file.slice(file.lastIndexOf('/src/') + 1);
      const category = modelCategoryOf.get(source) ?? kindCategory(child);
      comment.blockTags.push(new CommentTag('@category', [{ kind: 'text', text: category }]));
    }
  }
}

/** @param {import('typedoc').ProjectReflection} project */
function ownSchemaFields(project) {
  for (const reflection of project.getReflectionsByKind(ReflectionKind.Property)) {
    const property = /** @type {import('typedoc').DeclarationReflection} */ (reflection);
    const from = property.inheritedFrom;
    if (!from || !/^(z\.)?(output|input|infer)\b/.test(from.name)) continue;
    property.inheritedFrom = undefined;
    property.setFlag(ReflectionFlag.Inherited, false);
    property.defaultValue = undefined;
  }
}

/** Longer than this (TypeDoc's abridged type text), a schema's type is named by what it validates. */
const longSchemaType = 4000;

/** @param {import('typedoc').ProjectReflection} project */
function shortSchemaTypes(project) {
  for (const module of project.children ?? []) {
    const byName = new Map((module.children ?? []).map((child) => [child.name, child]));
    for (const child of module.children ?? []) {
      const type = child.type;
      if (!child.kindOf(ReflectionKind.Variable) || !child.name.endsWith('Schema')) continue;
      if (type?.type !== 'reference' || type.toString().length < longSchemaType) continue;
      const validated = byName.get(child.name.slice(0, -'Schema'.length));
      if (!validated) continue;
      const named = ReferenceType.createBrokenReference('z.ZodType', project, 'zod');
      named.typeArguments = [
        ReferenceType.createResolvedReference(validated.name, validated, project),
      ];
      child.type = named;
    }
  }
}
