// The report page's script (copied to out/assets/ by publish). Plain browser JavaScript, no build step:
// it draws each chart from the spec embedded beside it and filters the claims table. Without it the
// page still shows every table and the charts' SVG renders.
'use strict';

(function () {
  /** A chart that cannot be drawn says so, shows its pre-rendered SVG, and logs the reason. */
  function fail(view, reason) {
    view.dataset.state = 'error';
    view.classList.add('chart-error');
    const note = document.createElement('p');
    note.textContent = 'This chart could not be drawn here (' + reason + '); its pre-rendered image follows.';
    const img = document.createElement('img');
    img.src = view.dataset.fallback;
    img.alt = 'pre-rendered chart';
    view.replaceChildren(note, img);
    console.error('chart ' + view.dataset.chart + ': ' + reason);
  }

  function drawCharts() {
    for (const view of document.querySelectorAll('[data-chart]')) {
      view.dataset.state = 'drawing';
      if (typeof window.vegaEmbed !== 'function') { fail(view, 'vega-embed did not load'); continue; }
      let spec;
      try { spec = JSON.parse(document.getElementById(view.dataset.spec).textContent); } catch (e) { fail(view, 'its spec is not readable: ' + e.message); continue; }
      window.vegaEmbed(view, spec, { actions: false, renderer: 'svg' })
        .then(function () { view.dataset.state = 'drawn'; })
        .catch(function (e) { fail(view, e && e.message ? e.message : String(e)); });
    }
  }

  /** Lower case without accents, so "hang tram" finds "hàng trăm". */
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  }

  function filterClaims() {
    const table = document.getElementById('claims-table');
    if (!table) return;
    const box = document.getElementById('claim-filter');
    const measure = document.getElementById('measure-filter');
    const population = document.getElementById('population-filter');
    const counter = document.getElementById('claim-count');
    const rows = Array.from(table.tBodies[0].rows);
    const haystacks = rows.map(function (r) { return fold(r.textContent); });
    function apply() {
      const words = fold(box.value).split(/\s+/).filter(Boolean);
      let shown = 0;
      rows.forEach(function (row, i) {
        const keep = (!measure.value || row.dataset.measure === measure.value)
          && (!population.value || row.dataset.population === population.value)
          && words.every(function (w) { return haystacks[i].includes(w); });
        row.hidden = !keep;
        if (keep) shown += 1;
      });
      counter.textContent = shown + ' of ' + rows.length + ' claims';
    }
    box.addEventListener('input', apply);
    measure.addEventListener('change', apply);
    population.addEventListener('change', apply);
    box.form.addEventListener('submit', function (e) { e.preventDefault(); });
    apply();
  }

  filterClaims();
  drawCharts();
})();
