export { type MessageKey, messages } from './catalog';
export {
  formatMessage,
  type Message,
  type MessageParam,
  type MessageParams,
} from './format-message';
export { defaultLocale, type Locale, LocaleSchema, locales } from './locale';
export { defineMessages, type MessageCatalog, type MessageEntry } from './message-catalog';
export { renderMessage } from './render-message';
