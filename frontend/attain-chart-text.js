/**
 * Names in charts are data (project and indicator names from imported documents), so they are shown as text, never
 * as markup, whatever their length.
 *
 * ApexCharts 4.7.0 writes its SVG texts (axis labels, data labels, the title, annotation labels) as text nodes, which
 * is safe; but it writes the tooltip (title, series name, value) and the legend with innerHTML. Every one of those
 * goes through a formatter installed here that escapes it. Data labels are SVG text and are not escaped (escaping
 * them would show "&lt;" on the chart).
 *
 * Plain functions without imports, so that a test can run them (see ChartTextTest).
 */

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The value as text that innerHTML shows as it is; an array (a name on several lines) becomes one line. */
export function escapeHtml(value) {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(escapeHtml).join(' ');
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * The options sent by the server (ApexChart.java) with the formatters JSON cannot carry: value suffixes, words
 * instead of codes (heat map), and the escaping formatters for every place ApexCharts fills with HTML.
 */
export function withFormatters(options) {
  const suffix = options.valueSuffix || '';
  delete options.valueSuffix;
  const labels = options.valueLabels;
  delete options.valueLabels;
  const format = (v) => (v === null || v === undefined ? '—' : `${Math.round(v * 10) / 10}${suffix}`);
  let value = null;
  if (labels) {
    // words for the codes the server names (a blank for "no data"), the value itself with its suffix, if any, else
    value = (v) => (labels[String(v)] !== undefined ? labels[String(v)] : suffix ? format(v) : '');
    options.dataLabels = Object.assign({}, options.dataLabels || {}, { enabled: true, formatter: value });
  }
  if (suffix) {
    const horizontal = options.plotOptions && options.plotOptions.bar && options.plotOptions.bar.horizontal;
    // a heat map's axes name its rows and columns (departments, groups): no axis holds values to suffix
    const heatMap = options.chart && options.chart.type === 'heatmap';
    const valueAxis = heatMap ? null : horizontal ? 'xaxis' : 'yaxis';
    if (valueAxis) {
      const axis = options[valueAxis] || {};
      options[valueAxis] = Object.assign({}, axis, { labels: Object.assign({ formatter: format }, axis.labels || {}) });
    }
    if (options.dataLabels && options.dataLabels.enabled && !labels) {
      options.dataLabels.formatter = format;
    }
    value = value || format;
  }
  const tooltip = options.tooltip || {};
  const y = tooltip.y || {};
  options.tooltip = Object.assign({}, tooltip, {
    // the tooltip's title: the category (project name, month, heat-map group)
    x: Object.assign({}, tooltip.x || {}, { formatter: (v) => escapeHtml(v) }),
    y: Object.assign({}, y, {
      // numbers without a suffix keep ApexCharts' own formatting: a number carries no markup
      formatter: value ? (v, ctx) => escapeHtml(value(v, ctx)) : y.formatter,
      // the series name before the value (a project in the heat map, a light in the stacked bars)
      title: Object.assign({}, y.title || {}, { formatter: (name) => (name ? `${escapeHtml(name)}: ` : '') }),
    }),
  });
  options.legend = Object.assign({}, options.legend || {}, { formatter: (name) => escapeHtml(name) });
  return options;
}
