/**
 * mentorship-kit: the domain of a mentoring programme — typed models, the
 * relationship lifecycle, responsibility checklists and explainable matching.
 *
 * Everything is also available from a subpath (`mentorship-kit/model`,
 * `/lifecycle`, `/checklists`, `/matching`, `/program`) for smaller bundles.
 *
 * @module mentorship-kit
 */
export * from './checklists/index';
export * from './i18n/index';
export * from './lifecycle/index';
export * from './matching/index';
export * from './model/index';
export * from './program/index';
