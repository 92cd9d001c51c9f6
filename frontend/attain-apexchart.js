import ApexCharts from 'apexcharts';
import { withFormatters } from './attain-chart-text.js';

/**
 * <attain-apexchart>: draws the ApexCharts options and series set as JSON properties by the server.
 * A new "series" only updates the data; new "options" update the chart in place.
 * Clicks on a data point are sent back as the "attain-point-click" event. Names are shown as text in tooltips and
 * the legend too (see attain-chart-text.js).
 */
class AttainApexChart extends HTMLElement {
  set options(json) {
    this._options = json ? JSON.parse(json) : null;
    this._schedule();
  }

  set series(json) {
    this._series = json ? JSON.parse(json) : [];
    if (this._chart && !this._pending) {
      this._chart.updateSeries(this._series, false);
    } else {
      this._schedule();
    }
  }

  connectedCallback() {
    // ApexCharts takes its width from the element when it draws and again only when the window resizes: a chart drawn
    // before its grid cell had its final width (the department heat map, 633 px in a 523 px card) ran over the next
    // card. Drawn again whenever the element's own width changes.
    this._resizes = new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1].contentRect.width);
      if (this._chart && width > 0 && Math.abs(width - (this._drawnWidth || 0)) > 1) {
        this._schedule();
      }
    });
    this._resizes.observe(this);
    this._schedule();
  }

  disconnectedCallback() {
    if (this._resizes) {
      this._resizes.disconnect();
      this._resizes = null;
    }
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  _schedule() {
    if (this._pending) return;
    this._pending = true;
    queueMicrotask(() => {
      this._pending = false;
      this._render();
    });
  }

  _render() {
    if (!this.isConnected || !this._options) return;
    this._drawnWidth = Math.round(this.getBoundingClientRect().width);
    const options = withFormatters(structuredClone(this._options));
    options.series = this._series || [];
    options.chart = options.chart || {};
    options.chart.events = {
      dataPointSelection: (event, ctx, config) => this._click(config.seriesIndex, config.dataPointIndex),
      xAxisLabelClick: (event, ctx, config) => this._click(-1, config.labelIndex),
      mounted: () => this._scalable(),
      updated: () => this._scalable(),
    };
    if (this._chart) {
      this._chart.updateOptions(options, true, false);
    } else {
      this._chart = new ApexCharts(this, options);
      this._chart.render();
    }
  }

  /**
   * Gives the drawn SVG a viewBox of its own size, so that on paper (whose width is not the screen's) the print style
   * can scale the chart to the page instead of cutting it.
   */
  _scalable() {
    const svg = this.querySelector('svg.apexcharts-svg');
    const width = svg && svg.getAttribute('width');
    const height = svg && svg.getAttribute('height');
    if (width && height && !isNaN(parseFloat(width)) && !isNaN(parseFloat(height))) {
      svg.setAttribute('viewBox', `0 0 ${parseFloat(width)} ${parseFloat(height)}`);
      svg.setAttribute('preserveAspectRatio', 'xMinYMin meet');
    }
  }

  _click(seriesIndex, dataPointIndex) {
    if (dataPointIndex === undefined || dataPointIndex < 0) return;
    this.dispatchEvent(new CustomEvent('attain-point-click', {
      detail: { seriesIndex: seriesIndex ?? -1, dataPointIndex },
    }));
  }
}

customElements.define('attain-apexchart', AttainApexChart);
