import { describe, expect, it } from 'vitest';
import { meetsTarget, type BenchFigure } from '../../bench/figure.ts';

const figure = (target: string | null, value: number, unit: string, ratio: number | null = null): BenchFigure => ({
  name: 'a figure',
  value,
  unit,
  baseline: null,
  ratio,
  target,
});

describe('a bench figure against its target', () => {
  it('judges a ratio target by the ratio, at the bound and on either side of it', () => {
    expect(meetsTarget(figure('>= 5x', 0.4, 's', 5))).toBe(true);
    expect(meetsTarget(figure('>= 5x', 0.4, 's', 4.9999))).toBe(false);
    expect(meetsTarget(figure('<= 1.1x', 5.5, 's', 1.1))).toBe(true);
    expect(meetsTarget(figure('<= 1.1x', 5.5, 's', 1.1003))).toBe(false);
  });

  it('judges a time target by the value, converting seconds and milliseconds', () => {
    expect(meetsTarget(figure('<= 0.3 s', 0.3, 's'))).toBe(true);
    expect(meetsTarget(figure('<= 0.3 s', 0.301, 's'))).toBe(false);
    expect(meetsTarget(figure('<= 50 ms', 49.9, 'ms'))).toBe(true);
    expect(meetsTarget(figure('<= 100 ms', 0.0999, 's'))).toBe(true);
    expect(meetsTarget(figure('<= 100 ms', 0.1001, 's'))).toBe(false);
    expect(meetsTarget(figure('<= 1.5 s', 1600, 'ms'))).toBe(false);
  });

  it('takes a bare number as the value it must equal, and no target as nothing to judge', () => {
    expect(meetsTarget(figure('1.0', 1, 'req/op', 1))).toBe(true);
    expect(meetsTarget(figure('1.0', 1.045, 'req/op', 1.045))).toBe(false);
    expect(meetsTarget(figure('0', 0, 'ops'))).toBe(true);
    expect(meetsTarget(figure('0', 2, 'ops'))).toBe(false);
    expect(meetsTarget(figure(null, 3, 's'))).toBeNull();
  });

  it('refuses a target it cannot read rather than calling it met', () => {
    expect(() => meetsTarget(figure('at most 5 s', 1, 's'))).toThrow('not one the table can judge');
    expect(() => meetsTarget(figure('>= 5x', 1, 's'))).toThrow('no ratio');
    expect(() => meetsTarget(figure('<= 5 s', 1, 'MB'))).toThrow('its target in s');
  });
});
