import { defineMessages } from '../message-catalog';

/** Messages shared by every part of the library. */
export const commonMessages = /* @__PURE__ */ defineMessages({
  'common.list_separator': ', ',
  'common.none': 'none',
  'stage.proposed': 'Proposed',
  'stage.preparing': 'Prepare',
  'stage.initiating': 'Initiate',
  'stage.cultivating': 'Cultivate',
  'stage.evaluating': 'Evaluate',
  'stage.paused': 'Paused',
  'stage.completed': 'Completed',
  'stage.ended': 'Ended early',
  'stage.declined': 'Declined',
  'stage.withdrawn': 'Withdrawn',
  'stage.expired': 'Expired',
  'stage.invalidated': 'Invalidated',
  'channel.email': 'e-mail',
  'channel.phone': 'phone',
  'channel.video': 'video call',
  'channel.chat': 'chat',
  'channel.in-person': 'in person',
  'role.mentor': 'mentor',
  'role.mentee': 'mentee',
  'role.admin': 'programme admin',
  'role.system': 'system',
});
