import type { MessageKey, MessageParams } from '../i18n';
import type { ActorRole } from '../model/actor';
import type { Enrolment } from '../model/enrolment';
import type { EnrolmentEvent, EnrolmentEventInput } from '../model/enrolment-event';
import type { Id } from '../model/id';

/**
 * Who an {@link EnrolmentNotification} is for: the enrolled person (their
 * role is their side) or the programme's admins (`id` is the programme's id;
 * the app knows who coordinates it).
 *
 * @example
 * ```ts
 * const recipient: EnrolmentNotificationRecipient = { role: 'admin', id: 'career-starters' };
 * ```
 */
export interface EnrolmentNotificationRecipient {
  readonly role: Exclude<ActorRole, 'system'>;
  readonly id: Id;
}

/**
 * Something a person should be told about an applied enrolment event: render
 * it with `formatMessage(n.messageKey, n.params, locale)`. `eventId` lets an
 * app send each notification once.
 *
 * @example
 * ```ts
 * const note: EnrolmentNotification = {
 *   recipient: { role: 'mentee', id: 'mentee-1' }, messageKey: 'enrolment.notify.waitlisted',
 *   params: {}, enrolmentId: 'enr-1', eventId: 'e5',
 * };
 * ```
 */
export interface EnrolmentNotification {
  readonly recipient: EnrolmentNotificationRecipient;
  readonly messageKey: MessageKey;
  readonly params: MessageParams;
  readonly enrolmentId: Id;
  readonly eventId: Id;
}

function defined(
  params: Readonly<Record<string, MessageParams[string] | undefined>>,
): MessageParams {
  const result: Record<string, MessageParams[string]> = {};
  for (const [name, value] of Object.entries(params)) if (value !== undefined) result[name] = value;
  return result;
}

/**
 * Whom to tell about an event that was applied to an enrolment, and what:
 * pass the enrolment `after` the event (from `applyEnrolmentEvent` or
 * `replayEnrolment`) and the event. The actor is never told about their own
 * event. Nothing is sent; the list is deep-frozen.
 *
 * - `apply` → the admins (a new application to screen);
 * - `screen` → the person (accepted, with the number of requirements; or declined, with the reason);
 * - the last `meet-requirement` → the person and the admins (ready to match);
 * - `waitlist`, `match`, `proposal-closed`, `graduate`, `remove` → the person;
 * - `relationship-ended` → the admins when the person asks for a new match, the person when they become alumni;
 * - `pause`, `resume`, `withdraw` → the admins (a withdrawal lists the relationships
 *   still active, which the coordinator ends); when an admin sent them, the person.
 *
 * @example
 * ```ts
 * const result = applyEnrolmentEvent(enrolment, event, { program });
 * if (result.ok) for (const n of enrolmentNotificationsFor(event, result.value)) send(n);
 * ```
 */
export function enrolmentNotificationsFor(
  event: EnrolmentEventInput | EnrolmentEvent,
  after: Enrolment,
): readonly EnrolmentNotification[] {
  const person: EnrolmentNotificationRecipient = { role: after.side, id: after.personId };
  const admins: EnrolmentNotificationRecipient = { role: 'admin', id: after.programId };
  const byPerson = event.actor.role === after.side && event.actor.id === after.personId;
  const byAdmin = event.actor.role === 'admin';
  const notifications: EnrolmentNotification[] = [];
  const tell = (
    recipients: readonly EnrolmentNotificationRecipient[],
    key: string,
    params: Readonly<Record<string, MessageParams[string] | undefined>> = {},
  ) => {
    for (const recipient of recipients) {
      if (recipient === person && byPerson) continue;
      if (recipient === admins && byAdmin) continue;
      notifications.push({
        recipient,
        messageKey: `enrolment.notify.${key}` as MessageKey,
        params: defined(params),
        enrolmentId: after.id,
        eventId: event.id,
      });
    }
  };
  const side = { key: `role.${after.side}` as MessageKey };
  const active = after.matches.filter((match) => match.status === 'active');
  switch (event.type) {
    case 'apply':
      tell([admins], 'applied', { role: side });
      break;
    case 'screen':
      if (event.decision === 'accepted') {
        tell([person], after.status === 'ready' ? 'ready' : 'accepted', {
          count: after.requirements.length,
        });
      } else tell([person], 'declined', { reason: event.reason });
      break;
    case 'meet-requirement':
      if (after.status === 'ready') tell([person, admins], 'ready', { role: side });
      break;
    case 'waitlist':
      tell([person], 'waitlisted');
      break;
    case 'match':
      tell([person], 'matched', { relationshipId: event.relationshipId });
      break;
    case 'proposal-closed':
      tell([person], 'proposal_closed', {
        relationshipId: event.relationshipId,
        reason: event.reason,
      });
      break;
    case 'relationship-ended':
      if (after.status === 'ready') tell([admins], 'rematch_requested', { role: side });
      else if (after.status === 'alumni') tell([person], 'alumni');
      break;
    case 'graduate':
      tell([person], 'alumni');
      break;
    case 'pause':
      tell([admins, person], 'paused', {
        role: side,
        withUntil: event.until !== undefined,
        until: event.until,
        withReason: event.reason !== undefined,
        reason: event.reason,
      });
      break;
    case 'resume':
      tell([admins, person], 'resumed', { role: side });
      break;
    case 'withdraw':
      tell([admins], 'withdrawn', {
        role: side,
        withReason: event.reason !== undefined,
        reason: event.reason,
        count: active.length,
        relationships: active.map((match) => match.relationshipId),
      });
      break;
    case 'remove':
      tell([person], 'removed', { reason: event.reason });
      break;
    default:
      break;
  }
  return Object.freeze(
    notifications.map((note) =>
      Object.freeze({
        ...note,
        recipient: Object.freeze({ ...note.recipient }),
        params: Object.freeze(
          Object.fromEntries(
            Object.entries(note.params).map(([name, value]) => [
              name,
              Array.isArray(value)
                ? Object.freeze([...value])
                : typeof value === 'object'
                  ? Object.freeze({ ...value })
                  : value,
            ]),
          ),
        ),
      }),
    ),
  );
}
