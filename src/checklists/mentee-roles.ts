import { deepFreeze } from '../_internal/deep-freeze';
import type { MessageEntry, MessageKey } from '../i18n';
import { checklistsMessages } from '../i18n/messages/checklists';

/**
 * One of the three roles a mentee takes on: self-reflective protégé (`protege`),
 * owner of their own development (`owner`), learner (`learner`).
 *
 * @example
 * ```ts
 * const role: MenteeRoleId = 'learner';
 * ```
 */
export type MenteeRoleId = 'protege' | 'owner' | 'learner';

/**
 * The stable id of one of the 22 behaviours, prefixed with its role, e.g. `'owner.ask-questions'`.
 *
 * @example
 * ```ts
 * const id: MenteeBehaviourId = 'protege.self-critical';
 * ```
 */
export type MenteeBehaviourId =
  | 'protege.relationships-across-levels'
  | 'protege.honest-feedback'
  | 'protege.flexible-channels'
  | 'protege.self-critical'
  | 'protege.explain-needs'
  | 'protege.raise-problems'
  | 'protege.proactive-relationships'
  | 'protege.development-goals'
  | 'owner.commit'
  | 'owner.work-independently'
  | 'owner.realistic-expectations'
  | 'owner.know-strengths-weaknesses'
  | 'owner.keep-commitments'
  | 'owner.ask-for-help'
  | 'owner.bring-ideas'
  | 'owner.ask-questions'
  | 'learner.accept-feedback'
  | 'learner.question-assumptions'
  | 'learner.strengthen-personality'
  | 'learner.apply-learning'
  | 'learner.communicate-effectively'
  | 'learner.seek-ways-to-goals';

// The source table, read row by row, gives each role's behaviours in this order.
const roleBehaviours: { readonly [R in MenteeRoleId]: readonly MenteeBehaviourId[] } = {
  protege: [
    'protege.relationships-across-levels',
    'protege.honest-feedback',
    'protege.flexible-channels',
    'protege.self-critical',
    'protege.explain-needs',
    'protege.raise-problems',
    'protege.proactive-relationships',
    'protege.development-goals',
  ],
  owner: [
    'owner.commit',
    'owner.work-independently',
    'owner.realistic-expectations',
    'owner.know-strengths-weaknesses',
    'owner.keep-commitments',
    'owner.ask-for-help',
    'owner.bring-ideas',
    'owner.ask-questions',
  ],
  learner: [
    'learner.accept-feedback',
    'learner.question-assumptions',
    'learner.strengthen-personality',
    'learner.apply-learning',
    'learner.communicate-effectively',
    'learner.seek-ways-to-goals',
  ],
};

/**
 * A behaviour expected of a mentee in one role.
 *
 * @example
 * ```ts
 * const first = responsibilityCatalog.menteeRoles[0]?.behaviours[0];
 * first?.label.en; // 'Build relationships across levels of responsibility'
 * ```
 */
export interface MenteeBehaviour {
  readonly id: MenteeBehaviourId;
  readonly role: MenteeRoleId;
  /** The row of the source table the behaviour stands in (1–8). */
  readonly row: number;
  readonly labelKey: MessageKey;
  readonly label: MessageEntry;
}

/**
 * A mentee role with its behaviours, in the order of the source table.
 *
 * @example
 * ```ts
 * const sizes = responsibilityCatalog.menteeRoles.map((role) => role.behaviours.length); // [8, 8, 6]
 * ```
 */
export interface MenteeRole {
  readonly id: MenteeRoleId;
  readonly labelKey: MessageKey;
  readonly label: MessageEntry;
  readonly behaviours: readonly MenteeBehaviour[];
}

function role(id: MenteeRoleId): MenteeRole {
  const labelKey = `checklists.role.${id}` as const;
  return {
    id,
    labelKey,
    label: checklistsMessages[labelKey],
    behaviours: roleBehaviours[id].map((behaviour, index) => {
      const key = `checklists.behaviour.${behaviour}` as const;
      return {
        id: behaviour,
        role: id,
        row: index + 1,
        labelKey: key,
        label: checklistsMessages[key],
      };
    }),
  };
}

/** The three roles, read column by column from the source table (which is laid out row by row). */
export const menteeRoles: readonly MenteeRole[] = deepFreeze([
  role('protege'),
  role('owner'),
  role('learner'),
]);
