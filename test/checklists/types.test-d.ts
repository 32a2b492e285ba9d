import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import {
  assessRoles,
  type ChecklistContext,
  type ChecklistItemStatus,
  type ChecklistOptions,
  type ChecklistOptionsSchema,
  type ChecklistReport,
  type CodedChecklistItem,
  type Completion,
  defineChecklistItem,
  evaluateChecklist,
  type HealthOptions,
  type HealthStatus,
  type ItemEvaluation,
  type MenteeBehaviourId,
  type ResponsibilityItemId,
  type RoleAssessment,
  relationshipHealth,
  responsibilityCatalog,
} from '../../src/checklists';
import type { ProgramRef, Result, ValidationError } from '../../src/model';

describe('checklists types', () => {
  it('fixes the statuses of the public contract', () => {
    expectTypeOf<ChecklistItemStatus>().toEqualTypeOf<
      'done' | 'open' | 'due' | 'overdue' | 'manual' | 'not-applicable'
    >();
    expectTypeOf<HealthStatus>().toEqualTypeOf<
      'too-early' | 'on-track' | 'needs-check-in' | 'at-risk' | 'closed'
    >();
  });

  it('takes the programme as a ProgramRef and derives options from their schema', () => {
    expectTypeOf<ChecklistOptions['program']>().toEqualTypeOf<ProgramRef | undefined>();
    expectTypeOf<HealthOptions['program']>().toEqualTypeOf<ProgramRef | undefined>();
    expectTypeOf<z.output<typeof ChecklistOptionsSchema>['role']>().toEqualTypeOf<
      ChecklistOptions['role']
    >();
    // @ts-expect-error: a role outside the contract
    evaluateChecklist({} as never, { role: 'mentor ', now: '2026-03-01T09:00:00Z' });
  });

  it('leaves a ratio out when its denominator is 0', () => {
    expectTypeOf<Completion['doneOfDue']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Completion>().not.toHaveProperty('ratio');
  });

  it('returns reports and results', () => {
    expectTypeOf(evaluateChecklist).returns.toEqualTypeOf<ChecklistReport>();
    expectTypeOf(relationshipHealth).returns.toHaveProperty('reasons');
    expectTypeOf(assessRoles).returns.toEqualTypeOf<Result<RoleAssessment, ValidationError>>();
  });

  it('types catalogue ids and the evaluator of coded items', () => {
    expectTypeOf(responsibilityCatalog.items[0]?.id).toEqualTypeOf<
      ResponsibilityItemId | undefined
    >();
    expectTypeOf<'owner.ask-questions'>().toMatchTypeOf<MenteeBehaviourId>();
    expectTypeOf<CodedChecklistItem['evaluate']>().parameter(0).toEqualTypeOf<ChecklistContext>();
    expectTypeOf<CodedChecklistItem['evaluate']>().returns.toEqualTypeOf<ItemEvaluation>();
    defineChecklistItem({
      id: 'x',
      label: { en: 'x', de: 'x', 'pt-BR': 'x' },
      responsible: 'mentor',
      stages: ['cultivating'],
      frequency: 'once',
      // @ts-expect-error: a status outside the contract
      evaluate: () => ({ status: 'finished' }),
    });
    defineChecklistItem({
      id: 'x',
      // @ts-expect-error: English is required
      label: { de: 'x' },
      responsible: 'mentor',
      stages: ['cultivating'],
      frequency: 'once',
      evaluate: () => ({ status: 'open' }),
    });
  });
});
