import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';
import { texts } from '../texts';

// Only what bar charts need: Chart.js leaves the rest out of the bundle.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface Series {
  label: string;
  values: number[];
  color: string;
}

export interface BarChartProps {
  /** Announced to screen readers in place of the picture. */
  summary: string;
  labels: string[];
  series: Series[];
  /** Bars grow to the right (long labels read better). */
  horizontal?: boolean;
  max?: number;
  format?: (value: number) => string;
  height?: number;
  /** The header of the label column in the table of numbers. */
  labelHeader: string;
}

/**
 * A bar chart with its numbers beside it: the canvas is one labelled image for screen
 * readers, and the same figures are a table anyone can open.
 */
export function BarChart({ summary, labels, series, horizontal, max, format, height, labelHeader }: BarChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const show = format ?? ((v: number) => String(v));
  useEffect(() => {
    if (!canvas.current) return;
    const valueAxis = {
      beginAtZero: true,
      max,
      ticks: { precision: 0, callback: (v: string | number) => show(Number(v)) },
    };
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels,
        datasets: series.map((s) => ({ label: s.label, data: s.values, backgroundColor: s.color, borderWidth: 0 })),
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: {
          legend: { display: series.length > 1, position: 'bottom' },
          tooltip: { callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${show(Number(item.raw))}` } },
        },
        scales: horizontal ? { x: valueAxis } : { y: valueAxis },
      },
    });
    return () => chart.destroy();
    // The chart is rebuilt when what it draws changes; `show` follows `format`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [JSON.stringify(labels), JSON.stringify(series), horizontal, max]);
  return (
    <figure className="chart">
      <div className="chart-canvas" style={{ height: height ?? Math.max(160, labels.length * 36 + 60) }}>
        <canvas ref={canvas} role="img" aria-label={summary} />
      </div>
      <details>
        <summary>{texts.showNumbers}</summary>
        <table>
          <caption className="visually-hidden">{summary}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeader}</th>
              {series.map((s) => (
                <th scope="col" key={s.label}>
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {labels.map((label, i) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {series.map((s) => (
                  <td key={s.label}>{show(s.values[i] ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
