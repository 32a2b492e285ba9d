import { describe, expectTypeOf, it } from 'vitest';
import {
  assessRoles,
  type ChecklistContext,
  type ChecklistItemStatus,
  type ChecklistReport,
  type CodedChecklistItem,
  defineChecklistItem,
  evaluateChecklist,
  type HealthStatus,
  type ItemEvaluation,
  type MenteeBehaviourId,
  type ResponsibilityItemId,
  type RoleAssessment,
  relationshipHealth,
  responsibilityCatalog,
} from '../../src/checklists';
import type { Result, ValidationError } from '../../src/model';

describe('checklists types', () => {
  it('fixes the statuses of the public contract', () => {
    expectTypeOf<ChecklistItemStatus>().toEqualTypeOf<
      'done' | 'open' | 'due' | 'overdue' | 'manual' | 'not-applicable'
    >();
    expectTypeOf<HealthStatus>().toEqualTypeOf<
      'too-early' | 'on-track' | 'needs-check-in' | 'at-risk'
    >();
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
      label: { en: 'x', de: 'x' },
      responsible: 'mentor',
      stages: [],
      frequency: 'once',
      // @ts-expect-error: a status outside the contract
      evaluate: () => ({ status: 'finished' }),
    });
  });
});
