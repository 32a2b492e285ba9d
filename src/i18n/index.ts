export { type MessageKey, messages } from './catalog';
export {
  formatMessage,
  type LanguageName,
  type LocalizedTextParam,
  type Message,
  type MessageListItem,
  type MessageParam,
  type MessageParams,
  type MessageRef,
} from './format-message';
export { defaultLocale, isLocalePack, type Locale, LocaleSchema } from './locale';
export { defineLocalePack, type LocalePack } from './locale-pack';
export { defineMessages, type MessageCatalog, type Translation } from './message-catalog';
export { negotiateLocale } from './negotiate-locale';
export { renderMessage } from './render-message';
