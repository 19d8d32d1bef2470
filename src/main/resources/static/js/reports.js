// Draws the dashboard's charts from the data the page carries; the tables below them stay for
// readers without JavaScript and for screen readers.
document.addEventListener('DOMContentLoaded', () => {
	if (typeof Chart === 'undefined') {
		return;
	}
	const palette = ['#1f5fbf', '#e67e22', '#27ae60', '#8e44ad', '#c0392b', '#16a085', '#7f8c8d'];
	document.querySelectorAll('canvas[data-chart]').forEach((canvas) => {
		const data = JSON.parse(canvas.dataset.chart);
		data.datasets.forEach((dataset, i) => {
			dataset.backgroundColor = palette[i % palette.length];
			dataset.borderColor = palette[i % palette.length];
		});
		const horizontal = data.type === 'bar' && data.datasets.length === 1 && data.labels.some((l) => l.length > 8);
		new Chart(canvas, {
			type: data.type,
			data: { labels: data.labels, datasets: data.datasets },
			options: {
				indexAxis: horizontal ? 'y' : 'x',
				responsive: true,
				animation: false,
				plugins: { legend: { display: data.datasets.length > 1 } },
			},
		});
	});
});
