// Test-only enrolments: a programme with coordinators, the person and the
// coordinator as actors, and a helper that walks an enrolment to a status
// through its public functions.
import {
  type Actor,
  applyEnrolmentEvent,
  type Enrolment,
  type EnrolmentEventInput,
  type EnrolmentStatus,
  type Program,
  replayEnrolment,
} from '../../src/index';
import { program as relationshipProgram } from '../lifecycle/fixtures';

export const program: Program = {
  ...relationshipProgram,
  coordinatorIds: ['coordinator-1'],
  settings: {
    ...relationshipProgram.settings,
    onboardingRequirements: ['training', 'rules-agreed'],
    waitlistPriorities: ['rematch', 'under-represented-field'],
  },
};

export const person = { role: 'mentee', id: 'mentee-sam' } as const satisfies Actor;
export const coordinator = { role: 'admin', id: 'coordinator-1' } as const satisfies Actor;
export const stranger = { role: 'admin', id: 'admin-elsewhere' } as const satisfies Actor;
export const system = { role: 'system', id: 'scheduler' } as const satisfies Actor;
export const otherPerson = { role: 'mentee', id: 'mentee-kim' } as const satisfies Actor;

const start = Date.parse('2027-01-11T09:00:00Z');
/** The n-th hour after the start, as a timestamp with an offset. */
export const hour = (n: number): string => new Date(start + n * 3_600_000).toISOString();

export const applyEvent: Extract<EnrolmentEventInput, { type: 'apply' }> = {
  type: 'apply',
  id: 'e-apply',
  at: hour(0),
  actor: person,
  enrolmentId: 'enr-sam',
  programId: program.id,
  personId: person.id,
  side: 'mentee',
};

/** The events that take a fresh application to each status, in order. */
export const road: readonly EnrolmentEventInput[] = [
  { type: 'screen', id: 'e-screen', at: hour(1), actor: coordinator, decision: 'accepted' },
  { type: 'meet-requirement', id: 'e-req-1', at: hour(2), actor: person, requirement: 'training' },
  {
    type: 'meet-requirement',
    id: 'e-req-2',
    at: hour(3),
    actor: person,
    requirement: 'rules-agreed',
  },
  { type: 'waitlist', id: 'e-waitlist', at: hour(4), actor: system },
  {
    type: 'match',
    id: 'e-match',
    at: hour(5),
    actor: coordinator,
    relationshipId: 'rel-1',
    partnerId: 'mentor-ada',
  },
  {
    type: 'relationship-started',
    id: 'e-start',
    at: hour(6),
    actor: system,
    relationshipId: 'rel-1',
  },
];

const stops: Record<
  'applied' | 'onboarding' | 'ready' | 'waitlisted' | 'matched' | 'active',
  number
> = {
  applied: 0,
  onboarding: 1,
  ready: 3,
  waitlisted: 4,
  matched: 5,
  active: 6,
};

/** An enrolment walked to `status` (with the programme's requirements). */
export function enrolmentAt(status: keyof typeof stops): Enrolment {
  const result = replayEnrolment([applyEvent, ...road.slice(0, stops[status])], { program });
  if (!result.ok) throw new Error(`${status}: ${result.error.code}`);
  expectStatus(result.value, status);
  return result.value;
}

function expectStatus(enrolment: Enrolment, status: EnrolmentStatus): void {
  if (enrolment.status !== status) throw new Error(`expected ${status}, got ${enrolment.status}`);
}

/** Applies events in order, throwing on a refusal. */
export function applyAll(enrolment: Enrolment, events: readonly EnrolmentEventInput[]): Enrolment {
  let current = enrolment;
  for (const event of events) {
    const result = applyEnrolmentEvent(current, event, { program });
    if (!result.ok) throw new Error(`${event.id}: ${result.error.code}`);
    current = result.value;
  }
  return current;
}

/** Deep-frozen all the way down. */
export function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every(isDeepFrozen);
}
