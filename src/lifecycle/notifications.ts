import type { MessageKey, MessageParams } from '../i18n';
import type { ActorRole, ParticipantRole } from '../model/actor';
import type { Id } from '../model/id';
import type { Relationship } from '../model/relationship';
import type { RelationshipEventInput } from '../model/relationship-event';
import { roleLabel, stageLabel } from './errors';
import { findById } from './list-index';
import { otherSide } from './parties';
import { menteeLimitReason } from './program';
import { toMillis } from './time';

/**
 * Who a {@link Notification} is for: one of the two parties, or the
 * programme's admins. For admins, `id` is the programme's id; the app knows
 * who administers it.
 *
 * @example
 * ```ts
 * const recipient: NotificationRecipient = { role: 'mentee', id: 'mentee-1' };
 * ```
 */
export interface NotificationRecipient {
  readonly role: Exclude<ActorRole, 'system'>;
  readonly id: Id;
}

/**
 * Something a person should be told about an applied event: the recipient,
 * and a message key with its params to render in their language with
 * `formatMessage(notification.messageKey, notification.params, locale)`.
 * Labels come as message references (`by: { key: 'role.mentee' }`,
 * `stage: { key: 'stage.cultivating' }`), rendered in the same language;
 * ids (`meetingId`, `itemId`, …) are there for the app's links. `eventId`
 * lets an app send each notification once.
 *
 * @example
 * ```ts
 * const note: Notification = {
 *   recipient: { role: 'mentor', id: 'mentor-1' }, messageKey: 'lifecycle.notify.accepted',
 *   params: { by: { key: 'role.mentee' } }, relationshipId: 'r1', eventId: 'e2',
 * };
 * ```
 */
export interface Notification {
  readonly recipient: NotificationRecipient;
  readonly messageKey: MessageKey;
  readonly params: MessageParams;
  readonly relationshipId: Id;
  readonly eventId: Id;
}

function hoursBetween(from: string, to: string): number {
  return Math.round((toMillis(to) - toMillis(from)) / 360_000) / 10;
}

function defined(params: { readonly [name: string]: MessageParams[string] }): MessageParams {
  const result: { [name: string]: NonNullable<MessageParams[string]> } = {};
  for (const [name, value] of Object.entries(params)) if (value !== undefined) result[name] = value;
  return result;
}

const noNotifications: readonly Notification[] = /* @__PURE__ */ Object.freeze([]);

/**
 * A notification, frozen with everything in it. Lists in the params (an
 * agenda's items) are copied first: they may be the caller's event's own.
 */
function frozen(notification: Notification): Notification {
  const params: Record<string, MessageParams[string]> = {};
  for (const [name, value] of Object.entries(notification.params)) {
    // Labels (`{ key }`) are the lifecycle's own objects; lists are copied.
    if (Array.isArray(value)) params[name] = Object.freeze([...value]);
    else params[name] = typeof value === 'object' ? Object.freeze(value) : value;
  }
  return Object.freeze({
    ...notification,
    recipient: Object.freeze({ ...notification.recipient }),
    params: Object.freeze(params),
  });
}

/**
 * Lists who should be told what about an event that {@link applyEvent}
 * (or {@link applyProgramEvent}) has just applied: `before` is the
 * relationship before the event (`undefined` for a `propose`), `after` the
 * result. The actor is never told about their own event. The library sends
 * nothing; the app turns these into e-mails or pushes.
 *
 * Private feedback is announced to the programme's admins only, never to the
 * other party, and no notification carries a feedback's text. The list and
 * every notification in it are frozen.
 *
 * | event | recipients | message key |
 * | --- | --- | --- |
 * | `propose` | the parties other than the proposer | `lifecycle.notify.proposed` |
 * | `accept` | the other party; both once both accepted | `.accepted` / `.started` |
 * | `decline`, `end-early` | the other party(ies) and admins | `.declined` / `.ended` |
 * | `withdraw`, `invalidate`, `expire` | both parties (admins too for `expire`) | `.withdrawn` / `.invalidated` / `.expired` |
 * | `begin-*`, `continue`, `complete`, `pause`, `resume` | the other party(ies) (admins for `pause`) | `.stage_changed`, `.completed`, `.paused`, `.resumed` |
 * | meetings, agenda, action items, feedback, progress, agreement, evaluation | the other party (the assignee for action items) | `.meeting_scheduled`, `.agenda_received`, `.action_item_assigned`, … |
 *
 * @example
 * ```ts
 * const result = applyEvent(before, event);
 * if (result.ok) {
 *   for (const n of notificationsFor(before, event, result.value)) {
 *     queueEmail(n.recipient, formatMessage(n.messageKey, n.params, localeOf(n.recipient)));
 *   }
 * }
 * ```
 */
export function notificationsFor(
  before: Relationship | undefined,
  event: RelationshipEventInput,
  after: Relationship,
): readonly Notification[] {
  const last = after.history[after.history.length - 1];
  if (last === undefined || last.id !== event.id) return noNotifications;
  const notifications: Notification[] = [];
  const party = (role: ParticipantRole): NotificationRecipient => ({
    role,
    id: role === 'mentor' ? after.mentorId : after.menteeId,
  });
  const admins: NotificationRecipient = { role: 'admin', id: after.programId };
  const actorRole = event.actor.role;
  const others: readonly NotificationRecipient[] =
    actorRole === 'mentor' || actorRole === 'mentee'
      ? [party(otherSide(actorRole))]
      : [party('mentor'), party('mentee')];
  const both = [party('mentor'), party('mentee')];
  const tell = (
    recipients: readonly NotificationRecipient[],
    name: string,
    params: { readonly [name: string]: MessageParams[string] } = {},
  ): void => {
    const messageKey = `lifecycle.notify.${name}` as MessageKey;
    for (const recipient of recipients) {
      notifications.push(
        frozen({
          recipient,
          messageKey,
          params: defined({ by: roleLabel(actorRole), ...params }),
          relationshipId: after.id,
          eventId: event.id,
        }),
      );
    }
  };
  const withAdmins = actorRole === 'admin' ? others : [...others, admins];
  const meeting = (id: string) => findById(after.meetings, id);

  switch (event.type) {
    case 'propose':
      tell(others, 'proposed', { expiresAt: after.proposal.expiresAt });
      break;
    case 'accept':
      if (after.stage === 'preparing') tell(both, 'started', { stage: stageLabel(after.stage) });
      else tell(others, 'accepted');
      break;
    case 'decline':
      tell(withAdmins, 'declined', { reason: event.reason });
      break;
    case 'withdraw':
      tell(both, 'withdrawn', { reason: event.reason });
      break;
    case 'expire':
      tell([...both, admins], 'expired', { expiresAt: after.proposal.expiresAt });
      break;
    case 'invalidate':
      // The programme's own rule writes a code as its reason; say it in words.
      if (event.reason === menteeLimitReason) tell(both, 'invalidated_mentee_limit');
      else tell(both, 'invalidated', { reason: event.reason });
      break;
    case 'begin-initiation':
    case 'begin-cultivation':
    case 'begin-evaluation':
    case 'continue':
      tell(others, 'stage_changed', { stage: stageLabel(after.stage), cycle: after.cycle });
      break;
    case 'complete':
      tell(others, 'completed');
      break;
    case 'pause':
      tell(withAdmins, 'paused', { reason: event.reason, until: event.until });
      break;
    case 'resume':
      tell(withAdmins, 'resumed', { stage: stageLabel(after.stage) });
      break;
    case 'end-early':
      tell(withAdmins, 'ended', { reason: event.reason });
      break;
    case 'schedule-meeting':
      tell(others, 'meeting_scheduled', { meetingId: event.meetingId, startsAt: event.startsAt });
      break;
    case 'reschedule-meeting':
      tell(others, 'meeting_rescheduled', {
        meetingId: event.meetingId,
        startsAt: event.startsAt,
        previousStartsAt:
          before === undefined ? undefined : findById(before.meetings, event.meetingId)?.startsAt,
      });
      break;
    case 'cancel-meeting': {
      const startsAt = meeting(event.meetingId)?.startsAt ?? event.at;
      tell(others, 'meeting_cancelled', {
        meetingId: event.meetingId,
        startsAt,
        noticeHours: hoursBetween(event.at, startsAt),
        reason: event.reason,
      });
      break;
    }
    case 'send-agenda':
      tell(others, 'agenda_received', {
        meetingId: event.meetingId,
        startsAt: meeting(event.meetingId)?.startsAt,
        items: event.agenda.items,
      });
      break;
    case 'add-action-item': {
      if (event.assignee === actorRole) break;
      const nextMeeting = after.meetings
        .filter((m) => m.status === 'scheduled' && toMillis(m.startsAt) > toMillis(event.at))
        .sort((a, b) => toMillis(a.startsAt) - toMillis(b.startsAt))[0];
      const dueAt = event.dueAt ?? nextMeeting?.startsAt;
      tell(
        [party(event.assignee)],
        dueAt === undefined ? 'action_item_assigned_undated' : 'action_item_assigned',
        { itemId: event.itemId, title: event.title, dueAt },
      );
      break;
    }
    case 'complete-action-item': {
      const item = findById(after.actionItems, event.itemId);
      tell(others, 'action_item_completed', { itemId: event.itemId, title: item?.title });
      break;
    }
    case 'request-feedback':
      tell(others, 'feedback_requested', { requestId: event.requestId, topic: event.topic });
      break;
    case 'give-feedback':
      if (event.visibility === 'shared') tell(others, 'feedback_received', { kind: event.kind });
      else tell([admins], 'private_feedback', { kind: event.kind });
      break;
    case 'acknowledge-feedback': {
      const feedback = findById(after.feedback, event.feedbackId);
      tell(others, 'feedback_acknowledged', { kind: feedback?.kind });
      break;
    }
    case 'post-progress-update':
      tell(others, 'progress_update', { updateId: event.updateId });
      break;
    case 'record-agreement':
      tell(others, 'agreement_to_accept');
      break;
    case 'accept-agreement':
      tell(others, 'agreement_accepted');
      break;
    case 'record-evaluation':
      tell(others, 'evaluation_recorded', { cycle: after.cycle });
      break;
    default:
      break;
  }
  return Object.freeze(notifications);
}
