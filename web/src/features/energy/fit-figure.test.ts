import { describe, expect, it } from 'vitest';
import { CHART_THEMES } from '@/components/chart';
import { fitEquation, fitFigure } from './fit-figure';
import type { FitAsset } from './types';

const gta1: FitAsset = {
  name: 'GTA 1',
  target: 'power',
  coefficients: { admission: 0.1719, extraction: -0.0477, intercept: -1.62 },
  r2: 0.997,
  mae: 0.24,
  n: 8715,
  sample: { actual: [10, 20, 30], predicted: [10.5, 19, 30.2] },
};

describe('fit figure', () => {
  it('writesTheFittedEquationWithItsSigns', () => {
    expect(fitEquation(gta1)).toBe('power = 0.1719·admission − 0.0477·extraction − 1.6200');
    expect(fitEquation({ ...gta1, coefficients: { admission: -0.5, intercept: 2 } }, 1)).toBe('power = −0.5·admission + 2.0');
  });

  it('drawsPredictedAgainstActualWithTheDiagonalOverBothRanges', () => {
    const figure = fitFigure(gta1, CHART_THEMES.light, 'MW');
    if ('empty' in figure) throw new Error('expected a figure');
    const [points, diagonal] = figure.data as { x: number[]; y: number[]; mode: string }[];
    expect(points).toMatchObject({ x: [10, 20, 30], y: [10.5, 19, 30.2], mode: 'markers' });
    expect(diagonal).toMatchObject({ x: [10, 30.2], y: [10, 30.2], mode: 'lines' });
    expect((figure.layout.xaxis as { title: { text: string } }).title.text).toBe('Actual power (MW)');
  });

  it('saysSoWhenTheFitHasNoSample', () => {
    expect(fitFigure({ ...gta1, sample: undefined }, CHART_THEMES.dark)).toEqual({ empty: "No sample of GTA 1's fit to draw." });
  });
});
