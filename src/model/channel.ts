import * as z from 'zod';

/**
 * The ways two people can meet or talk.
 *
 * @example
 * ```ts
 * ChannelSchema.options; // ['email', 'phone', 'video', 'chat', 'in-person']
 * ```
 */
export const ChannelSchema = z.enum(['email', 'phone', 'video', 'chat', 'in-person']);

/**
 * A communication channel, see {@link ChannelSchema}.
 *
 * @example
 * ```ts
 * const channel: Channel = 'video';
 * ```
 */
// `| never` keeps the name in signatures (see `RelationshipEvent`).
export type Channel = z.infer<typeof ChannelSchema> | never;
