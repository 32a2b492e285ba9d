/**
 * The typed domain model: zod schemas (the source of truth), their inferred
 * types, the `parseX` functions and the `Result` and error types.
 *
 * @module model
 */
export { type ActionItem, ActionItemSchema } from './action-item';
export {
  type Actor,
  type ActorRole,
  ActorRoleSchema,
  ActorSchema,
  type ParticipantRole,
  ParticipantRoleSchema,
} from './actor';
export { type Agenda, AgendaSchema } from './agenda';
export { type Agreement, AgreementSchema } from './agreement';
export { type Attestation, AttestationSchema } from './attestation';
export { type Channel, ChannelSchema } from './channel';
export {
  type AvailabilityPause,
  AvailabilityPauseSchema,
  type Enrolment,
  type EnrolmentMatch,
  EnrolmentMatchSchema,
  EnrolmentSchema,
  type EnrolmentStatus,
  EnrolmentStatusSchema,
  parseEnrolment,
  parseEnrolmentEvent,
  type Screening,
  ScreeningSchema,
} from './enrolment';
export {
  type EnrolmentEvent,
  type EnrolmentEventInput,
  type EnrolmentEventOfType,
  EnrolmentEventSchema,
  type EnrolmentEventType,
} from './enrolment-event';
export { InvalidOptionsError, MentorshipKitError } from './errors';
export { type Evaluation, EvaluationSchema, GoalAchievementSchema } from './evaluation';
export {
  type Feedback,
  type FeedbackRequest,
  FeedbackRequestSchema,
  FeedbackSchema,
  FeedbackVisibilitySchema,
} from './feedback';
export { formatError, type LibraryError } from './format-error';
export { formatPath } from './format-path';
export { type Goal, GoalSchema } from './goal';
export { type Id, IdSchema } from './id';
export {
  isLanguageTag,
  type LanguageTag,
  LanguageTagSchema,
  primaryLanguage,
} from './language-tag';
export { type Attendance, AttendanceSchema, type Meeting, MeetingSchema } from './meeting';
export { type MenteeProfile, MenteeProfileSchema } from './mentee-profile';
export { type MentorProfile, MentorProfileSchema } from './mentor-profile';
export type { Parser } from './parse';
export {
  parseMenteeProfile,
  parseMentorProfile,
  parseProgram,
  parseRelationship,
  parseRelationshipEvent,
} from './parsers';
export { TopicIdSchema } from './person-profile';
export { type PlanStep, PlanStepSchema } from './plan-step';
export {
  defaultProgramSettings,
  type Program,
  type ProgramRef,
  ProgramRefSchema,
  ProgramSchema,
  type ProgramSettings,
  ProgramSettingsSchema,
  type ResolvedProgram,
  type Topic,
  TopicSchema,
} from './program';
export {
  AttributeValuesSchema,
  type ProgramAttribute,
  ProgramAttributeSchema,
  ProgramLabelSchema,
  type Questionnaire,
  QuestionnaireAnswersSchema,
  QuestionnaireItemSchema,
  QuestionnaireSchema,
} from './program-settings';
export { type ProgressUpdate, ProgressUpdateSchema } from './progress-update';
export {
  type Pause,
  PauseSchema,
  type Proposal,
  ProposalSchema,
  type Relationship,
  RelationshipSchema,
} from './relationship';
export {
  type EventOfType,
  type RelationshipEvent,
  type RelationshipEventInput,
  RelationshipEventSchema,
  type RelationshipEventType,
  relationshipEventTypes,
} from './relationship-event';
export {
  type CycleStage,
  cycleStages,
  isActiveStage,
  isTerminalStage,
  type RelationshipStage,
  RelationshipStageSchema,
  type TerminalStage,
  terminalStages,
} from './relationship-stage';
export { type Err, err, type Ok, ok, type Result } from './result';
export { type Round, RoundSchema } from './round';
export { currentSchemaVersion, SchemaVersionSchema } from './schema-version';
export { type SelfInventory, SelfInventorySchema } from './self-inventory';
export { LabelSchema, TextSchema } from './text';
export { isTimeZone, type TimeZone, TimeZoneSchema } from './time-zone';
export {
  type CalendarDate,
  CalendarDateSchema,
  isTimestamp,
  type Timestamp,
  TimestampSchema,
} from './timestamp';
export type {
  Path,
  ValidationError,
  ValidationIssue,
  ValidationIssueCode,
} from './validation-error';
export {
  minutesOfDay,
  TimeOfDaySchema,
  type Weekday,
  WeekdaySchema,
  type WeeklySlot,
  WeeklySlotSchema,
} from './weekly-slot';
