import { Immer } from 'immer';

// A private instance: changing the global immer settings of the host app
// (autoFreeze, strict mode) must never change how this library behaves.
const immer = new Immer({ autoFreeze: true });

/** Copy-on-write update with structural sharing; the result is deep-frozen. */
export const produce: Immer['produce'] = immer.produce;
