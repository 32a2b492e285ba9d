import { Immer, isDraft, original } from 'immer';

// A private instance: changing the global immer settings of the host app
// (autoFreeze, strict mode) must never change how this library behaves.
// No auto-freezing: the lifecycle seals its results itself, rebuilding new
// objects in the schema's key order, which a frozen object would not allow.
const immer = new Immer({ autoFreeze: false });

/** Copy-on-write update with structural sharing; the result is not frozen (callers seal it). */
export const produce: Immer['produce'] = immer.produce;

export { isDraft, original };
