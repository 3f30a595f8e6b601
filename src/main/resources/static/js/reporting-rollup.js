// Roll-up page (/reporting/rollup): draws the children as bars and the periods as a line with ECharts, from the
// JSON in #rollup-chart's data-chart attribute, on load and after every htmx swap of the result. The chart is static
// (no tooltip, pointer events off): ECharts writes inline styles on hover, which the page's CSP forbids; the table
// beside it carries the values.
(function () {
  function draw() {
    var element = document.getElementById('rollup-chart');
    if (!element || typeof echarts === 'undefined') {
      return;
    }
    var data = JSON.parse(element.getAttribute('data-chart') || '{}');
    var existing = echarts.getInstanceByDom(element);
    if (existing) {
      existing.dispose();
    }
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      grid: [{ left: 8, right: 8, top: 28, height: '38%', containLabel: true },
             { left: 8, right: 8, top: '60%', height: '30%', containLabel: true }],
      title: [{ text: element.getAttribute('data-rows-label'), textStyle: { fontSize: 13 } },
              { text: element.getAttribute('data-periods-label'), top: '52%', textStyle: { fontSize: 13 } }],
      xAxis: [{ type: 'category', gridIndex: 0, data: data.rowNames || [], axisLabel: { rotate: 30, fontSize: 10 } },
              { type: 'category', gridIndex: 1, data: data.periodNames || [], axisLabel: { fontSize: 10 } }],
      yAxis: [{ type: 'value', gridIndex: 0 }, { type: 'value', gridIndex: 1 }],
      series: [{ type: 'bar', xAxisIndex: 0, yAxisIndex: 0, data: data.rowValues || [] },
               { type: 'line', xAxisIndex: 1, yAxisIndex: 1, data: data.periodValues || [] }]
    });
  }
  document.addEventListener('DOMContentLoaded', draw);
  document.addEventListener('htmx:afterSettle', draw);
  window.addEventListener('resize', function () {
    var element = document.getElementById('rollup-chart');
    var chart = element && typeof echarts !== 'undefined' ? echarts.getInstanceByDom(element) : null;
    if (chart) {
      chart.resize();
    }
  });
}());
