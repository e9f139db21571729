import { describe, expect, it } from 'vitest';
import { fillTemplate, initialValues, templateVariables } from './template-fill';

describe('template fill', () => {
  it('findsEachVariableOnceInOrderWithItsFirstDefault', () => {
    expect(templateVariables('Chart {{ measure }} for {{site|North}} and {{measure}}, {{period}} {{period|7 days}}')).toEqual([
      { name: 'measure', defaultValue: null },
      { name: 'site', defaultValue: 'North' },
      { name: 'period', defaultValue: '7 days' },
    ]);
  });

  it('leavesMalformedPlaceholdersAsText', () => {
    const body = 'Show {{two words}} and {{open and {single}';
    expect(templateVariables(body)).toEqual([]);
    expect(fillTemplate(body, {})).toBe(body);
  });

  it('fillsEveryPlaceholderWithItsValueElseItsDefaultElseNothing', () => {
    const body = 'Chart {{measure}} for {{site|North}} over {{period}}; again {{measure}}.';
    expect(fillTemplate(body, { measure: 'load', period: 'last week' })).toBe(
      'Chart load for North over last week; again load.',
    );
    expect(fillTemplate(body, { site: '' })).toBe('Chart  for  over ; again .');
  });

  it('startsTheFormWithTheDefaults', () => {
    expect(initialValues(templateVariables('{{a|1}} {{b}}'))).toEqual({ a: '1', b: '' });
  });

  it('keepsTextThatLooksLikeAValueVerbatim', () => {
    expect(fillTemplate('{{x}}', { x: '$& {{y}}' })).toBe('$& {{y}}');
  });
});
