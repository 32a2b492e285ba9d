import { deepFreeze } from '../_internal/deep-freeze';
import type { MessageKey } from '../i18n';
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
 * The kind of record that can evidence a behaviour in a relationship, each
 * counted for the mentee only (see {@link behaviourEvidence} for the mapping):
 *
 * - `feedback-given`: shared feedback from the mentee to the mentor;
 * - `evaluations`: evaluations of a cycle the mentee recorded;
 * - `wants-named`: the mentee's self-inventories that say what they want from the relationship;
 * - `concerns-raised`: the mentee's feedback of kind `concern` or `challenge`, shared or private
 *   (a problem raised with the programme counts too);
 * - `meetings-scheduled`: meetings the mentee scheduled;
 * - `goals-set`: goals the mentee set (`set-goal` or `continue` by the mentee);
 * - `meetings-attended`: meetings the mentee was recorded present at;
 * - `own-follow-ups`: follow-up tasks the mentee set themself;
 * - `strengths-needs-named`: the mentee's self-inventories naming strengths and development needs;
 * - `follow-ups-on-time`: the mentee's follow-ups finished by the mentee by their deadline
 *   (`count`), out of those whose time has come (`of`: finished, or open past the deadline);
 * - `feedback-requests`: the mentee's requests for feedback;
 * - `agendas-sent`: agendas the mentee sent;
 * - `plan-steps-done`: plan steps the mentee completed;
 * - `progress-updates`: progress updates the mentee posted;
 * - `plan-steps-added`: plan steps the mentee added (with a goal or later);
 * - `feedback-taken-on-board`: shared feedback from the mentor that the mentee acknowledged
 *   (`acknowledge-feedback`), at the time they did.
 *
 * @example
 * ```ts
 * const kind: BehaviourEvidenceKind = 'follow-ups-on-time';
 * ```
 */
export type BehaviourEvidenceKind =
  | 'feedback-given'
  | 'evaluations'
  | 'wants-named'
  | 'concerns-raised'
  | 'meetings-scheduled'
  | 'goals-set'
  | 'meetings-attended'
  | 'own-follow-ups'
  | 'strengths-needs-named'
  | 'follow-ups-on-time'
  | 'feedback-requests'
  | 'agendas-sent'
  | 'plan-steps-done'
  | 'progress-updates'
  | 'plan-steps-added'
  | 'feedback-taken-on-board';

/**
 * Which records evidence which behaviour (frozen). The 16 behaviours listed
 * have a kind of record that shows them (accepting feedback: feedback the
 * mentee took on board with `acknowledge-feedback`); the other 6
 * (relationships across levels, flexible channels, realistic expectations,
 * asking questions, questioning assumptions, strengthening one's
 * personality) leave no record in a relationship and stay self-rated only.
 *
 * @example
 * ```ts
 * behaviourEvidence['owner.keep-commitments']; // 'follow-ups-on-time'
 * behaviourEvidence['owner.ask-questions']; // undefined: self-rated only
 * ```
 */
export const behaviourEvidence: { readonly [B in MenteeBehaviourId]?: BehaviourEvidenceKind } =
  /* @__PURE__ */ Object.freeze({
    'protege.honest-feedback': 'feedback-given',
    'protege.self-critical': 'evaluations',
    'protege.explain-needs': 'wants-named',
    'protege.raise-problems': 'concerns-raised',
    'protege.proactive-relationships': 'meetings-scheduled',
    'protege.development-goals': 'goals-set',
    'owner.commit': 'meetings-attended',
    'owner.work-independently': 'own-follow-ups',
    'owner.know-strengths-weaknesses': 'strengths-needs-named',
    'owner.keep-commitments': 'follow-ups-on-time',
    'owner.ask-for-help': 'feedback-requests',
    'owner.bring-ideas': 'agendas-sent',
    'learner.accept-feedback': 'feedback-taken-on-board',
    'learner.apply-learning': 'plan-steps-done',
    'learner.communicate-effectively': 'progress-updates',
    'learner.seek-ways-to-goals': 'plan-steps-added',
  } as const);

/**
 * A behaviour expected of a mentee in one role.
 *
 * @example
 * ```ts
 * const first = responsibilityCatalog.menteeRoles[0]?.behaviours[0];
 * first?.label; // 'Build relationships across levels of responsibility'
 * ```
 */
export interface MenteeBehaviour {
  readonly id: MenteeBehaviourId;
  readonly role: MenteeRoleId;
  /** The row of the source table the behaviour stands in (1–8). */
  readonly row: number;
  /** The message key of the label, to render it in any language. */
  readonly labelKey: MessageKey;
  /** The label in English. */
  readonly label: string;
  /** The kind of record that evidences it in a relationship; absent: self-rated only. */
  readonly evidence?: BehaviourEvidenceKind;
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
  /** The message key of the role's name, to render it in any language. */
  readonly labelKey: MessageKey;
  /** The role's name in English. */
  readonly label: string;
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
      const base: MenteeBehaviour = {
        id: behaviour,
        role: id,
        row: index + 1,
        labelKey: key,
        label: checklistsMessages[key],
      };
      const evidence = behaviourEvidence[behaviour];
      return evidence === undefined ? base : { ...base, evidence };
    }),
  };
}

/** The three roles, read column by column from the source table (which is laid out row by row). */
export const menteeRoles: readonly MenteeRole[] = deepFreeze([
  role('protege'),
  role('owner'),
  role('learner'),
]);
