import { matchCommands } from '@/features/chat/slash-commands';
import type { CommandSpec } from '@/features/chat/types';
import type { PromptTemplate } from './types';

/** One entry of the composer's "/" menu: a command, or a prompt template after the commands. */
export type SlashItem = { kind: 'command'; command: CommandSpec } | { kind: 'template'; template: PromptTemplate };

/**
 * The "/" menu while the first word after "/" is typed: the matching commands, then the
 * matching templates (name starts with what is typed, then name or description contains it);
 * null when no menu applies.
 */
export function matchSlashItems(
  commands: readonly CommandSpec[],
  templates: readonly PromptTemplate[],
  input: string,
): SlashItem[] | null {
  const matchedCommands = matchCommands(commands, input);
  if (!matchedCommands) return null;
  const typed = input.slice(1).toLowerCase();
  const name = (t: PromptTemplate) => t.name.toLowerCase();
  const starts = templates.filter((t) => name(t).startsWith(typed));
  const contains = templates.filter(
    (t) => !name(t).startsWith(typed) && (name(t).includes(typed) || t.description.toLowerCase().includes(typed)),
  );
  return [
    ...matchedCommands.map((command) => ({ kind: 'command' as const, command })),
    ...[...starts, ...contains].map((template) => ({ kind: 'template' as const, template })),
  ];
}

/** A stable key for an item (ids of the listbox's options). */
export const slashItemKey = (item: SlashItem) =>
  item.kind === 'command' ? item.command.name : `template-${item.template.id}`;
