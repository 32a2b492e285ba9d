import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { responsibilityCatalog } from '../../src/checklists';
import { messages } from '../../src/i18n';
import { checklistsMessagesDe } from '../../src/i18n/locales/de/checklists';
import { checklistsMessagesEs } from '../../src/i18n/locales/es/checklists';
import { checklistsMessagesFr } from '../../src/i18n/locales/fr/checklists';

// The script renders every shipped pack; loaded when needed, so the catalogue
// tests above do not depend on the other modules' translations.
const script = () => import('../../scripts/render-checklist-catalog');

/** Every object reachable from a value, for checking a deep freeze. */
function objectsIn(value: unknown, seen = new Set<object>()): Set<object> {
  if (typeof value === 'object' && value !== null && !seen.has(value)) {
    seen.add(value);
    for (const child of Object.values(value)) objectsIn(child, seen);
  }
  return seen;
}

const { menteeDuties, mentorDuties, stageChecklists, menteeRoles, items } = responsibilityCatalog;

describe('responsibilityCatalog', () => {
  it('has the duties and stage checklists of the source', () => {
    expect(menteeDuties).toHaveLength(8);
    expect(mentorDuties).toHaveLength(6);
    expect(
      Object.fromEntries(
        Object.entries(stageChecklists).map(([stage, list]) => [stage, list.length]),
      ),
    ).toEqual({
      preparing: 4,
      initiating: 5,
      cultivating: 4,
      evaluating: 3,
    });
    expect(items).toEqual([
      ...menteeDuties,
      ...mentorDuties,
      ...Object.values(stageChecklists).flat(),
    ]);
    expect(
      menteeDuties.every((item) => item.responsible === 'mentee' && item.group === 'mentee-duty'),
    ).toBe(true);
    expect(
      mentorDuties.every((item) => item.responsible === 'mentor' && item.group === 'mentor-duty'),
    ).toBe(true);
    for (const [stage, list] of Object.entries(stageChecklists)) {
      expect(list.every((item) => item.stage === stage && item.stages[0] === stage)).toBe(true);
    }
  });

  it('has stable, unique ids', () => {
    const ids = items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('mentor.keep-confidentiality');
    const behaviourIds = menteeRoles.flatMap((role) => role.behaviours.map((b) => b.id));
    expect(new Set(behaviourIds).size).toBe(22);
  });

  it('reads the roles table row by row: 8 protégé, 8 owner, 6 learner behaviours', () => {
    expect(menteeRoles.map((role) => [role.id, role.behaviours.length])).toEqual([
      ['protege', 8],
      ['owner', 8],
      ['learner', 6],
    ]);
    // Row one of the source: build relationships / commit to your development / accept feedback.
    expect(menteeRoles.map((role) => role.behaviours[0]?.id)).toEqual([
      'protege.relationships-across-levels',
      'owner.commit',
      'learner.accept-feedback',
    ]);
    expect(menteeRoles.map((role) => role.behaviours.at(-1)?.id)).toEqual([
      'protege.development-goals',
      'owner.ask-questions',
      'learner.seek-ways-to-goals',
    ]);
    for (const role of menteeRoles) {
      role.behaviours.forEach((behaviour, index) => {
        expect(behaviour.row).toBe(index + 1);
        expect(behaviour.role).toBe(role.id);
        expect(behaviour.id.startsWith(`${role.id}.`)).toBe(true);
      });
    }
  });

  it('labels every item, role and behaviour in English and in every pack, from the message catalogue', () => {
    const labelled = [...items, ...menteeRoles, ...menteeRoles.flatMap((role) => role.behaviours)];
    expect(labelled).toHaveLength(30 + 3 + 22);
    for (const entry of labelled) {
      expect(messages[entry.labelKey]).toBe(entry.label);
      for (const [language, texts] of [
        ['de', checklistsMessagesDe],
        ['fr', checklistsMessagesFr],
        ['es', checklistsMessagesEs],
      ] as const) {
        const text = texts[entry.labelKey as keyof typeof texts];
        expect(text.trim().length, `${entry.labelKey} ${language}`).toBeGreaterThan(0);
        expect(text, `${entry.labelKey} ${language}`).not.toBe(entry.label);
      }
    }
  });

  it('is deeply frozen, so no caller can change what another sees', () => {
    const all = objectsIn(responsibilityCatalog);
    expect(all.size).toBeGreaterThan(80);
    for (const object of all) expect(Object.isFrozen(object)).toBe(true);
    expect(() => (responsibilityCatalog.items as unknown as unknown[]).reverse()).toThrow(
      TypeError,
    );
    expect(() => {
      (menteeDuties[0] as { label: string }).label = 'changed';
    }).toThrow(TypeError);
    expect(menteeDuties[0]?.label).toBe('Put the next meeting in the calendar');
  });
});

describe('docs/checklists.md', () => {
  it('embeds exactly what scripts/render-checklist-catalog.ts renders', async () => {
    const { embeddedCatalog, guidePath, renderChecklistCatalog } = await script();
    const embedded = embeddedCatalog(readFileSync(guidePath, 'utf8'));
    expect(embedded, 'run: npx tsx scripts/render-checklist-catalog.ts --write').toBe(
      renderChecklistCatalog(),
    );
  });

  it('renders every language, the shared stage names and every id', async () => {
    const { embeddedCatalog, renderChecklistCatalog } = await script();
    const rendered = renderChecklistCatalog();
    for (const heading of ['English', 'Deutsch', 'Français', 'Español'])
      expect(rendered).toContain(`### ${heading}`);
    expect(rendered).toContain('Agenda vor dem Termin senden');
    expect(rendered).toContain('Envoyer un ordre du jour avant chaque rencontre');
    expect(rendered).toContain('Enviar un orden del día antes de cada reunión');
    // One name per stage across the library: the shared `stage.*` texts.
    expect(rendered).toContain('| Initiate, Cultivate, Evaluate |');
    expect(rendered).not.toContain('checklists.stage');
    for (const item of items) expect(rendered.split(`\`${item.id}\``)).toHaveLength(5);
    expect(embeddedCatalog('no markers here')).toBeUndefined();
  });
});
