import type { CommandSpec } from './types';

/**
 * The slash menu's rules, apart from the input: which commands match what is typed after "/",
 * and which command's usage to show once one is chosen.
 */

/** The commands to offer while the first word after "/" is being typed, or null for no menu. */
export function matchCommands(commands: readonly CommandSpec[], input: string): CommandSpec[] | null {
  const match = /^\/(\S*)$/.exec(input);
  if (!match) return null;
  const typed = match[1]!.toLowerCase();
  const starts = commands.filter((c) => c.name.toLowerCase().startsWith(typed));
  const contains = commands.filter(
    (c) =>
      !c.name.toLowerCase().startsWith(typed) &&
      (c.name.toLowerCase().includes(typed) || c.description.toLowerCase().includes(typed)),
  );
  return [...starts, ...contains];
}

/** The command the input runs, once its name is followed by a space: for the parameter hint. */
export function chosenCommand(commands: readonly CommandSpec[], input: string): CommandSpec | null {
  const match = /^\/(\S+)\s/.exec(input);
  if (!match) return null;
  const name = match[1]!.toLowerCase();
  return commands.find((c) => c.name.toLowerCase() === name) ?? null;
}

/** The input after picking a command from the menu. */
export const pickCommand = (command: CommandSpec) => `/${command.name} `;
