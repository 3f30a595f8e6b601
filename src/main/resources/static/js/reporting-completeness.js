// PhoiHop: the completeness chart (stacked bars per period: on time / late / missing / not yet due), drawn with
// ECharts from the data-chart attribute of #completeness-chart (no inline script: the CSP allows only 'self').
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('completeness-chart');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(element.getAttribute('data-chart'));
  if (!data.periods.length) {
    return;
  }
  var chart = echarts.init(element, null, { height: 320 });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 40, bottom: 40 },
    xAxis: { type: 'category', data: data.periods },
    yAxis: { type: 'value', minInterval: 1 },
    series: data.series.map(function (s) {
      return { name: s.name, type: 'bar', stack: 'reports', data: s.values, itemStyle: { color: s.colour } };
    })
  });
  element.setAttribute('data-rendered', 'true');
  window.addEventListener('resize', function () { chart.resize(); });
});
