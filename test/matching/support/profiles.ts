// A mentor and a mentee whose every criterion has a value: the pair the
// scoring tests vary one field at a time.
import type { MenteeProfile, MentorProfile } from '../../../src/model';

export const mentor: MentorProfile = {
  schemaVersion: 1,
  id: 'ada',
  name: 'Ada Weber',
  languages: ['de-DE', 'en'],
  timeZone: 'Europe/Berlin',
  availability: [{ day: 'tue', start: '18:00', end: '20:00' }],
  channels: ['video', 'chat'],
  yearsExperience: 8,
  organization: 'Acme',
  expertise: ['cv-and-interviews', 'first-job', 'cloud'],
  role: 'Cloud Engineer',
  capacity: 2,
};

export const mentee: MenteeProfile = {
  schemaVersion: 1,
  id: 'sam',
  name: 'Sam Okafor',
  languages: ['de-AT'],
  timeZone: 'Europe/Vienna',
  availability: [{ day: 'tue', start: '19:00', end: '21:00' }],
  channels: ['video', 'email'],
  yearsExperience: 1,
  organization: 'Globex',
  interests: ['first-job', 'cv-and-interviews', 'networking'],
  targetRole: 'cloud engineer',
  preferredMentorIds: ['bo', 'ada'],
};
