// Draws the daily communications bar chart from the data embedded in the canvas.
(function () {
    'use strict';
    const canvas = document.getElementById('daily-chart');
    if (!canvas || typeof Chart === 'undefined') {
        return;
    }

    const data = JSON.parse(canvas.dataset.chart);
    const rtl = document.documentElement.dir === 'rtl';
    new Chart(canvas, {
        type: 'bar',
        data: {
            labels: data.labels,
            datasets: [{ label: canvas.getAttribute('aria-label'), data: data.values, backgroundColor: '#0b4f6c' }],
        },
        options: {
            maintainAspectRatio: false,
            animation: false,
            plugins: { legend: { display: false } },
            scales: { x: { reverse: rtl }, y: { beginAtZero: true, position: rtl ? 'right' : 'left' } },
        },
    });
})();
