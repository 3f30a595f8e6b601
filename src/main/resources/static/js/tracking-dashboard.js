// PhoiHop: the tracking dashboard's chart (a stacked bar per task group: done / in progress / not started / blocked /
// overdue), drawn with ECharts from the data-chart attribute of #tracking-chart (no inline script: the CSP allows only
// 'self').
document.addEventListener('DOMContentLoaded', function () {
  var element = document.getElementById('tracking-chart');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(element.getAttribute('data-chart'));
  if (!data.groups.length) {
    return;
  }
  var chart = echarts.init(element, null, { height: 360 });
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 60, bottom: 30 },
    xAxis: { type: 'category', data: data.groups },
    yAxis: { type: 'value', minInterval: 1 },
    series: data.series.map(function (s) {
      return { name: s.name, type: 'bar', stack: 'tasks', data: s.values, itemStyle: { color: s.colour } };
    })
  });
  element.setAttribute('data-rendered', 'true');
  window.addEventListener('resize', function () { chart.resize(); });
});
