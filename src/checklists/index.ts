/**
 * Responsibility checklists, the three mentee roles and relationship health,
 * all derived from what happened in a relationship.
 *
 * - {@link responsibilityCatalog}: the duties of mentee and mentor, the stage
 *   checklists and the mentee roles, as data with stable ids and message keys for their labels;
 * - {@link evaluateChecklist}: every item's status, evidence and deadline at a moment;
 * - {@link assessRoles}: a mentee's self-assessment against the 22 role behaviours;
 * - {@link relationshipHealth} and {@link programHealth}: activity-gap signals.
 *
 * Options are validated at the door by their schemas
 * ({@link ChecklistOptionsSchema}, {@link HealthOptionsSchema},
 * {@link AssessRolesOptionsSchema}): a bad option throws `InvalidOptionsError`.
 *
 * @module checklists
 */
export {
  assessRoles,
  type BehaviourEvidence,
  type RatedBehaviour,
  type RoleAssessment,
  type RoleProfile,
  type RoleRatings,
  RoleRatingsSchema,
} from './assess-roles';
export {
  type ChecklistFrequency,
  type ChecklistGroup,
  type Derivation,
  type ResponsibilityCatalog,
  type ResponsibilityItem,
  type ResponsibilityItemId,
  type Responsible,
  responsibilityCatalog,
  type StageChecklists,
} from './catalog';
export type { ChecklistContext } from './checklist-context';
export {
  type CodedChecklistItem,
  CodedChecklistItemSchema,
  type CustomChecklistItem,
  type CustomChecklistItemInput,
  CustomChecklistItemSchema,
  CustomChecklistItemsSchema,
  defineChecklistItem,
  type LocalizedLabel,
  LocalizedLabelSchema,
  parseCustomChecklistItems,
} from './custom-items';
export {
  type ChecklistItemReport,
  type ChecklistReport,
  type Completion,
  evaluateChecklist,
  type NextAction,
} from './evaluate-checklist';
export {
  type HealthFailure,
  type HealthLevel,
  type HealthReason,
  type HealthReasonCode,
  type HealthReport,
  type HealthStatus,
  type ProgramHealth,
  programHealth,
  relationshipHealth,
} from './health';
export type {
  ChecklistItemStatus,
  EvidenceKind,
  EvidenceRef,
  ItemCoverage,
  ItemEvaluation,
} from './judgement';
export {
  type BehaviourEvidenceKind,
  behaviourEvidence,
  type MenteeBehaviour,
  type MenteeBehaviourId,
  type MenteeRole,
  type MenteeRoleId,
} from './mentee-roles';
export {
  type AssessRolesOptions,
  AssessRolesOptionsSchema,
  type ChecklistOptions,
  ChecklistOptionsSchema,
  type ChecklistViewer,
  type HealthOptions,
  HealthOptionsSchema,
} from './options';
