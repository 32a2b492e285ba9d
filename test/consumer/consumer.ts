import {
  type MentorProfile,
  parseMentorProfile,
  type Result,
  type ValidationError,
} from 'mentorship-kit';
import type { Relationship } from 'mentorship-kit/model';

const result: Result<MentorProfile, ValidationError> = parseMentorProfile({});
if (result.ok) {
  const capacity: number = result.value.capacity;
  console.log(capacity);
}
export type Stage = Relationship['stage'];
