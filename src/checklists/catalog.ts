import { deepFreeze } from '../_internal/deep-freeze';
import type { MessageKey } from '../i18n';
import { checklistsMessages } from '../i18n/messages/checklists';
import type { CycleStage, ParticipantRole } from '../model';
import { type MenteeRole, menteeRoles } from './mentee-roles';

/**
 * Who answers for a checklist item: the mentor, the mentee, or both together.
 *
 * @example
 * ```ts
 * const mine = (r: Responsible, role: 'mentor' | 'mentee') => r === role || r === 'both';
 * ```
 */
export type Responsible = ParticipantRole | 'both';

/**
 * How often an item falls due: once per cycle, for every meeting, once per
 * meeting rhythm (the agreed cadence), once per fixed number of days (custom
 * items), or throughout (items confirmed by hand).
 *
 * @example
 * ```ts
 * const recurring = (f: ChecklistFrequency) => f === 'per-cadence' || f === 'per-period';
 * ```
 */
export type ChecklistFrequency = 'once' | 'per-meeting' | 'per-cadence' | 'per-period' | 'ongoing';

/**
 * The part of the catalogue an item belongs to; `custom` marks items a programme added.
 *
 * @example
 * ```ts
 * const group: ChecklistGroup = 'mentee-duty';
 * ```
 */
export type ChecklistGroup = 'mentee-duty' | 'mentor-duty' | 'stage' | 'custom';

/**
 * Whether an item's status is worked out from the relationship's records
 * (`derived`) or stays `manual` until someone attests it.
 *
 * @example
 * ```ts
 * const needsAttestation = (item: ResponsibilityItem) => item.derivation === 'manual';
 * ```
 */
export type Derivation = 'derived' | 'manual';

/**
 * The stable id of an item of {@link responsibilityCatalog}, e.g. `'mentee.send-agenda'`.
 * Ids never change between versions, so they can be stored (attestations refer to them).
 *
 * @example
 * ```ts
 * const id: ResponsibilityItemId = 'mentor.keep-confidentiality';
 * ```
 */
export type ResponsibilityItemId =
  | 'mentee.set-meeting-dates'
  | 'mentee.send-agenda'
  | 'mentee.be-punctual-prepared'
  | 'mentee.define-goals-plan'
  | 'mentee.finish-follow-ups'
  | 'mentee.report-progress'
  | 'mentee.seek-feedback'
  | 'mentee.respect-mentor-time'
  | 'mentor.attend-meetings'
  | 'mentor.ask-career-goals'
  | 'mentor.give-advice-feedback'
  | 'mentor.share-and-listen'
  | 'mentor.hold-accountable'
  | 'mentor.keep-confidentiality'
  | 'prepare.self-inventory'
  | 'prepare.goal'
  | 'prepare.plan'
  | 'prepare.wants-offers'
  | 'initiate.first-meeting'
  | 'initiate.expectations'
  | 'initiate.ground-rules'
  | 'initiate.goals'
  | 'initiate.cadence-channels'
  | 'cultivate.regular-meetings'
  | 'cultivate.growth-opportunities'
  | 'cultivate.plan-progress'
  | 'cultivate.feedback-exchanged'
  | 'evaluate.growth-measured'
  | 'evaluate.goals-assessed'
  | 'evaluate.next-step-decided';

/**
 * One item of the responsibility catalogue: a duty of the mentee or mentor,
 * or a point of a stage checklist.
 *
 * @example
 * ```ts
 * const agenda = responsibilityCatalog.menteeDuties[1];
 * agenda?.label; // 'Send an agenda ahead of each meeting'
 * agenda && formatMessage(agenda.labelKey, {}, de); // 'Agenda vor dem Termin senden'
 * ```
 */
export interface ResponsibilityItem {
  /** Stable id, see {@link ResponsibilityItemId}. */
  readonly id: ResponsibilityItemId;
  readonly group: Exclude<ChecklistGroup, 'custom'>;
  readonly responsible: Responsible;
  /** The stage checklist the item belongs to (stage items only). */
  readonly stage?: CycleStage;
  /** The stages in which the item applies; elsewhere it is `not-applicable`. */
  readonly stages: readonly CycleStage[];
  readonly frequency: ChecklistFrequency;
  readonly derivation: Derivation;
  /** The message key of the label: `formatMessage(item.labelKey, {}, locale)` renders it in any language. */
  readonly labelKey: MessageKey;
  /** The label in English. */
  readonly label: string;
}

/**
 * The stage checklists, one per stage of the mentoring cycle.
 *
 * @example
 * ```ts
 * const initiate: StageChecklists['initiating'] = responsibilityCatalog.stageChecklists.initiating;
 * ```
 */
export type StageChecklists = { readonly [S in CycleStage]: readonly ResponsibilityItem[] };

/**
 * The shape of {@link responsibilityCatalog}.
 *
 * @example
 * ```ts
 * const count = (c: ResponsibilityCatalog) => c.items.length; // 30
 * ```
 */
export interface ResponsibilityCatalog {
  /** The mentee's eight duties. */
  readonly menteeDuties: readonly ResponsibilityItem[];
  /** The mentor's six duties. */
  readonly mentorDuties: readonly ResponsibilityItem[];
  /** What each stage of the cycle should produce. */
  readonly stageChecklists: StageChecklists;
  /** Every item above in one list: mentee duties, mentor duties, then the stages in order. */
  readonly items: readonly ResponsibilityItem[];
  /** The three mentee roles with their 22 behaviours, for self-assessment. */
  readonly menteeRoles: readonly MenteeRole[];
}

const fromInitiate: readonly CycleStage[] = ['initiating', 'cultivating', 'evaluating'];
const meetingStages: readonly CycleStage[] = fromInitiate;

function item(
  id: ResponsibilityItemId,
  group: ResponsibilityItem['group'],
  responsible: Responsible,
  stages: readonly CycleStage[],
  frequency: ChecklistFrequency,
  derivation: Derivation = 'derived',
): ResponsibilityItem {
  const labelKey = `checklists.item.${id}` as const;
  const base = { id, group, responsible, stages, frequency, derivation, labelKey };
  // Stage items carry the checklist they belong to: the first stage they apply in.
  return group === 'stage' && stages[0] !== undefined
    ? { ...base, stage: stages[0], label: checklistsMessages[labelKey] }
    : { ...base, label: checklistsMessages[labelKey] };
}

function stageItem(
  id: ResponsibilityItemId,
  stage: CycleStage,
  responsible: Responsible,
  frequency: ChecklistFrequency = 'once',
  derivation: Derivation = 'derived',
): ResponsibilityItem {
  const order = ['preparing', 'initiating', 'cultivating', 'evaluating'] as const;
  return item(id, 'stage', responsible, order.slice(order.indexOf(stage)), frequency, derivation);
}

const menteeDuties: readonly ResponsibilityItem[] = [
  item(
    'mentee.set-meeting-dates',
    'mentee-duty',
    'mentee',
    ['initiating', 'cultivating'],
    'per-cadence',
  ),
  item('mentee.send-agenda', 'mentee-duty', 'mentee', meetingStages, 'per-meeting'),
  item('mentee.be-punctual-prepared', 'mentee-duty', 'mentee', meetingStages, 'per-meeting'),
  item(
    'mentee.define-goals-plan',
    'mentee-duty',
    'mentee',
    ['preparing', 'initiating', 'cultivating'],
    'once',
  ),
  item('mentee.finish-follow-ups', 'mentee-duty', 'mentee', meetingStages, 'per-meeting'),
  item('mentee.report-progress', 'mentee-duty', 'mentee', ['cultivating'], 'per-cadence'),
  item('mentee.seek-feedback', 'mentee-duty', 'mentee', ['cultivating'], 'per-cadence'),
  item('mentee.respect-mentor-time', 'mentee-duty', 'mentee', meetingStages, 'per-meeting'),
];

const mentorDuties: readonly ResponsibilityItem[] = [
  item('mentor.attend-meetings', 'mentor-duty', 'mentor', meetingStages, 'per-meeting'),
  item(
    'mentor.ask-career-goals',
    'mentor-duty',
    'mentor',
    ['initiating', 'cultivating'],
    'ongoing',
    'manual',
  ),
  item('mentor.give-advice-feedback', 'mentor-duty', 'mentor', ['cultivating'], 'per-cadence'),
  item(
    'mentor.share-and-listen',
    'mentor-duty',
    'mentor',
    ['initiating', 'cultivating'],
    'ongoing',
    'manual',
  ),
  item('mentor.hold-accountable', 'mentor-duty', 'mentor', ['cultivating'], 'once'),
  item('mentor.keep-confidentiality', 'mentor-duty', 'mentor', fromInitiate, 'ongoing', 'manual'),
];

const stageChecklists: StageChecklists = {
  preparing: [
    stageItem('prepare.self-inventory', 'preparing', 'both'),
    stageItem('prepare.goal', 'preparing', 'mentee'),
    stageItem('prepare.plan', 'preparing', 'mentee'),
    stageItem('prepare.wants-offers', 'preparing', 'both'),
  ],
  initiating: [
    stageItem('initiate.first-meeting', 'initiating', 'both'),
    stageItem('initiate.expectations', 'initiating', 'both'),
    stageItem('initiate.ground-rules', 'initiating', 'both'),
    stageItem('initiate.goals', 'initiating', 'both'),
    stageItem('initiate.cadence-channels', 'initiating', 'both'),
  ],
  cultivating: [
    stageItem('cultivate.regular-meetings', 'cultivating', 'both', 'per-cadence'),
    stageItem('cultivate.growth-opportunities', 'cultivating', 'both', 'ongoing', 'manual'),
    stageItem('cultivate.plan-progress', 'cultivating', 'mentee'),
    stageItem('cultivate.feedback-exchanged', 'cultivating', 'both'),
  ],
  evaluating: [
    stageItem('evaluate.growth-measured', 'evaluating', 'both'),
    stageItem('evaluate.goals-assessed', 'evaluating', 'both'),
    stageItem('evaluate.next-step-decided', 'evaluating', 'both'),
  ],
};

/**
 * The responsibility catalogue: the mentee's 8 duties, the mentor's 6
 * duties, a checklist for each stage of the cycle (prepare, initiate,
 * cultivate, evaluate) and the three mentee roles with their 22 behaviours.
 * Every item has a stable id, an English label and the message key that
 * renders it in any language, the responsible role, the stages where it
 * applies and how often it is due. Deep-frozen data: nothing in it can be
 * changed, so no caller can change what another one sees.
 *
 * @example
 * ```ts
 * for (const duty of responsibilityCatalog.mentorDuties) {
 *   console.log(duty.id, formatMessage(duty.labelKey, {}, de), duty.derivation);
 * }
 * // mentor.attend-meetings Bei den Treffen dabei sein derived …
 * ```
 */
export const responsibilityCatalog: ResponsibilityCatalog = deepFreeze({
  menteeDuties,
  mentorDuties,
  stageChecklists,
  items: [
    ...menteeDuties,
    ...mentorDuties,
    ...stageChecklists.preparing,
    ...stageChecklists.initiating,
    ...stageChecklists.cultivating,
    ...stageChecklists.evaluating,
  ],
  menteeRoles,
});
