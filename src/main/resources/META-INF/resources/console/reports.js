/* Draws the report page's charts with ECharts from the figures in each chart's data-chart attribute. The tables
   beside the charts carry the same numbers, so a page without JavaScript (or a screen reader) misses nothing. */
(function () {
  'use strict';
  if (typeof window.echarts === 'undefined') {
    return;
  }
  var colours = ['#0059b3', '#a86a00', '#1a1a1a'];
  var charts = [];
  document.querySelectorAll('[data-chart]').forEach(function (element) {
    var data = JSON.parse(element.getAttribute('data-chart'));
    var chart = window.echarts.init(element, null, { renderer: 'canvas', locale: 'EN' });
    chart.setOption({
      animation: false,
      color: colours,
      textStyle: { fontFamily: 'Arial, sans-serif', color: '#1a1a1a' },
      legend: { show: data.series.length > 1, top: 0 },
      grid: { left: 48, right: 16, top: data.series.length > 1 ? 40 : 16, bottom: 56 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: data.labels, axisLabel: { rotate: data.labels.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: data.type === 'line' ? 0 : 1 },
      series: data.series.map(function (s, i) {
        return {
          name: s.name,
          type: data.type,
          data: s.data,
          connectNulls: false,
          symbol: ['circle', 'rect', 'triangle'][i % 3],
          symbolSize: 8,
          symbolKeepAspect: true
        };
      }),
      aria: { enabled: true, decal: { show: true } }
    });
    charts.push(chart);
  });
  function resize() {
    charts.forEach(function (chart) { chart.resize(); });
  }
  window.addEventListener('resize', resize);
  window.addEventListener('beforeprint', resize);
  window.addEventListener('afterprint', resize);
}());
