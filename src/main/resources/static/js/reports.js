// Draws the dashboard's charts from the data the page carries; the tables below them stay for
// readers without JavaScript and for screen readers.
document.addEventListener('DOMContentLoaded', () => {
	if (typeof Chart === 'undefined') {
		return;
	}
	const palette = ['#1f5fbf', '#e67e22', '#27ae60', '#8e44ad', '#c0392b', '#16a085', '#7f8c8d'];
	// long names (scenario titles, queries) are shortened on the axis; the tooltip and the table
	// below the chart give them in full
	const longest = 14;
	const shortened = (label) => (label.length > longest ? label.slice(0, longest - 1) + '…' : label);
	document.querySelectorAll('canvas[data-chart]').forEach((canvas) => {
		const data = JSON.parse(canvas.dataset.chart);
		data.datasets.forEach((dataset, i) => {
			dataset.backgroundColor = palette[i % palette.length];
			dataset.borderColor = palette[i % palette.length];
		});
		const horizontal = data.type === 'bar' && data.datasets.length === 1 && data.labels.some((l) => l.length > 8);
		const labelAxis = horizontal ? 'y' : 'x';
		const valueAxis = horizontal ? 'x' : 'y';
		new Chart(canvas, {
			type: data.type,
			data: { labels: data.labels, datasets: data.datasets },
			options: {
				indexAxis: labelAxis,
				responsive: true,
				animation: false,
				plugins: { legend: { display: data.datasets.length > 1 } },
				scales: {
					// every figure is a count or a duration: the axis starts at zero, never below
					[valueAxis]: { beginAtZero: true, min: 0, ticks: { precision: 0 } },
					[labelAxis]: {
						ticks: {
							autoSkip: !horizontal,
							callback(value) {
								return shortened(this.getLabelForValue(value));
							},
						},
					},
				},
			},
		});
	});
});
