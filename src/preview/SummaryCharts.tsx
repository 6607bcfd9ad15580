/**
 * The summary sheet's native charts as the preview draws them: SVG from the layout's chart description, reading
 * the same cells Excel's chart reads. Each chart is a figure with its title, a legend in words, and a text
 * equivalent of every bar for screen readers (the SVG's title and description).
 */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { LayoutChart, SummaryLayout } from '../core/types';
import { chartData, describeChart, type ChartData } from '../core/chartData';
import { columnChart } from './chartBars';

const WIDTH = 420;
const HEIGHT = 220;
const PLOT = { left: 36, top: 16, width: WIDTH - 48, height: HEIGHT - 56 };

const useStyles = makeStyles({
  region: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: '#ffffff',
    overflowY: 'auto',
    maxHeight: '45%',
    flexShrink: 0,
  },
  figure: { margin: 0, width: `${WIDTH}px`, maxWidth: '100%', color: '#000000' },
  caption: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  svg: { width: '100%', height: 'auto', display: 'block' },
  legend: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyleType: 'none' },
  swatch: { display: 'inline-block', width: '10px', height: '10px', marginRight: tokens.spacingHorizontalXS, border: '1px solid #595959' },
});

export interface SummaryChartsProps {
  layout: SummaryLayout;
}

export function SummaryCharts({ layout }: SummaryChartsProps) {
  const styles = useStyles();
  const charts = layout.charts ?? [];
  if (charts.length === 0) return null;
  const first = charts[0].anchor.top + 1;
  const last = charts[charts.length - 1].anchor.bottom + 1;
  return (
    <section className={styles.region} aria-label={`Charts on ${layout.sheetName}`}>
      <Caption1 style={{ flexBasis: '100%' }}>
        Excel draws these charts on the sheet below the tables (rows {first} to {last}), from the tables’ own cells.
      </Caption1>
      {charts.map((chart) => (
        <ChartFigure key={chart.id} data={chartData(layout, chart)} chart={chart} />
      ))}
    </section>
  );
}

function ChartFigure({ data, chart }: { data: ChartData; chart: LayoutChart }) {
  const styles = useStyles();
  const titleId = useId();
  const descId = useId();
  const geometry = columnChart(data, PLOT);
  return (
    <figure className={styles.figure} data-chart={chart.id}>
      <figcaption className={styles.caption}>{data.title}</figcaption>
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
        <title id={titleId}>{data.title}</title>
        <desc id={descId}>{describeChart(data)}</desc>
        {geometry.ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={PLOT.left} x2={PLOT.left + PLOT.width} y1={tick.y} y2={tick.y} stroke="#d9d9d9" />
            <text x={PLOT.left - 6} y={tick.y + 4} textAnchor="end" fontSize="11" fill="#595959">
              {tick.value}
            </text>
          </g>
        ))}
        {geometry.segments.map((segment) => (
          <rect
            key={segment.label}
            x={segment.x}
            y={segment.y}
            width={segment.width}
            height={segment.height}
            fill={segment.colour}
            stroke="#ffffff"
            strokeWidth="0.5"
          >
            <title>{segment.label}</title>
          </rect>
        ))}
        {geometry.columns.map((column) => (
          <g key={column.label}>
            <text x={column.x} y={column.top - 4} textAnchor="middle" fontSize="11" fill="#000000">
              {column.total}
            </text>
            <text x={column.x} y={PLOT.top + PLOT.height + 16} textAnchor="middle" fontSize="11" fill="#000000">
              {column.lines.map((line, index) => (
                <tspan key={index} x={column.x} dy={index === 0 ? 0 : 13}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        ))}
      </svg>
      <ul className={styles.legend} aria-label="Legend">
        {data.series.map((series) => (
          <li key={series.name}>
            <span className={styles.swatch} style={{ backgroundColor: series.colour }} aria-hidden />
            <Caption1>{series.name}</Caption1>
          </li>
        ))}
      </ul>
    </figure>
  );
}
