import { describe, expect, it } from 'vitest';
import type { CommandSpec } from '@/features/chat/types';
import { matchSlashItems, slashItemKey } from './slash-menu';
import type { PromptTemplate } from './types';

const commands: CommandSpec[] = [
  { name: 'chart', description: 'Draw a chart', usage: '/chart' },
  { name: 'window', description: 'Change the time window', usage: '/window' },
];

const template = (name: string, description = ''): PromptTemplate => ({
  id: `t-${name}`,
  workspaceId: 'w',
  name,
  description,
  body: 'x',
  variables: [],
  updatedAt: '2026-01-01T00:00:00Z',
});

const templates = [
  template('weekly-chart', 'Weekly load'),
  template('cheap-hours'),
  template('report', 'A chart per site'),
  template('charts-daily'),
];

const labels = (items: ReturnType<typeof matchSlashItems>) =>
  items?.map((item) => (item.kind === 'command' ? `cmd:${item.command.name}` : `tpl:${item.template.name}`));

describe('slash menu with templates', () => {
  it('listsTheCommandsFirstThenTheTemplates', () => {
    expect(labels(matchSlashItems(commands, templates, '/'))).toEqual([
      'cmd:chart',
      'cmd:window',
      'tpl:weekly-chart',
      'tpl:cheap-hours',
      'tpl:report',
      'tpl:charts-daily',
    ]);
  });

  it('filtersTemplatesByNameStartThenByNameOrDescription', () => {
    expect(labels(matchSlashItems(commands, templates, '/char'))).toEqual([
      'cmd:chart',
      'tpl:charts-daily',
      'tpl:weekly-chart',
      'tpl:report',
    ]);
    expect(labels(matchSlashItems(commands, templates, '/weekly'))).toEqual(['tpl:weekly-chart']);
  });

  it('opensNoMenuOnceTheFirstWordIsDoneOrWithoutASlash', () => {
    expect(matchSlashItems(commands, templates, '/chart load')).toBeNull();
    expect(matchSlashItems(commands, templates, 'chart')).toBeNull();
  });

  it('keysTemplatesApartFromACommandOfTheSameName', () => {
    const items = matchSlashItems(commands, [template('chart')], '/chart')!;
    expect(items.map(slashItemKey)).toEqual(['chart', 'template-t-chart']);
  });
});
