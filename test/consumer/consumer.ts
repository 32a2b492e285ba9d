import type { LocalePack } from 'mentorship-kit';
import {
  type MentorProfile,
  parseMentorProfile,
  type Result,
  type ValidationError,
} from 'mentorship-kit';
import { de } from 'mentorship-kit/locales/de';
import type { Relationship } from 'mentorship-kit/model';

export const german: LocalePack = de;

const result: Result<MentorProfile, ValidationError> = parseMentorProfile({});
if (result.ok) {
  const capacity: number = result.value.capacity;
  console.log(capacity);
}
export type Stage = Relationship['stage'];
