import { defineMessages } from '../message-catalog';

/** Messages of the lifecycle module. */
export const lifecycleMessages = defineMessages({});
