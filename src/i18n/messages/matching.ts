import { defineMessages } from '../message-catalog';

/** Messages of the matching module. */
export const matchingMessages = defineMessages({});
