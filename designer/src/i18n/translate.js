import vi from './vi.js';

/**
 * Translates through our own table and fills {placeholders}; a text missing from the table stays English,
 * so a library upgrade shows English rather than nothing.
 */
export function translate(template, replacements) {
  const text = Object.prototype.hasOwnProperty.call(vi, template) ? vi[template] : template;
  return text.replace(/{([^}]+)}/g, (_, key) => (replacements && key in replacements ? replacements[key] : `{${key}}`));
}

export const TranslateModule = { translate: ['value', translate] };
