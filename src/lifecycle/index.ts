/**
 * The lifecycle module of mentorship-kit.
 *
 * @module lifecycle
 */
export {};
