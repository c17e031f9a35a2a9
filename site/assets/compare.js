// The compare page's progressive enhancement: the reader picks two to six units, the choice goes into the address
// (?units=ha-noi,hue) so it can be shared, and the tables and line charts are drawn from the open data JSON.
// Without this script the page still shows each region's units side by side, rendered by the portal.
(function () {
  'use strict';

  var MIN = 2;
  var MAX = 6;
  var SVG_NS = 'http://www.w3.org/2000/svg';
  // Each unit gets a colour, a marker shape and a line pattern, so lines are told apart without colour.
  var COLOURS = ['#1f5fa8', '#b2472b', '#2e7d32', '#6a3d9a', '#8a5a00', '#00695c'];
  var DASHES = ['', '8 4', '2 4', '10 4 2 4', '4 4', '14 6'];
  var SHAPES = ['circle', 'square', 'triangle', 'diamond', 'cross', 'triangle-down'];

  var form = document.getElementById('compare-form');
  var result = document.getElementById('compare-result');
  var status = document.getElementById('compare-status');
  if (!form || !result || !status || !window.fetch) {
    return;
  }
  var lang = form.dataset.lang;
  var root = form.dataset.dataRoot;
  var known = Array.prototype.map.call(form.querySelectorAll('input[name="unit"]'), function (box) {
    return box.value;
  });
  var catalogPromise = null;
  var provinceCache = {};

  function msg(name) {
    var text = form.dataset['msg' + name.charAt(0).toUpperCase() + name.slice(1)] || '';
    for (var i = 1; i < arguments.length; i++) {
      text = text.split('{' + (i - 1) + '}').join(arguments[i]);
    }
    return text;
  }

  // Exact decimals as in the open data: the JSON's number text is kept, never turned into a float for display.
  function parseExact(text) {
    return JSON.parse(text.replace(/"value":(\s*)(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g, '"value":$1"$2"'));
  }

  function getJson(path) {
    return fetch(root + path, { headers: { Accept: 'application/json' } }).then(function (response) {
      if (!response.ok) {
        throw new Error(path + ': ' + response.status);
      }
      return response.text();
    }).then(parseExact);
  }

  function catalog() {
    if (!catalogPromise) {
      catalogPromise = getJson('catalog.json');
    }
    return catalogPromise;
  }

  function province(id) {
    if (!provinceCache[id]) {
      provinceCache[id] = getJson('provinces/' + id + '.json');
    }
    return provinceCache[id];
  }

  function formatNumber(text, percent) {
    var negative = text.charAt(0) === '-';
    var digits = negative ? text.slice(1) : text;
    var point = digits.indexOf('.');
    var integer = point < 0 ? digits : digits.slice(0, point);
    var group = lang === 'vi' ? '.' : ',';
    var out = negative ? '\u2212' : '';
    for (var i = 0; i < integer.length; i++) {
      if (i > 0 && (integer.length - i) % 3 === 0) {
        out += group;
      }
      out += integer.charAt(i);
    }
    if (point >= 0) {
      out += (lang === 'vi' ? ',' : '.') + digits.slice(point + 1);
    }
    if (percent) {
      out += lang === 'vi' ? '\u00a0%' : '%';
    }
    return out;
  }

  function formatValue(point, indicator) {
    var number = formatNumber(String(point.value), indicator.unit === '%');
    if (point.qualifier) {
      return msg('qualifier' + point.qualifier.split('-').map(function (part) {
        return part.charAt(0).toUpperCase() + part.slice(1);
      }).join(''), number);
    }
    return number;
  }

  // As the portal writes a period short: "2025", "Quý 1/2025" / "Q1 2025", "Tháng 3/2025" / "Mar 2025".
  function formatPeriod(period) {
    if (period.length === 4) {
      return period;
    }
    if (period.charAt(5) === 'Q') {
      return msg('periodQuarter', period.slice(0, 4), period.charAt(6));
    }
    return msg('periodMonth', period.slice(0, 4), form.dataset.months.split(',')[Number(period.slice(5, 7)) - 1]);
  }

  function periodEnd(period) {
    var year = Number(period.slice(0, 4));
    if (period.length === 4) {
      return year * 100 + 12;
    }
    if (period.charAt(5) === 'Q') {
      return year * 100 + Number(period.charAt(6)) * 3;
    }
    return year * 100 + Number(period.slice(5, 7));
  }

  function comparePeriods(a, b) {
    return periodEnd(a) - periodEnd(b) || (a < b ? -1 : a > b ? 1 : 0);
  }

  function latestActual(data, indicatorId) {
    var series = (data.series || []).filter(function (s) {
      return s.indicator === indicatorId && s.kind === 'actual';
    })[0];
    if (!series || series.points.length === 0) {
      return null;
    }
    return series.points.slice().sort(function (a, b) {
      return comparePeriods(a.period, b.period);
    })[series.points.length - 1];
  }

  function el(name, attributes, children) {
    var node = document.createElement(name);
    Object.keys(attributes || {}).forEach(function (key) {
      node.setAttribute(key, attributes[key]);
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  function svg(name, attributes) {
    var node = document.createElementNS(SVG_NS, name);
    Object.keys(attributes || {}).forEach(function (key) {
      node.setAttribute(key, attributes[key]);
    });
    return node;
  }

  function marker(shape, x, y, colour) {
    var r = 5;
    var attributes = { fill: colour, stroke: '#ffffff', 'stroke-width': '1' };
    if (shape === 'circle') {
      attributes.cx = x; attributes.cy = y; attributes.r = r;
      return svg('circle', attributes);
    }
    var points;
    if (shape === 'square') {
      points = [[x - r, y - r], [x + r, y - r], [x + r, y + r], [x - r, y + r]];
    } else if (shape === 'triangle') {
      points = [[x, y - r - 1], [x + r + 1, y + r], [x - r - 1, y + r]];
    } else if (shape === 'triangle-down') {
      points = [[x - r - 1, y - r], [x + r + 1, y - r], [x, y + r + 1]];
    } else if (shape === 'diamond') {
      points = [[x, y - r - 1], [x + r + 1, y], [x, y + r + 1], [x - r - 1, y]];
    } else {
      var a = 2;
      points = [[x - a, y - r], [x + a, y - r], [x + a, y - a], [x + r, y - a], [x + r, y + a], [x + a, y + a],
        [x + a, y + r], [x - a, y + r], [x - a, y + a], [x - r, y + a], [x - r, y - a], [x - a, y - a]];
    }
    attributes.points = points.map(function (p) { return p[0] + ',' + p[1]; }).join(' ');
    return svg('polygon', attributes);
  }

  function lineChart(indicator, units, datasets, index) {
    var name = indicator.name[lang];
    var periods = [];
    var lines = units.map(function (unit, u) {
      var series = (datasets[u].series || []).filter(function (s) {
        return s.indicator === indicator.id && s.kind === 'actual';
      })[0];
      var points = series ? series.points.slice() : [];
      points.forEach(function (p) {
        if (periods.indexOf(p.period) < 0) {
          periods.push(p.period);
        }
      });
      return points;
    });
    if (periods.length === 0) {
      return null;
    }
    periods.sort(comparePeriods);
    var values = [];
    lines.forEach(function (points) {
      points.forEach(function (p) { values.push(Number(p.value)); });
    });
    var min = Math.min(0, Math.min.apply(null, values));
    var max = Math.max.apply(null, values);
    if (max === min) {
      max = min + 1;
    }
    var width = 640, height = 300, left = 64, right = 16, top = 16, bottom = 40;
    var x = function (period) {
      var i = periods.indexOf(period);
      return periods.length === 1 ? left + (width - left - right) / 2
        : left + i * (width - left - right) / (periods.length - 1);
    };
    var y = function (value) {
      return top + (height - top - bottom) * (1 - (value - min) / (max - min));
    };
    var id = 'compare-chart-' + index;
    var chart = svg('svg', {
      viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-labelledby': id + '-title ' + id + '-desc',
      class: 'compare-chart', width: String(width), height: String(height)
    });
    var title = svg('title', { id: id + '-title' });
    title.textContent = msg('chartTitle', name);
    var desc = svg('desc', { id: id + '-desc' });
    desc.textContent = msg('chartDescription', name, units.map(function (u) { return u.name[lang]; }).join(', '));
    chart.appendChild(title);
    chart.appendChild(desc);
    [min, (min + max) / 2, max].forEach(function (tick) {
      chart.appendChild(svg('line', { x1: left, x2: width - right, y1: y(tick), y2: y(tick), stroke: '#c8ced6' }));
      var label = svg('text', { x: left - 6, y: y(tick) + 4, 'text-anchor': 'end', 'font-size': '12', fill: '#1b1f24' });
      label.textContent = formatNumber(String(Math.round(tick * 100) / 100), indicator.unit === '%');
      chart.appendChild(label);
    });
    periods.forEach(function (period) {
      var label = svg('text', { x: x(period), y: height - bottom + 18, 'text-anchor': 'middle', 'font-size': '12',
        fill: '#1b1f24' });
      label.textContent = formatPeriod(period);
      chart.appendChild(label);
    });
    lines.forEach(function (points, u) {
      points.sort(function (a, b) { return comparePeriods(a.period, b.period); });
      var colour = COLOURS[u];
      if (points.length > 1) {
        chart.appendChild(svg('polyline', {
          fill: 'none', stroke: colour, 'stroke-width': '2.5', 'stroke-dasharray': DASHES[u] || 'none',
          points: points.map(function (p) { return x(p.period) + ',' + y(Number(p.value)); }).join(' ')
        }));
      }
      points.forEach(function (p) {
        var mark = marker(SHAPES[u], x(p.period), y(Number(p.value)), colour);
        var tip = svg('title');
        tip.textContent = units[u].name[lang] + ', ' + formatPeriod(p.period) + ': ' + formatValue(p, indicator);
        mark.appendChild(tip);
        chart.appendChild(mark);
      });
    });

    var legend = el('ul', { class: 'plain compare-legend' }, units.map(function (unit, u) {
      var sample = svg('svg', { width: '44', height: '14', viewBox: '0 0 44 14', 'aria-hidden': 'true',
        focusable: 'false' });
      sample.appendChild(svg('line', { x1: '0', x2: '44', y1: '7', y2: '7', stroke: COLOURS[u], 'stroke-width': '2.5',
        'stroke-dasharray': DASHES[u] || 'none' }));
      sample.appendChild(marker(SHAPES[u], 22, 7, COLOURS[u]));
      return el('li', {}, [sample, ' ' + unit.name[lang]]);
    }));

    var head = [el('th', { scope: 'col' }, [msg('period')])].concat(units.map(function (unit) {
      return el('th', { scope: 'col' }, [unit.name[lang]]);
    }));
    var rows = periods.map(function (period) {
      return el('tr', {}, [el('th', { scope: 'row' }, [formatPeriod(period)])].concat(lines.map(function (points) {
        var point = points.filter(function (p) { return p.period === period; })[0];
        return point ? el('td', { class: 'num' }, [formatValue(point, indicator)])
          : el('td', { class: 'muted' }, [msg('none')]);
      })));
    });
    var table = el('div', { class: 'table-wrap', role: 'region', tabindex: '0', 'aria-label': name }, [
      el('table', {}, [el('caption', {}, [name]), el('thead', {}, [el('tr', {}, head)]), el('tbody', {}, rows)])]);
    var scroll = el('div', { class: 'figure-scroll', role: 'region', tabindex: '0', 'aria-label': name }, []);
    scroll.appendChild(chart);
    return el('figure', { class: 'chart compare-figure' }, [
      el('figcaption', {}, [name]), scroll, legend,
      el('details', { class: 'chart-data' }, [el('summary', {}, [msg('chartTable')]), table])]);
  }

  function render(units, cat, datasets) {
    var names = units.map(function (u) { return u.name[lang]; }).join(', ');
    var content = [el('h2', { id: 'compare-result-heading', tabindex: '-1' }, [msg('tablesHeading')])];
    cat.pillars.forEach(function (pillar) {
      var indicators = cat.indicators.filter(function (i) { return i.pillar === pillar.id; });
      if (indicators.length === 0) {
        return;
      }
      var head = [el('th', { scope: 'col' }, [msg('indicator')])].concat(units.map(function (unit) {
        return el('th', { scope: 'col' }, [
          el('a', { href: form.dataset.provincePath.replace('UNIT', unit.id) }, [unit.name[lang]])]);
      }));
      var rows = indicators.map(function (indicator) {
        return el('tr', {}, [el('th', { scope: 'row' }, [indicator.name[lang]])].concat(datasets.map(function (data) {
          var point = latestActual(data, indicator.id);
          return point
            ? el('td', { class: 'num' }, [formatValue(point, indicator) + ' ',
              el('span', { class: 'small muted' }, ['(' + formatPeriod(point.period) + ')'])])
            : el('td', { class: 'muted' }, [msg('none')]);
        })));
      });
      var caption = msg('tableCaption', pillar.name[lang], names);
      content.push(el('div', { class: 'table-wrap', role: 'region', tabindex: '0', 'aria-label': caption }, [
        el('table', { class: 'compare-table' }, [el('caption', {}, [caption]),
          el('thead', {}, [el('tr', {}, head)]), el('tbody', {}, rows)])]));
    });
    content.push(el('h2', {}, [msg('chartsHeading')]));
    cat.indicators.forEach(function (indicator, index) {
      var figure = lineChart(indicator, units, datasets, index);
      if (figure) {
        content.push(el('h3', {}, [indicator.name[lang]]));
        content.push(figure);
      }
    });
    result.replaceChildren.apply(result, content);
    return names;
  }

  function chosenFromAddress() {
    var params = new URLSearchParams(window.location.search);
    var ids = [];
    (params.get('units') || '').split(',').concat(params.getAll('unit')).forEach(function (id) {
      id = id.trim();
      if (id && ids.indexOf(id) < 0) {
        ids.push(id);
      }
    });
    return ids;
  }

  function check(ids) {
    var unknown = ids.filter(function (id) { return known.indexOf(id) < 0; });
    if (unknown.length > 0) {
      return msg('unknown', unknown.join(', '));
    }
    if (ids.length < MIN) {
      return msg('tooFew');
    }
    if (ids.length > MAX) {
      return msg('tooMany');
    }
    return null;
  }

  function show(ids, moveFocus) {
    Array.prototype.forEach.call(form.querySelectorAll('input[name="unit"]'), function (box) {
      box.checked = ids.indexOf(box.value) >= 0;
    });
    if (ids.length === 0) {
      result.replaceChildren();
      status.textContent = '';
      return;
    }
    var problem = check(ids);
    if (problem) {
      result.replaceChildren();
      status.textContent = problem;
      return;
    }
    status.textContent = msg('loading');
    Promise.all([catalog()].concat(ids.map(province))).then(function (loaded) {
      var cat = loaded[0];
      var datasets = loaded.slice(1);
      var units = datasets.map(function (data) { return data.province; });
      var names = render(units, cat, datasets);
      status.textContent = msg('shown', names);
      if (moveFocus) {
        document.getElementById('compare-result-heading').focus();
      }
    }).catch(function () {
      result.replaceChildren();
      status.textContent = msg('failed');
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var ids = Array.prototype.filter.call(form.querySelectorAll('input[name="unit"]'), function (box) {
      return box.checked;
    }).map(function (box) { return box.value; });
    var problem = check(ids);
    if (problem) {
      result.replaceChildren();
      status.textContent = problem;
      return;
    }
    var address = window.location.pathname + '?units=' + ids.join(',');
    window.history.pushState({ units: ids }, '', address);
    show(ids, true);
  });

  window.addEventListener('popstate', function () {
    show(chosenFromAddress(), false);
  });

  form.hidden = false;
  show(chosenFromAddress(), false);
}());
