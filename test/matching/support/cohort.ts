// Deterministic synthetic cohorts for tests and benchmarks: a programme of
// career starters with a handful of topics, mostly German and English
// speakers in European zones, evening and weekend slots on the half hour
// (so scores tie), and a few exclusions, rankings and too-junior mentors.
import type { Channel, MenteeProfile, MentorProfile, WeeklySlot } from '../../../src/model';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const topics = [
  'company-fit',
  'first-job',
  'cv-and-interviews',
  'transferable-skills',
  'project-experience',
  'community',
  'cloud',
  'data',
  'frontend',
  'backend',
  'security',
  'testing',
  'devops',
  'ux',
  'product',
  'agile',
  'salary-talks',
  'freelancing',
  'leadership',
  'public-speaking',
];
const roles = [
  'developer',
  'frontend developer',
  'data analyst',
  'cloud engineer',
  'tester',
  'product owner',
  'ux designer',
  'it support',
];
const zones = [
  'Europe/Berlin',
  'Europe/Berlin',
  'Europe/Berlin',
  'Europe/Vienna',
  'Europe/Zurich',
  'Europe/London',
  'Europe/Istanbul',
  'America/New_York',
  'Asia/Kolkata',
  'Africa/Lagos',
];
const languagePool = ['de', 'de', 'de', 'en', 'en', 'tr', 'ar', 'es', 'fr', 'uk'];
const channelPool: Channel[] = ['email', 'phone', 'video', 'chat', 'in-person'];
const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function some<T>(random: () => number, items: readonly T[], min: number, max: number): T[] {
  const count = min + Math.floor(random() * (max - min + 1));
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, new Set(items).size)) chosen.add(pick(random, items));
  return [...chosen];
}

function time(halfHours: number): string {
  const minutes = halfHours * 30;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function slots(random: () => number): WeeklySlot[] | undefined {
  if (random() < 0.1) return undefined;
  const out: WeeklySlot[] = [];
  const count = 1 + Math.floor(random() * 4);
  for (let k = 0; k < count; k++) {
    const weekend = random() < 0.3;
    const day = weekend ? pick(random, ['sat', 'sun'] as const) : pick(random, days.slice(0, 5));
    const start = weekend ? 18 + Math.floor(random() * 10) : 34 + Math.floor(random() * 8);
    const length = 2 + Math.floor(random() * 4);
    out.push({ day, start: time(start), end: time(Math.min(48, start + length)) });
  }
  return out;
}

export interface CohortShape {
  mentors: number;
  mentees: number;
  capacity?: number;
  seed?: number;
}

export function makeCohort(shape: CohortShape): {
  mentors: MentorProfile[];
  mentees: MenteeProfile[];
} {
  const random = mulberry32(shape.seed ?? 1);
  const organizations = Array.from({ length: 40 }, (_, k) => `Org ${k}`);
  const mentors: MentorProfile[] = Array.from({ length: shape.mentors }, (_, k) => {
    const availability = slots(random);
    const mentor: MentorProfile = {
      schemaVersion: 1,
      id: `mentor-${String(k).padStart(6, '0')}`,
      name: `Mentor ${k}`,
      languages: random() < 0.7 ? ['de', 'en'] : some(random, languagePool, 1, 3),
      timeZone: pick(random, zones),
      channels: some(random, channelPool, 1, 3),
      yearsExperience: random() < 0.03 ? 0.5 : 1 + Math.floor(random() * 25),
      expertise: some(random, topics, 2, 7),
      role: pick(random, roles),
      capacity: shape.capacity ?? 1 + Math.floor(random() * 3),
      ...(availability === undefined ? {} : { availability }),
      ...(random() < 0.8 ? { organization: pick(random, organizations) } : {}),
    };
    return mentor;
  });
  const mentees: MenteeProfile[] = Array.from({ length: shape.mentees }, (_, k) => {
    const availability = slots(random);
    const preferred =
      random() < 0.1 && mentors.length > 0
        ? some(random, mentors, 1, 3).map((mentor) => mentor.id)
        : undefined;
    const excluded =
      random() < 0.05 && mentors.length > 0
        ? some(random, mentors, 1, 2)
            .map((mentor) => mentor.id)
            .filter((id) => !preferred?.includes(id))
        : undefined;
    const mentee: MenteeProfile = {
      schemaVersion: 1,
      id: `mentee-${String(k).padStart(6, '0')}`,
      name: `Mentee ${k}`,
      languages: random() < 0.6 ? ['de', 'en'] : some(random, languagePool, 1, 2),
      timeZone: pick(random, zones),
      channels: some(random, channelPool, 1, 3),
      yearsExperience: Math.floor(random() * 6),
      interests: some(random, topics, 1, 4),
      ...(random() < 0.8 ? { targetRole: pick(random, roles) } : {}),
      ...(availability === undefined ? {} : { availability }),
      ...(random() < 0.5 ? { organization: pick(random, organizations) } : {}),
      ...(preferred === undefined ? {} : { preferredMentorIds: preferred }),
      ...(excluded === undefined || excluded.length === 0 ? {} : { excludedMentorIds: excluded }),
    };
    return mentee;
  });
  return { mentors, mentees };
}
