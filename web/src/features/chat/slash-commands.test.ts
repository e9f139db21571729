import { describe, expect, it } from 'vitest';
import { chosenCommand, matchCommands, pickCommand } from './slash-commands';
import type { CommandSpec } from './types';

const spec = (name: string, description: string, usage = `/${name}`): CommandSpec => ({ name, description, usage });
const commands = [
  spec('chart', 'Draw a chart of a dataset', '/chart <measure> by <dimension>'),
  spec('datasets', 'List the datasets you can read'),
  spec('describe', 'Describe a dataset', '/describe <dataset>'),
  spec('help', 'Show what a command does', '/help [command]'),
];

describe('slash commands', () => {
  it('offersEveryCommandForABareSlash', () => {
    expect(matchCommands(commands, '/')!.map((c) => c.name)).toEqual(['chart', 'datasets', 'describe', 'help']);
  });

  it('putsNamesThatStartWithTheTextFirstThenOtherMatches', () => {
    expect(matchCommands(commands, '/d')!.map((c) => c.name)).toEqual(['datasets', 'describe', 'chart', 'help']);
    expect(matchCommands(commands, '/da')!.map((c) => c.name)).toEqual(['datasets', 'chart', 'describe']);
    expect(matchCommands(commands, '/DE')!.map((c) => c.name)).toEqual(['describe']);
  });

  it('offersNothingOutsideACommandName', () => {
    expect(matchCommands(commands, 'show /d')).toBeNull();
    expect(matchCommands(commands, '/chart load')).toBeNull();
    expect(matchCommands(commands, '/zzz')).toEqual([]);
  });

  it('showsTheChosenCommandsUsage', () => {
    expect(chosenCommand(commands, '/describe ')!.usage).toBe('/describe <dataset>');
    expect(chosenCommand(commands, '/Chart load by day')!.name).toBe('chart');
    expect(chosenCommand(commands, '/describe')).toBeNull();
    expect(chosenCommand(commands, '/nope x')).toBeNull();
    expect(pickCommand(commands[0]!)).toBe('/chart ');
  });
});
