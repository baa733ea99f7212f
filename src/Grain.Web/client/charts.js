// Draws uPlot charts from <div data-chart='{"title","x":[..],"series":[{"label","values":[..],"scale"?}],"xlabel","ylabel","axes"?}'>.
// A series with "scale" is drawn against a second y axis on the right, labelled by axes[scale] (the scale chart: CPU ms
// on the left, peak MB on the right).
import uPlot from 'uplot';

const palette = ['#2458c6', '#b45309', '#0f766e', '#9d174d'];

export function mountCharts(root) {
  root.querySelectorAll('[data-chart]:not([data-mounted])').forEach((el) => {
    el.dataset.mounted = '1';
    let spec;
    try {
      spec = JSON.parse(el.dataset.chart);
    } catch {
      return;
    }
    if (!spec.x || spec.x.length === 0) {
      return;
    }
    const width = Math.max(260, Math.min(el.clientWidth || 600, 720));
    const scales = { x: { time: !!spec.time } };
    const axes = [
      { label: spec.xlabel || '', stroke: '#4b5563' },
      { label: spec.ylabel || '', stroke: '#4b5563' },
    ];
    spec.series.forEach((s, i) => {
      if (s.scale && !scales[s.scale]) {
        scales[s.scale] = { auto: true };
        axes.push({ scale: s.scale, side: 1, label: (spec.axes && spec.axes[s.scale]) || s.label, stroke: palette[i % palette.length], grid: { show: false } });
      }
    });
    const opts = {
      width,
      height: spec.height || 220,
      scales,
      axes,
      series: [{ label: spec.xlabel || 'x' }, ...spec.series.map((s, i) => ({
        label: s.label,
        scale: s.scale || 'y',
        stroke: palette[i % palette.length],
        width: 2,
        points: { show: true, size: 6 },
        fill: spec.fill ? palette[i % palette.length] + '22' : undefined,
        paths: spec.bars ? uPlot.paths.bars({ size: [0.6, 40] }) : undefined,
      }))],
    };
    const data = [spec.x, ...spec.series.map((s) => s.values)];
    const plot = new uPlot(opts, data, el);
    if (window.ResizeObserver) {
      new ResizeObserver(() => {
        const w = Math.max(260, Math.min(el.clientWidth, 720));
        if (Math.abs(w - plot.width) > 4) {
          plot.setSize({ width: w, height: opts.height });
        }
      }).observe(el);
    }
  });
}
