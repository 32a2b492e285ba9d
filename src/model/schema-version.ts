import * as z from 'zod';

/**
 * The version of the document format. Every top-level document carries it so
 * stored JSON can be migrated when the format changes.
 *
 * @example
 * ```ts
 * const doc = { schemaVersion: currentSchemaVersion };
 * ```
 */
export const currentSchemaVersion = 1;

/**
 * Schema of the `schemaVersion` field of every top-level document.
 *
 * @example
 * ```ts
 * SchemaVersionSchema.parse(1);
 * ```
 */
export const SchemaVersionSchema = z.literal(currentSchemaVersion);
