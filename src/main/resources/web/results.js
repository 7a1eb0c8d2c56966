/*
 * conflict-kg page: reading SPARQL JSON results and drawing them as a table, on a map and on a
 * timeline. No network access: the map's background tiles are only added on request (app.js).
 */
(function () {
  "use strict";

  const XSD = "http://www.w3.org/2001/XMLSchema#";
  const WKT = "http://www.opengis.net/ont/geosparql#wktLiteral";
  const DATE_TYPES = new Set([XSD + "date", XSD + "dateTime", XSD + "dateTimeStamp", XSD + "gYearMonth", XSD + "gYear"]);
  const DATE_TEXT = /^-?\d{4}(-\d{2}(-\d{2})?)?(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/;
  const POINT = /^\s*(<[^>]*>\s*)?POINT\s*Z?\s*\(\s*(-?[\d.]+(?:[eE][-+]?\d+)?)\s+(-?[\d.]+(?:[eE][-+]?\d+)?)/i;
  const LAT_NAMES = /^(lat|latitude)$/i;
  const LONG_NAMES = /^(long|lon|lng|longitude)$/i;
  const LABEL_NAMES = /^(label|name|title|.*label|.*name)$/i;

  /** Prefixes used to shorten IRIs in the table; the same as the saved queries declare. */
  const PREFIXES = {
    ckg: "https://w3id.org/conflict-kg/ontology#",
    id: "https://w3id.org/conflict-kg/id/",
    graph: "https://w3id.org/conflict-kg/graph/",
    rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    rdfs: "http://www.w3.org/2000/01/rdf-schema#",
    owl: "http://www.w3.org/2002/07/owl#",
    xsd: XSD,
    skos: "http://www.w3.org/2004/02/skos/core#",
    dcterms: "http://purl.org/dc/terms/",
    schema: "http://schema.org/",
    prov: "http://www.w3.org/ns/prov#",
    nif: "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    geo: "http://www.opengis.net/ont/geosparql#",
    wgs: "http://www.w3.org/2003/01/geo/wgs84_pos#",
    sem: "http://semanticweb.cs.vu.nl/2009/11/sem/",
    wd: "http://www.wikidata.org/entity/",
    wdt: "http://www.wikidata.org/prop/direct/"
  };

  function vars(results) {
    return (results && results.head && results.head.vars) || [];
  }

  function rows(results) {
    return (results && results.results && results.results.bindings) || [];
  }

  /** A short form of an IRI for display (not always valid SPARQL: "id:event/…" keeps its slashes). */
  function shorten(iri) {
    for (const [p, ns] of Object.entries(PREFIXES)) {
      if (iri.startsWith(ns) && /^[\w.\/-]*$/.test(iri.substring(ns.length))) {
        return p + ":" + iri.substring(ns.length);
      }
    }
    return "<" + iri + ">";
  }

  /** A POINT(long lat) literal's coordinates, or null. */
  function parsePoint(term) {
    if (!term || term.type === "uri" || term.type === "bnode") return null;
    const m = POINT.exec(term.value);
    if (!m) return null;
    const lon = parseFloat(m[2]);
    const lat = parseFloat(m[3]);
    if (!isFinite(lat) || !isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
    return { lat: lat, lon: lon };
  }

  function isDateTerm(term) {
    if (!term || term.type === "uri" || term.type === "bnode") return false;
    if (term.datatype && DATE_TYPES.has(term.datatype)) return true;
    return !term.datatype && DATE_TEXT.test(term.value) && term.value.length >= 7;
  }

  /** Where the coordinates of a result are: a WKT column, or a lat and a long column; or null. */
  function findCoordinates(results) {
    const vs = vars(results);
    const rs = rows(results);
    for (const v of vs) {
      if (rs.some(r => r[v] && (r[v].datatype === WKT || parsePoint(r[v])) && parsePoint(r[v]))) {
        return { wkt: v };
      }
    }
    const lat = vs.find(v => LAT_NAMES.test(v));
    const lon = vs.find(v => LONG_NAMES.test(v));
    if (lat && lon && rs.some(r => r[lat] && r[lon] && isFinite(parseFloat(r[lat].value)) && isFinite(parseFloat(r[lon].value)))) {
      return { lat: lat, lon: lon };
    }
    return null;
  }

  /** The first column holding dates, or null. */
  function findDate(results) {
    const rs = rows(results);
    return vars(results).find(v => rs.some(r => isDateTerm(r[v]))) || null;
  }

  function coordinatesOf(row, where) {
    if (where.wkt) return parsePoint(row[where.wkt]);
    if (!row[where.lat] || !row[where.lon]) return null;
    const lat = parseFloat(row[where.lat].value);
    const lon = parseFloat(row[where.lon].value);
    return isFinite(lat) && isFinite(lon) ? { lat: lat, lon: lon } : null;
  }

  /** The column that names a row best: a label-like literal column, else the first literal. */
  function labelColumn(results, skip) {
    const vs = vars(results).filter(v => !skip.includes(v));
    const rs = rows(results);
    const literal = v => rs.some(r => r[v] && r[v].type !== "uri" && r[v].type !== "bnode"
        && !parsePoint(r[v]) && !isDateTerm(r[v]));
    return vs.find(v => LABEL_NAMES.test(v) && literal(v)) || vs.find(literal) || null;
  }

  /** The first column holding IRIs: the resource a row is about. */
  function resourceColumn(results) {
    const rs = rows(results);
    return vars(results).find(v => rs.some(r => r[v] && r[v].type === "uri")) || null;
  }

  function text(term) {
    return term ? term.value : "";
  }

  // ---- downloads --------------------------------------------------------------------------

  function csvField(s) {
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }

  /** SPARQL 1.1 CSV: a header of variable names, then the plain values. */
  function toCsv(results) {
    const vs = vars(results);
    const lines = [vs.map(csvField).join(",")];
    for (const r of rows(results)) {
      lines.push(vs.map(v => csvField(r[v] ? (r[v].type === "bnode" ? "_:" + r[v].value : r[v].value) : "")).join(","));
    }
    return lines.join("\r\n") + "\r\n";
  }

  // ---- the table --------------------------------------------------------------------------

  const TABLE_LIMIT = 2000;

  const NUMBER = /#(integer|decimal|double|float|int|long|short|nonNegativeInteger|positiveInteger)$/;

  /** Compares two cells for sorting, both there: numbers as numbers, the rest as text. */
  function compareTerms(a, b) {
    if (a.datatype && b.datatype && NUMBER.test(a.datatype) && NUMBER.test(b.datatype)) {
      return parseFloat(a.value) - parseFloat(b.value);
    }
    return a.value.localeCompare(b.value, undefined, { numeric: true });
  }

  /**
   * Draws the table; a click on a column's head sorts the rows by it (again: the other way).
   * {@code link(iri)} gives the address a resource's cell links to.
   */
  function drawTable(container, results, link) {
    container.replaceChildren();
    const vs = vars(results);
    const rs = rows(results);
    const table = document.createElement("table");
    table.className = "results";
    const head = table.createTHead().insertRow();
    const num = document.createElement("th");
    num.textContent = "#";
    head.appendChild(num);
    const body = table.createTBody();
    const sort = { by: null, up: true };
    for (const v of vs) {
      const th = document.createElement("th");
      th.textContent = "?" + v;
      th.title = "Sort by ?" + v;
      th.className = "sortable";
      th.addEventListener("click", () => {
        sort.up = sort.by === v ? !sort.up : true;
        sort.by = v;
        for (const h of head.cells) h.removeAttribute("aria-sort");
        th.setAttribute("aria-sort", sort.up ? "ascending" : "descending");
        // empty cells stay last either way
        const sorted = rs.slice().sort((a, b) => !a[v] || !b[v] ? (a[v] ? -1 : b[v] ? 1 : 0)
            : (sort.up ? 1 : -1) * compareTerms(a[v], b[v]));
        fillRows(body, vs, sorted, link);
      });
      head.appendChild(th);
    }
    fillRows(body, vs, rs, link);
    container.appendChild(table);
    if (rs.length === 0) {
      const p = document.createElement("p");
      p.className = "muted hint";
      p.textContent = "No rows.";
      container.appendChild(p);
    } else if (rs.length > TABLE_LIMIT) {
      const p = document.createElement("p");
      p.className = "muted hint";
      p.textContent = "Showing the first " + TABLE_LIMIT + " of " + rs.length + " rows; the downloads hold them all.";
      container.appendChild(p);
    }
  }

  function fillRows(body, vs, rs, link) {
    body.replaceChildren();
    rs.slice(0, TABLE_LIMIT).forEach((r, i) => {
      const tr = body.insertRow();
      const n = tr.insertCell();
      n.className = "num";
      n.textContent = String(i + 1);
      for (const v of vs) {
        const td = tr.insertCell();
        const t = r[v];
        if (!t) continue;
        if (t.type === "uri") {
          const a = document.createElement("a");
          a.href = link(t.value);
          a.textContent = shorten(t.value);
          a.title = t.value;
          td.appendChild(a);
        } else if (t.type === "bnode") {
          td.textContent = "_:" + t.value;
        } else {
          td.textContent = t.value;
          if (t.datatype && NUMBER.test(t.datatype)) td.className = "number";
          if (t["xml:lang"]) {
            const lang = document.createElement("span");
            lang.className = "lang";
            lang.textContent = "@" + t["xml:lang"];
            td.appendChild(lang);
          }
        }
      }
    });
  }

  // ---- the map ----------------------------------------------------------------------------

  /**
   * Puts one marker per row with coordinates into the layer group and returns their bounds.
   * Each marker has its row's label as title and a popup with the label, a link to the resource
   * and the row's other values.
   */
  function drawMarkers(layer, results, link) {
    layer.clearLayers();
    const where = findCoordinates(results);
    if (!where) return null;
    const coordinateVars = where.wkt ? [where.wkt] : [where.lat, where.lon];
    const labelVar = labelColumn(results, coordinateVars);
    const resourceVar = resourceColumn(results);
    const points = [];
    for (const r of rows(results)) {
      const c = coordinatesOf(r, where);
      if (!c) continue;
      const resource = resourceVar && r[resourceVar] ? r[resourceVar].value : null;
      const label = (labelVar && text(r[labelVar])) || (resource ? shorten(resource) : c.lat + ", " + c.lon);
      const marker = L.marker([c.lat, c.lon], { title: label, alt: label });
      const popup = document.createElement("div");
      popup.className = "marker-popup";
      const name = document.createElement("strong");
      name.textContent = label;
      popup.appendChild(name);
      if (resource) {
        const a = document.createElement("a");
        a.href = link(resource);
        a.textContent = shorten(resource);
        a.title = resource;
        a.className = "resource";
        popup.appendChild(document.createElement("br"));
        popup.appendChild(a);
      }
      const dl = document.createElement("dl");
      for (const v of vars(results)) {
        if (v === labelVar || coordinateVars.includes(v) || v === resourceVar || !r[v]) continue;
        if (LAT_NAMES.test(v) || LONG_NAMES.test(v)) continue;
        const dt = document.createElement("dt");
        dt.textContent = v;
        const dd = document.createElement("dd");
        dd.textContent = r[v].type === "uri" ? shorten(r[v].value) : r[v].value;
        dl.append(dt, dd);
      }
      if (dl.childElementCount) popup.appendChild(dl);
      marker.bindPopup(popup);
      marker.addTo(layer);
      points.push({ marker: marker, label: label, at: [c.lat, c.lon] });
    }
    labelMarkers(layer, false);
    return points.length ? L.latLngBounds(points.map(p => p.at)) : null;
  }

  /**
   * Names the markers: always ({@code permanent}, for when the map is zoomed in far enough for the
   * names not to pile up; on a plain background they are what tells the places apart) or on hover.
   */
  function labelMarkers(layer, permanent) {
    layer.eachLayer(m => {
      if (m.getTooltip() && m.getTooltip().options.permanent === permanent) return;
      m.unbindTooltip();
      m.bindTooltip(m.options.title, { permanent: permanent, direction: "right", offset: [8, -20], className: "place-label" });
    });
  }

  // ---- the timeline -----------------------------------------------------------------------

  const SVG = "http://www.w3.org/2000/svg";
  const DAY = 86400000;

  function svg(name, attrs) {
    const e = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    return e;
  }

  function dayOf(value) {
    const m = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
    if (!m) return null;
    return Date.UTC(parseInt(m[1], 10), m[2] ? parseInt(m[2], 10) - 1 : 0, m[3] ? parseInt(m[3], 10) : 1);
  }

  /**
   * Draws the rows along time: an overview strip (how many rows each day, as bars on an axis)
   * above a list grouped by day. Rows without a date are listed at the end.
   */
  function drawTimeline(container, results, link) {
    container.replaceChildren();
    const dateVar = findDate(results);
    if (!dateVar) return 0;
    const labelVar = labelColumn(results, [dateVar]);
    const resourceVar = resourceColumn(results);
    const others = vars(results).filter(v => v !== dateVar && v !== labelVar && v !== resourceVar);
    const byDay = new Map();
    const undated = [];
    for (const r of rows(results)) {
      const d = isDateTerm(r[dateVar]) ? r[dateVar].value.substring(0, 10) : null;
      if (!d) {
        undated.push(r);
        continue;
      }
      if (!byDay.has(d)) byDay.set(d, []);
      byDay.get(d).push(r);
    }
    const days = [...byDay.keys()].sort();
    if (days.length) container.appendChild(overview(days, byDay));

    const list = document.createElement("ol");
    list.className = "tl-list";
    const item = r => {
      const li = document.createElement("li");
      li.className = "tl-item";
      // named by the label column, or else by the first literal the row has
      const named = [labelVar].concat(others).find(v => v && r[v] && r[v].type !== "uri" && r[v].type !== "bnode");
      const title = document.createElement("span");
      title.className = "tl-label";
      title.textContent = named ? r[named].value
          : resourceVar && r[resourceVar] ? shorten(r[resourceVar].value) : "(row)";
      li.appendChild(title);
      const details = [labelVar].concat(others).filter(v => v && v !== named && r[v])
          .map(v => r[v].type === "uri" ? shorten(r[v].value) : r[v].value);
      if (details.length) {
        const more = document.createElement("span");
        more.className = "tl-details";
        more.textContent = details.join(" · ");
        li.appendChild(more);
      }
      if (resourceVar && r[resourceVar] && r[resourceVar].type === "uri") {
        const a = document.createElement("a");
        a.href = link(r[resourceVar].value);
        a.textContent = shorten(r[resourceVar].value);
        a.title = r[resourceVar].value;
        a.className = "tl-resource";
        li.appendChild(a);
      }
      return li;
    };
    const group = (heading, rs) => {
      const g = document.createElement("li");
      g.className = "tl-day";
      const h = document.createElement("h4");
      h.textContent = heading;
      g.appendChild(h);
      const ul = document.createElement("ul");
      rs.forEach(r => ul.appendChild(item(r)));
      g.appendChild(ul);
      list.appendChild(g);
    };
    days.forEach(d => group(d, byDay.get(d)));
    if (undated.length) group("no date", undated);
    container.appendChild(list);
    return days.length;
  }

  function overview(days, byDay) {
    const width = 900, height = 90, left = 30, right = 20, base = 62;
    const first = dayOf(days[0]);
    const last = dayOf(days[days.length - 1]);
    const span = Math.max(last - first, DAY);
    const x = t => left + (width - left - right) * (days.length === 1 ? 0.5 : (t - first) / span);
    const max = Math.max(...days.map(d => byDay.get(d).length));
    const chart = svg("svg", { viewBox: "0 0 " + width + " " + height, class: "tl-overview", role: "img" });
    const title = svg("title");
    title.textContent = days.length + " days from " + days[0] + " to " + days[days.length - 1];
    chart.appendChild(title);
    chart.appendChild(svg("line", { x1: left, x2: width - right, y1: base, y2: base, class: "tl-axis" }));
    const barWidth = Math.max(3, Math.min(14, (width - left - right) / Math.max(1, span / DAY) * 0.8));
    for (const d of days) {
      const n = byDay.get(d).length;
      const h = 8 + (base - 14) * n / max;
      const bar = svg("rect", { x: x(dayOf(d)) - barWidth / 2, y: base - h, width: barWidth, height: h, class: "tl-bar" });
      const t = svg("title");
      t.textContent = d + ": " + n + (n === 1 ? " row" : " rows");
      bar.appendChild(t);
      chart.appendChild(bar);
    }
    // axis labels: the first and last day, and a few in between when there is room
    const ticks = days.length <= 2 ? days : [days[0], days[Math.floor(days.length / 2)], days[days.length - 1]];
    let lastX = -Infinity;
    for (const d of ticks) {
      const tx = x(dayOf(d));
      if (tx - lastX < 90) continue;
      lastX = tx;
      chart.appendChild(svg("line", { x1: tx, x2: tx, y1: base, y2: base + 5, class: "tl-axis" }));
      // labels near the ends lean inwards so that they are not cut off
      const anchor = tx < left + 40 ? "start" : tx > width - right - 40 ? "end" : "middle";
      const label = svg("text", { x: tx, y: base + 20, class: "tl-tick", "text-anchor": anchor });
      label.textContent = d;
      chart.appendChild(label);
    }
    return chart;
  }

  window.CKGResults = {
    PREFIXES: PREFIXES,
    vars: vars,
    rows: rows,
    shorten: shorten,
    parsePoint: parsePoint,
    findCoordinates: findCoordinates,
    findDate: findDate,
    toCsv: toCsv,
    drawTable: drawTable,
    drawMarkers: drawMarkers,
    labelMarkers: labelMarkers,
    drawTimeline: drawTimeline
  };
})();
