import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { adler32, crc32, encodePng } from './png';
import { CHART_INK, CHART_PALETTE, labelWidth, readinessChart, readinessChartPng } from './readiness-chart';
import { decodePng } from '../test/png-decode';

const GREEN = [...CHART_PALETTE[3]];
const BROWN = [...CHART_PALETTE[4]];
const WHITE = [...CHART_PALETTE[0]];

describe('the hand-written PNG encoder', () => {
  it('has the checksums zlib and PNG define (known values)', () => {
    const ascii = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
    expect(crc32(ascii('123456789'))).toBe(0xcbf43926);
    expect(adler32(ascii('Wikipedia'))).toBe(0x11e60398);
    expect(crc32(ascii('IEND'))).toBe(0xae426082);
  });

  it('writes images Node\'s zlib reads back pixel for pixel, for any size (several stored blocks included)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 256 }), fc.integer(), (width, height, colours, seed) => {
        const palette = Array.from({ length: colours }, (_, i) => [i, (i * 7) & 255, (i * 13) & 255] as const);
        const pixels = new Uint8Array(width * height).map((_, i) => ((i * 2654435761 + seed) >>> 0) % colours);
        const png = decodePng(encodePng({ width, height, palette, pixels }));
        expect([png.width, png.height, png.chunks]).toEqual([width, height, ['IHDR', 'PLTE', 'IDAT', 'IEND']]);
        for (const [x, y] of [[0, 0], [width - 1, height - 1], [width >> 1, height >> 1]] as const) expect(png.rgb(x, y)).toEqual([...palette[pixels[y * width + x]!]!]);
      }),
      { numRuns: 40 },
    );
  });

  it('refuses a size, pixel count or palette it cannot write, saying which', () => {
    expect(() => encodePng({ width: 0, height: 2, palette: [[0, 0, 0]], pixels: new Uint8Array(0) })).toThrow(/whole positive size/);
    expect(() => encodePng({ width: 2, height: 2, palette: [[0, 0, 0]], pixels: new Uint8Array(3) })).toThrow(/3 pixels for a 2×2 image/);
    expect(() => encodePng({ width: 1, height: 1, palette: [], pixels: new Uint8Array(1) })).toThrow(/palette/);
  });
});

describe('the readiness chart as a PNG', () => {
  const points = [
    { date: '2026-01-06', readiness: 0.3 },
    { date: '2026-02-10', readiness: 0.39 },
    { date: '2026-03-12', readiness: 0.58 },
  ];

  it('draws the line through each point, the approval day, and nothing where the data is not', () => {
    const chart = readinessChart(points, { approvedOn: '2026-02-10' })!;
    const out = readinessChartPng(points, { approvedOn: '2026-02-10' })!;
    const png = decodePng(out.png);
    expect([png.width, png.height]).toEqual([Math.round(chart.width), Math.round(chart.height)]);
    expect([out.width, out.height]).toEqual([png.width, png.height]);
    // each point, and the middle of each segment, is green
    for (const p of chart.line) expect(png.rgb(Math.round(p.x), Math.round(p.y))).toEqual(GREEN);
    const [a, b] = [chart.line[1]!, chart.line[2]!];
    expect(png.rgb(Math.round((a.x + b.x) / 2), Math.round((a.y + b.y) / 2))).toEqual(GREEN);
    // the line rises: at 58% it is higher on the image than at 30%
    expect(chart.line[2]!.y).toBeLessThan(chart.line[0]!.y);
    // the approval day is a dashed brown line above the plot
    const approvedX = Math.round(chart.approved!.x);
    const column = Array.from({ length: chart.plot.height }, (_, i) => png.rgb(approvedX, chart.plot.top - 6 + i));
    expect(column.filter((c) => c.join() === BROWN.join()).length).toBeGreaterThan(chart.plot.height / 3);
    // above a low point, far from the line, the plot is empty
    expect(png.rgb(Math.round(chart.line[0]!.x) + 2, chart.plot.top + 5)).toEqual(WHITE);
  });

  it('labels the axes in pixels: each percentage left of its grid line, the month ticks beneath', () => {
    const chart = readinessChart(points, { approvedOn: '2026-02-10' })!;
    const png = decodePng(readinessChartPng(points, { approvedOn: '2026-02-10' })!.png);
    const ink = [...CHART_PALETTE[CHART_INK.text]].join();
    const inked = (x0: number, x1: number, y0: number, y1: number) => {
      let n = 0;
      for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (png.rgb(x, y).join() === ink) n++;
      return n;
    };
    for (const g of chart.grid) {
      const width = labelWidth(g.label);
      expect(inked(chart.plot.left - 6 - width, chart.plot.left - 6, Math.round(g.y) - 5, Math.round(g.y) + 6), g.label).toBeGreaterThan(g.label.length * 8);
    }
    expect(chart.ticks.map((t) => t.label)).toEqual(['2026-02', '2026-03']);
    for (const t of chart.ticks) expect(inked(Math.round(t.x - labelWidth(t.label) / 2), Math.round(t.x + labelWidth(t.label) / 2), chart.plot.top + chart.plot.height + 9, chart.plot.top + chart.plot.height + 20), t.label).toBeGreaterThan(40);
    // nothing in the label colour inside the plot
    expect(inked(chart.plot.left + 1, chart.plot.left + chart.plot.width, chart.plot.top, chart.plot.top + chart.plot.height)).toBe(0);
  });

  it('draws nothing when there is no point', () => {
    expect(readinessChartPng([], {})).toBeUndefined();
  });
});
