import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderEventCatalogue } from '../../scripts/docs-site/event-catalogue';
import {
  EnrolmentEventSchema,
  enrolmentMachine,
  lifecycleMachine,
  relationshipEventTypes,
} from '../../src/index';

// docs/events.md is generated from the machine and the event schemas; a
// change to either without `npm run docs:events` fails here.
describe('the event catalogue (docs/events.md)', () => {
  const page = renderEventCatalogue();

  it('is the committed page', () => {
    const committed = readFileSync(join(__dirname, '..', '..', 'docs', 'events.md'), 'utf8');
    expect(committed).toBe(page);
  });

  it('has a section for every event type, with the roles and stages of the machine', () => {
    for (const type of relationshipEventTypes) expect(page).toContain(`#### ${type}\n`);
    const pause = page.slice(page.indexOf('#### pause\n'), page.indexOf('#### resume\n'));
    const transition = lifecycleMachine.transitions.find((t) => t.event === 'pause');
    for (const stage of transition?.from ?? []) expect(pause).toContain(`\`${stage}\``);
    for (const role of transition?.actors ?? []) expect(pause).toContain(`\`${role}\``);
    expect(pause).toContain('`until-after-start`');
  });

  it('lists payload fields with their types and TSDoc', () => {
    const acknowledge = page.slice(page.indexOf('#### acknowledge-feedback\n'));
    expect(acknowledge).toContain(
      '| `feedbackId` | `Id` | yes | The feedback taken on board; it must be addressed to the sender. |',
    );
    expect(page).toContain('| `until` | `Timestamp` | no |');
  });

  it('has a section for every enrolment event, with the statuses, roles and guards of its machine', () => {
    const enrolment = page.slice(page.indexOf('## Enrolment events\n'));
    expect(enrolment.length).toBeLessThan(page.length);
    for (const option of EnrolmentEventSchema.options) {
      expect(enrolment).toContain(`#### ${option.shape.type.value}\n`);
    }
    const screen = enrolment.slice(
      enrolment.indexOf('#### screen\n'),
      enrolment.indexOf('#### meet-requirement\n'),
    );
    const transitions = enrolmentMachine.transitions.filter((t) => t.event === 'screen');
    expect(transitions.length).toBeGreaterThan(0);
    for (const transition of transitions) {
      const guards = transition.guards.map((guard) => `\`${guard}\``).join(', ');
      expect(screen).toContain(`| \`${transition.to}\` | \`admin\` | ${guards} |`);
    }
    expect(enrolment).toContain(
      `| (new) | \`applied\` | ${enrolmentMachine.initial.actors.map((r) => `\`${r}\``).join(', ')} |`,
    );
    // Event types both machines have link to the enrolment's own section.
    expect(enrolment).toContain('[`pause`](#pause-1)');
    expect(enrolment).toContain('[`withdraw`](#withdraw-1)');
    expect(enrolment).toContain(
      "| `personId` | `Id` | yes | The person's profile id; a mentor or mentee actor must be this person. |",
    );
    expect(enrolment).toContain("| `id` | `Id` | Unique within the enrolment's history. |");
  });
});
