// Test-only people and enrolments for rounds, the waitlist, re-matching and shortlists.
import type {
  EnrolmentFields,
  MenteeProfile,
  MentorProfile,
  ProgramRef,
  RelationshipFields,
} from '../../src/index';

export const programId = 'career-starters';
export const program = {
  id: programId,
  timeZone: 'Europe/Berlin',
  settings: { waitlistPriorities: ['rematch', 'under-represented'] },
} satisfies ProgramRef;
export const coordinator = { role: 'admin', id: 'coord' } as const;
export const now = '2027-02-15T09:00:00+01:00';

export function mentor(id: string, extra: Partial<MentorProfile> = {}): MentorProfile {
  return {
    schemaVersion: 1,
    id,
    name: `Mentor ${id}`,
    languages: ['en'],
    timeZone: 'Europe/Berlin',
    channels: ['video'],
    yearsExperience: 8,
    expertise: ['first-job'],
    role: 'developer',
    capacity: 2,
    ...extra,
  };
}

export function mentee(id: string, extra: Partial<MenteeProfile> = {}): MenteeProfile {
  return {
    schemaVersion: 1,
    id,
    name: `Mentee ${id}`,
    languages: ['en'],
    timeZone: 'Europe/Berlin',
    channels: ['video'],
    yearsExperience: 0,
    interests: ['first-job'],
    ...extra,
  };
}

export function enrolment(
  personId: string,
  side: 'mentor' | 'mentee',
  status: EnrolmentFields['status'],
  extra: Partial<EnrolmentFields> = {},
): EnrolmentFields {
  return {
    schemaVersion: 1,
    id: `enr-${personId}`,
    programId,
    personId,
    side,
    status,
    appliedAt: '2027-01-12T10:00:00+01:00',
    ...extra,
  };
}

export function relationship(
  mentorId: string,
  menteeId: string,
  stage: RelationshipFields['stage'],
  extra: Partial<RelationshipFields> = {},
): RelationshipFields {
  return { id: `${mentorId}/${menteeId}/${stage}`, mentorId, menteeId, stage, ...extra };
}

export const round = {
  schemaVersion: 1,
  id: 'spring-2027',
  programId,
  name: 'Spring 2027',
  applicationWindow: {
    opensAt: '2027-01-11T00:00:00+01:00',
    closesAt: '2027-02-08T00:00:00+01:00',
  },
  matchingAt: '2027-02-15T00:00:00+01:00',
  relationshipMonths: 6,
} as const;

/** Deep copy via JSON, to check that inputs are left as they were. */
export function snapshot<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Every object in a value is frozen. */
export function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every(isDeepFrozen);
}
