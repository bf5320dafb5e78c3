// The pages' own script (the content security policy allows no inline script): draws the charts whose
// figures a page carries in data-chart, shows an upload's progress, and takes files dropped on the form.
(function () {
  'use strict';

  function option(chart) {
    var horizontal = chart.kind === 'bar' && chart.categories.length > 6;
    var category = {type: 'category', data: chart.categories, axisLabel: {interval: 0, width: 110, overflow: 'truncate'}};
    var value = {type: 'value', minInterval: 1};
    var series = chart.series.map(function (s) {
      var drawn = {name: s.name, type: chart.kind === 'lines' ? 'line' : 'bar', data: s.values};
      if (chart.kind === 'stacked') { drawn.stack = 'all'; }
      if (s.color) { drawn.itemStyle = {color: s.color}; drawn.lineStyle = {color: s.color}; }
      return drawn;
    });
    if (chart.kind === 'lines') {
      // numeric x values on a value axis, so uneven steps (the value in force between two) are drawn to scale
      var xs = chart.categories.map(Number);
      series.forEach(function (drawn) {
        drawn.data = drawn.data.map(function (y, i) { return [xs[i], y]; });
      });
      if (chart.marked !== null && series.length) {
        series[0].markLine = {symbol: 'none', label: {formatter: chart.markLabel || ''},
          data: [{xAxis: Number(chart.marked)}]};
      }
    }
    return {
      animation: false,
      tooltip: {trigger: 'axis'},
      legend: chart.series.length > 1 ? {type: 'scroll', bottom: 0} : undefined,
      grid: {left: 8, right: 16, top: 16, bottom: chart.series.length > 1 ? 36 : 8, containLabel: true},
      xAxis: horizontal ? value : (chart.kind === 'lines' ? {type: 'value', min: 'dataMin', max: 'dataMax'} : category),
      yAxis: horizontal ? Object.assign(category, {inverse: true}) : value,
      series: series
    };
  }

  function drawCharts(root) {
    if (typeof echarts === 'undefined') { return; }
    root.querySelectorAll('[data-chart]').forEach(function (element) {
      if (element.dataset.drawn) { return; }
      var chart = JSON.parse(element.dataset.chart);
      var drawn = echarts.init(element, null, {renderer: 'svg'});
      drawn.setOption(option(chart));
      element.dataset.drawn = 'true';
      window.addEventListener('resize', function () { drawn.resize(); });
    });
  }

  function uploadForm() {
    var form = document.getElementById('upload-form');
    if (!form) { return; }
    var progress = document.getElementById('upload-progress');
    var input = document.getElementById('upload-file');
    var zone = document.getElementById('drop-zone');
    form.addEventListener('htmx:xhr:progress', function (event) {
      if (event.detail.lengthComputable) {
        progress.hidden = false;
        progress.value = Math.round(event.detail.loaded * 100 / event.detail.total);
      }
    });
    form.addEventListener('htmx:afterRequest', function () { progress.hidden = true; });
    ['dragenter', 'dragover'].forEach(function (type) {
      zone.addEventListener(type, function (event) { event.preventDefault(); zone.classList.add('dragging'); });
    });
    ['dragleave', 'drop'].forEach(function (type) {
      zone.addEventListener(type, function () { zone.classList.remove('dragging'); });
    });
    zone.addEventListener('drop', function (event) {
      event.preventDefault();
      if (event.dataTransfer.files.length) {
        input.files = event.dataTransfer.files;
        htmx.trigger(form, 'submit');
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    drawCharts(document);
    uploadForm();
    document.body.addEventListener('htmx:afterSettle', function (event) { drawCharts(event.target); });
  });
})();
