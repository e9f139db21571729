import type { TemplateVariable } from './types';

/**
 * A template's placeholders as the composer fills them: `{{name}}` or `{{name|default}}`,
 * a name being letters, digits and underscores. The server checks a template when it is
 * saved; here anything that is not a well-formed placeholder stays as it is.
 */
const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]{1,64})\s*(?:\|([^{}\n]*))?\}\}/g;

/** The variables, in order of first appearance, once each; the first default given counts. */
export function templateVariables(body: string): TemplateVariable[] {
  const found = new Map<string, TemplateVariable>();
  for (const match of body.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    const defaultValue = match[2] === undefined ? null : match[2].trim();
    const known = found.get(name);
    if (!known || (known.defaultValue === null && defaultValue !== null)) found.set(name, { name, defaultValue });
  }
  return [...found.values()];
}

/** The form's first values: each variable's default, or empty. */
export function initialValues(variables: readonly TemplateVariable[]): Record<string, string> {
  return Object.fromEntries(variables.map((v) => [v.name, v.defaultValue ?? '']));
}

/** The text to put in the composer: every placeholder replaced by its value (else its default, else nothing). */
export function fillTemplate(body: string, values: Readonly<Record<string, string>>): string {
  return body.replace(PLACEHOLDER, (_whole, name: string, fallback: string | undefined) => {
    const value = values[name];
    if (value !== undefined) return value;
    return fallback === undefined ? '' : fallback.trim();
  });
}
