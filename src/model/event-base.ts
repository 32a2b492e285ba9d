import * as z from 'zod';
import { ActorSchema } from './actor';
import { IdSchema } from './id';
import { TimestampSchema } from './timestamp';

// The parts every relationship event shares. In a file of its own so that the
// `propose` event's schema can be imported without the schemas of all events.

const eventBase = {
  /** Unique within the relationship's history. */
  id: IdSchema,
  /** When it happened, with an offset; events of a relationship come in time order. */
  at: TimestampSchema,
  /** Who sent it: the mentor, the mentee, an admin of the programme or the system. */
  actor: ActorSchema,
};

/** The schema of one event type: its `type`, the shared fields and its own. */
export function event<T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) {
  return z.strictObject({ type: z.literal(type), ...eventBase, ...shape });
}
