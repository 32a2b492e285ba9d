/**
 * Responsibility checklists, the three mentee roles and relationship health,
 * all derived from what happened in a relationship.
 *
 * - {@link responsibilityCatalog}: the duties of mentee and mentor, the stage
 *   checklists and the mentee roles, as data with stable ids and labels in English and German;
 * - {@link evaluateChecklist}: every item's status, evidence and deadline at a moment;
 * - {@link assessRoles}: a mentee's self-assessment against the 22 role behaviours;
 * - {@link relationshipHealth} and {@link programHealth}: activity-gap signals.
 *
 * @module checklists
 */
export {
  type AssessRolesOptions,
  assessRoles,
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
  type CustomChecklistItem,
  CustomChecklistItemSchema,
  CustomChecklistItemsSchema,
  defineChecklistItem,
  parseCustomChecklistItems,
} from './custom-items';
export {
  type ChecklistItemReport,
  type ChecklistOptions,
  type ChecklistReport,
  type ChecklistViewer,
  type Completion,
  evaluateChecklist,
  type NextAction,
} from './evaluate-checklist';
export {
  type HealthLevel,
  type HealthOptions,
  type HealthReason,
  type HealthReasonCode,
  type HealthReport,
  type HealthStatus,
  type ProgramHealth,
  programHealth,
  relationshipHealth,
} from './health';
export type { ChecklistItemStatus, EvidenceKind, EvidenceRef, ItemEvaluation } from './judgement';
export type { MenteeBehaviour, MenteeBehaviourId, MenteeRole, MenteeRoleId } from './mentee-roles';
