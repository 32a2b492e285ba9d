/**
 * The matching module of mentorship-kit.
 *
 * @module matching
 */
export {};
