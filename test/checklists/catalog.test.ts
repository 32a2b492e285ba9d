import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  embeddedCatalog,
  guidePath,
  renderChecklistCatalog,
} from '../../scripts/render-checklist-catalog';
import { responsibilityCatalog } from '../../src/checklists';
import { locales, messages } from '../../src/i18n';

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

  it('labels every item, role and behaviour in both languages, from the message catalogue', () => {
    const labelled = [...items, ...menteeRoles, ...menteeRoles.flatMap((role) => role.behaviours)];
    expect(labelled).toHaveLength(30 + 3 + 22);
    for (const entry of labelled) {
      expect(messages[entry.labelKey]).toBe(entry.label);
      for (const locale of locales)
        expect(entry.label[locale].trim().length, `${entry.labelKey} ${locale}`).toBeGreaterThan(0);
      expect(entry.label.de).not.toBe(entry.label.en);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(responsibilityCatalog)).toBe(true);
    expect(Object.isFrozen(menteeDuties[0])).toBe(true);
    expect(Object.isFrozen(menteeRoles[2]?.behaviours)).toBe(true);
  });
});

describe('docs/checklists.md', () => {
  it('embeds exactly what scripts/render-checklist-catalog.ts renders', () => {
    const embedded = embeddedCatalog(readFileSync(guidePath, 'utf8'));
    expect(embedded, 'run: npx tsx scripts/render-checklist-catalog.ts --write').toBe(
      renderChecklistCatalog(),
    );
  });

  it('renders both languages and every id', () => {
    const rendered = renderChecklistCatalog();
    expect(rendered).toContain('### English');
    expect(rendered).toContain('### Deutsch');
    expect(rendered).toContain('Agenda vor dem Termin senden');
    for (const item of items) expect(rendered.split(`\`${item.id}\``)).toHaveLength(3);
    expect(embeddedCatalog('no markers here')).toBeUndefined();
  });
});
