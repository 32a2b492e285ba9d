import { defineMessages } from '../message-catalog';

/** Messages of the checklists module. */
export const checklistsMessages = defineMessages({});
