// Suggests the crisis whose provinces and reporting window contain the call, as soon as the
// province or the time received is known. It only fills an empty crisis field: the operator's
// own choice is never overwritten.
(function () {
    'use strict';
    const form = document.getElementById('communication-form');
    if (!form) {
        return;
    }

    const crisis = form.querySelector('#Input_CrisisId');
    const province = form.querySelector('#Input_ProvinceCode');
    const receivedAt = form.querySelector('#Input_ReceivedAt');
    const windows = JSON.parse(crisis.dataset.crisisWindows || '[]');
    let suggested = false;

    // Converts "dd/mm/yyyy hh:mm" (Latin or Arabic-Indic digits) to "yyyy-mm-dd".
    function localDay(text) {
        const latin = text.replace(/[\u0660-\u0669]/g, d => String(d.charCodeAt(0) - 0x0660))
            .replace(/[\u06F0-\u06F9]/g, d => String(d.charCodeAt(0) - 0x06F0));
        const match = /^\s*(\d{2})\/(\d{2})\/(\d{4})/.exec(latin);
        return match ? `${match[3]}-${match[2]}-${match[1]}` : null;
    }

    function suggest() {
        if (crisis.value && !suggested) {
            return;
        }

        const day = localDay(receivedAt.value);
        const match = windows.find(w => day && w.provinces.includes(province.value) && day >= w.from && day <= w.to);
        crisis.value = match ? match.id : '';
        suggested = Boolean(match);
    }

    crisis.addEventListener('change', () => { suggested = false; });
    province.addEventListener('change', suggest);
    receivedAt.addEventListener('change', suggest);

    // Ctrl+Enter saves from any field, including the summary.
    form.addEventListener('keydown', event => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            form.requestSubmit();
        }
    });
})();
