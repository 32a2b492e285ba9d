/**
 * The checklists module of mentorship-kit.
 *
 * @module checklists
 */
export {};
