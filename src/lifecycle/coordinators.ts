import type { Actor } from '../model/actor';
import type { ResolvedProgram } from '../model/program';
import { type LifecycleError, lifecycleError } from './errors';

/**
 * The refusal of an `admin` actor who is not one of the programme's
 * coordinators, or `undefined`. A programme that names no coordinators lets
 * any admin id act (the behaviour before `coordinatorIds` existed); the other
 * roles are judged by the machine, not here.
 */
export function coordinatorRefusal(
  program: Pick<ResolvedProgram, 'id' | 'coordinatorIds'>,
  actor: Actor,
): LifecycleError | undefined {
  if (actor.role !== 'admin' || program.coordinatorIds === undefined) return undefined;
  if (program.coordinatorIds.includes(actor.id)) return undefined;
  return lifecycleError('not_a_coordinator', { id: actor.id, programId: program.id }, [
    'actor',
    'id',
  ]);
}
