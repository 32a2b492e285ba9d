import type { Path } from './validation-error';

/**
 * Renders a path the way a developer writes it: `availability[0].end`.
 *
 * @example
 * ```ts
 * formatPath(['availability', 0, 'end']); // 'availability[0].end'
 * ```
 */
export function formatPath(path: Path): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}
