// Writes the sample cohort in examples/data/: one programme, 12 mentors and
// 40 mentees. Deterministic (a fixed-seed generator), so re-running it gives
// the same files; hand-picked lists keep the people plausible.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'data');

let seed = 20260301;
function random(): number {
  // mulberry32: tiny, deterministic, good enough for sample data
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
function pickSome<T>(items: readonly T[], min: number, max: number): T[] {
  const count = min + Math.floor(random() * (max - min + 1));
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) {
    chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as T);
  }
  return chosen;
}

const topics = [
  [
    'company-and-role-fit',
    'Finding the right company and role',
    'Passendes Unternehmen und passende Rolle finden',
  ],
  [
    'first-job',
    'Landing the first job after certification',
    'Der erste Job nach der Zertifizierung',
  ],
  [
    'cv-and-interviews',
    'CV and interview preparation',
    'Lebenslauf und Vorbereitung auf Vorstellungsgespräche',
  ],
  ['transferable-skills', 'Placing transferable skills', 'Übertragbare Fähigkeiten einsetzen'],
  [
    'project-experience',
    'Gaining project experience as a newcomer',
    'Projekterfahrung als Neuling sammeln',
  ],
  ['community', 'Connecting with the community', 'Kontakt zur Community knüpfen'],
  ['certification-path', 'Planning the next certification', 'Die nächste Zertifizierung planen'],
  ['career-change', 'Changing careers into the ecosystem', 'Quereinstieg in das Ökosystem'],
] as const;
const topicIds = topics.map(([id]) => id);
const roles = ['administrator', 'developer', 'consultant', 'architect', 'business-analyst'];

type Place = { zone: string; languages: string[]; orgs: string[] };
const places: Place[] = [
  {
    zone: 'Europe/Berlin',
    languages: ['de', 'en'],
    orgs: ['Nordlicht Consulting', 'Brückenbau AG'],
  },
  { zone: 'Europe/Vienna', languages: ['de-AT', 'en'], orgs: ['Donau Digital'] },
  { zone: 'Europe/Zurich', languages: ['de-CH', 'fr', 'en'], orgs: ['Alpenwerk GmbH'] },
  { zone: 'Europe/London', languages: ['en'], orgs: ['Thameside Cloud'] },
  { zone: 'America/New_York', languages: ['en', 'es'], orgs: ['Hudson Partners'] },
  { zone: 'America/Chicago', languages: ['en'], orgs: ['Lakeshore Apps'] },
  { zone: 'America/Sao_Paulo', languages: ['pt-BR', 'en'], orgs: ['Paulista Sistemas'] },
  { zone: 'Asia/Kolkata', languages: ['hi', 'en'], orgs: ['Deccan Cloudworks'] },
  { zone: 'Africa/Lagos', languages: ['en'], orgs: ['Lagoon Tech'] },
  { zone: 'Australia/Sydney', languages: ['en'], orgs: ['Harbour Solutions'] },
];

const mentorNames = [
  'Ada Weber',
  'Jonas Hoffmann',
  'Priya Raman',
  'Grace Thompson',
  'Lukas Gruber',
  'Marisol Ortega',
  'Henrike Brandt',
  'Samuel Adeyemi',
  'Chloe Martin',
  'Rafael Costa',
  'Meera Iyer',
  'Oliver Hughes',
];
const menteeNames = [
  'Lena Schmidt',
  'Tom Becker',
  'Aisha Bello',
  'Mia Fischer',
  'Noah Wagner',
  'Emma Clarke',
  'Leon Schulz',
  'Sofia Rossi',
  'Finn Keller',
  'Hannah Wolf',
  'Arjun Mehta',
  'Zoe Parker',
  'Paul Zimmermann',
  'Clara Neumann',
  'Ethan Brooks',
  'Lina Hartmann',
  'Mateo Silva',
  'Julia Krüger',
  'Ravi Kumar',
  'Amelia Wright',
  'Felix Braun',
  'Chiara Bianchi',
  'Jakob Huber',
  'Ngozi Okafor',
  'Lucas Almeida',
  'Anna Lehmann',
  'Daniel Evans',
  'Marie Schröder',
  'Kwame Mensah',
  'Sarah Kaiser',
  'Ben Richter',
  'Isabella Moore',
  'Maximilian Koch',
  'Ananya Das',
  'Charlotte Bauer',
  'Jack Wilson',
  'Emilia Vogel',
  'Tobias Lang',
  'Fatima Yusuf',
  'Elias Frank',
];

const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
function availability(): { day: string; start: string; end: string }[] {
  const evening = random() < 0.6;
  return pickSome(days, 1, 3).map((day) => {
    const startHour = evening ? 17 + Math.floor(random() * 3) : 8 + Math.floor(random() * 8);
    const hours = 1 + Math.floor(random() * 2);
    const pad = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
    return { day, start: pad(startHour), end: pad(startHour + hours) };
  });
}
const slug = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]+/g, '-');

const mentors = mentorNames.map((name, index) => {
  const place = places[index % places.length] as Place;
  return {
    schemaVersion: 1,
    id: `mentor-${slug(name)}`,
    name,
    languages: place.languages,
    timeZone: place.zone,
    availability: availability(),
    channels: pickSome(['video', 'chat', 'email', 'phone', 'in-person'] as const, 2, 3),
    yearsExperience: 2 + Math.floor(random() * 14),
    organization: pick(place.orgs),
    expertise: pickSome(topicIds, 2, 4),
    role: pick(roles),
    capacity: 2 + Math.floor(random() * 3),
  };
});

const mentees = menteeNames.map((name, index) => {
  const place = places[(index * 7) % places.length] as Place;
  const mentee: Record<string, unknown> = {
    schemaVersion: 1,
    id: `mentee-${slug(name)}`,
    name,
    languages: random() < 0.85 ? place.languages : [place.languages[0]],
    timeZone: place.zone,
    channels: pickSome(['video', 'chat', 'email', 'phone'] as const, 1, 3),
    yearsExperience: Math.floor(random() * 3),
    interests: pickSome(topicIds, 1, 3),
    targetRole: pick(roles),
  };
  if (random() < 0.8) mentee.availability = availability();
  if (random() < 0.3) mentee.organization = pick(place.orgs);
  if (random() < 0.25) mentee.preferredMentorIds = pickSome(mentors, 1, 2).map((m) => m.id);
  if (random() < 0.1) {
    const preferred = new Set(mentee.preferredMentorIds as string[] | undefined);
    mentee.excludedMentorIds = [pick(mentors.filter((m) => !preferred.has(m.id))).id];
  }
  return mentee;
});

const program = {
  schemaVersion: 1,
  id: 'career-starters-2026',
  name: 'Career starters 2026',
  description:
    'Pairs people entering the ecosystem, often just certified, with experienced professionals for career advice, job leads and networks.',
  topics: topics.map(([id, en, de]) => ({ id, label: { en, de } })),
  settings: {
    defaultMentorCapacity: 2,
    maxMentorsPerMentee: 1,
    proposalTtlDays: 10,
    meetingCadenceDays: 14,
    agendaLeadTimeHours: 24,
    cancellationNoticeHours: 24,
    punctualityGraceMinutes: 5,
    minMentorExperienceYears: 1,
    referenceWeek: '2026-03-02',
  },
};

const write = (file: string, data: unknown) =>
  writeFileSync(join(out, file), `${JSON.stringify(data, null, 2)}\n`);
write('program.json', program);
write('mentors.json', mentors);
write('mentees.json', mentees);
console.log(`wrote ${mentors.length} mentors and ${mentees.length} mentees to examples/data/`);
