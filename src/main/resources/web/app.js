/*
 * conflict-kg page: the gallery of saved queries, the SPARQL editor (YASQE from the YASGUI bundle),
 * running queries against /conflict/sparql, the result views, downloads and shareable links.
 * Everything it loads comes from this server; the map's tiles only when the user asks for them.
 */
(function () {
  "use strict";

  const R = window.CKGResults;
  const ENDPOINT = "/conflict/sparql";
  const KEPT = " (kept answer, data unchanged)";
  const OWN = "https://w3id.org/conflict-kg/";
  const TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
  const TILES_KEY = "ckg.tiles";
  const STARTER = [
    "PREFIX ckg:  <https://w3id.org/conflict-kg/ontology#>",
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
    "",
    "SELECT ?event ?type ?date WHERE {",
    "  ?event a ?class ; ckg:eventDate ?date .",
    "  ?class rdfs:subClassOf ckg:Event ; rdfs:label ?type .",
    "}",
    "ORDER BY ?date",
    "LIMIT 100",
    ""
  ].join("\n");

  const $ = id => document.getElementById(id);
  const state = {
    queries: [],       // the saved queries, from /api/queries
    name: null,        // the saved query in the editor, while unchanged
    results: null,     // the last SPARQL JSON results
    view: "table",
    drawn: { map: null, timeline: null }  // which results each view shows
  };
  let yasqe = null;
  let map = null, markers = null, tiles = null;

  // ---- talking to the endpoint -------------------------------------------------------------

  async function sparql(query) {
    const resp = await fetch(ENDPOINT, {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/sparql-results+json, text/turtle;q=0.9, */*;q=0.1"
      },
      body: new URLSearchParams({ query: query })
    });
    const type = resp.headers.get("Content-Type") || "";
    // "hit": the server sent an answer it kept for this query on the same data
    const kept = resp.headers.get("X-Answer-Cache") === "hit";
    const body = await resp.text();
    if (!resp.ok) {
      throw new Error(body.trim() || (resp.status + " " + resp.statusText));
    }
    if (type.includes("json")) {
      return { json: JSON.parse(body), kept: kept };
    }
    return { text: body, type: type, kept: kept };
  }

  // ---- the ontology, for completion and the vocabulary list --------------------------------

  const ontology = sparql([
    "PREFIX owl:  <http://www.w3.org/2002/07/owl#>",
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
    "SELECT ?term ?kind (SAMPLE(?l) AS ?label) (SAMPLE(?c) AS ?comment) WHERE {",
    "  ?term a ?kind .",
    "  VALUES ?kind { owl:Class owl:ObjectProperty owl:DatatypeProperty owl:TransitiveProperty",
    "                 owl:SymmetricProperty owl:AnnotationProperty }",
    "  FILTER(STRSTARTS(STR(?term), \"" + R.PREFIXES.ckg + "\"))",
    "  OPTIONAL { ?term rdfs:label ?l } OPTIONAL { ?term rdfs:comment ?c }",
    "} GROUP BY ?term ?kind ORDER BY ?term"
  ].join("\n")).then(answer => {
    const classes = [], properties = [];
    const seen = new Set();
    for (const r of R.rows(answer.json)) {
      if (seen.has(r.term.value)) continue;
      seen.add(r.term.value);
      const entry = {
        iri: r.term.value,
        kind: r.kind.value.split("#")[1],
        label: r.label ? r.label.value : "",
        comment: r.comment ? r.comment.value : ""
      };
      (entry.kind === "Class" ? classes : properties).push(entry);
    }
    return { classes: classes, properties: properties };
  }).catch(e => {
    console.warn("could not read the ontology", e);
    return { classes: [], properties: [] };
  });

  const COMMON_PROPERTIES = [
    R.PREFIXES.rdf + "type", R.PREFIXES.rdfs + "label", R.PREFIXES.rdfs + "comment",
    R.PREFIXES.rdfs + "subClassOf", R.PREFIXES.owl + "sameAs",
    R.PREFIXES.geo + "hasGeometry", R.PREFIXES.geo + "asWKT", R.PREFIXES.wgs + "lat", R.PREFIXES.wgs + "long",
    R.PREFIXES.nif + "anchorOf", R.PREFIXES.nif + "beginIndex", R.PREFIXES.nif + "endIndex"
  ];

  // ---- the editor --------------------------------------------------------------------------

  function setupEditor() {
    const Yasqe = window.Yasqe || window.Yasgui.Yasqe;
    // YASQE's own completers ask prefix.cc and LOV on the network; these answer from this graph.
    const prefixLines = Object.entries(R.PREFIXES)
        .filter(([p]) => p !== "id" && p !== "graph")
        .map(([p, ns]) => p + ": <" + ns + ">").sort();
    Yasqe.forkAutocompleter("prefixes", { name: "ckgPrefixes", get: prefixLines, persistenceId: null }, false);
    Yasqe.forkAutocompleter("class", {
      name: "ckgClasses", bulk: true, persistenceId: null,
      get: () => ontology.then(o => o.classes.map(c => c.iri))
    }, false);
    Yasqe.forkAutocompleter("property", {
      name: "ckgProperties", bulk: true, persistenceId: null,
      get: () => ontology.then(o => o.properties.map(p => p.iri).concat(COMMON_PROPERTIES))
    }, false);
    Yasqe.defaults.autocompleters = ["variables", "ckgPrefixes", "ckgClasses", "ckgProperties"];
    yasqe = new Yasqe($("editor"), {
      value: STARTER,
      persistenceId: null,          // the page's link, not local storage, keeps a query
      showQueryButton: false,
      createShareableLink: null,
      consumeShareLink: null,
      resizeable: true,
      editorHeight: "300px",
      requestConfig: { endpoint: ENDPOINT, method: "POST" },
      extraKeys: { "Ctrl-Enter": () => run(), "Cmd-Enter": () => run() }
    });
    yasqe.on("change", () => {
      const saved = state.name && state.queries.find(q => q.name === state.name);
      if (saved && saved.query !== yasqe.getValue()) {
        state.name = null;
        markSelected();
      }
      updateLink();
    });
  }

  function titleOf(text) {
    const m = /^\s*#\s*title:\s*(.+)$/mi.exec(text);
    return m ? m[1].trim() : null;
  }

  function descriptionOf(text) {
    const m = /^\s*#\s*description:\s*(.+)$/mi.exec(text);
    return m ? m[1].trim() : "";
  }

  function showHeading(text) {
    $("query-title").textContent = titleOf(text) || (state.name ? state.name : "Your query");
    $("query-description").textContent = descriptionOf(text);
  }

  // ---- the gallery -------------------------------------------------------------------------

  async function loadGallery() {
    const gallery = $("gallery");
    try {
      const resp = await fetch("/api/queries");
      if (!resp.ok) throw new Error(resp.status + " " + resp.statusText);
      state.queries = await resp.json();
    } catch (e) {
      gallery.replaceChildren(message("The saved queries could not be loaded: " + e.message, "error"));
      return;
    }
    const groups = new Map();
    for (const q of state.queries) {
      if (!groups.has(q.category)) groups.set(q.category, []);
      groups.get(q.category).push(q);
    }
    gallery.replaceChildren();
    for (const [category, queries] of groups) {
      const section = document.createElement("section");
      section.className = "category";
      const h = document.createElement("h3");
      h.textContent = category;
      section.appendChild(h);
      for (const q of queries) {
        const card = document.createElement("button");
        card.type = "button";
        card.className = "query-card";
        card.dataset.name = q.name;
        card.dataset.search = [q.title, q.description, q.category, q.name].join(" ").toLowerCase();
        const title = document.createElement("span");
        title.className = "query-title";
        title.textContent = q.title;
        card.appendChild(title);
        if (q.needsNetwork) {
          const badge = document.createElement("span");
          badge.className = "badge";
          badge.textContent = "needs a network";
          badge.title = "This query asks another SPARQL service and fails without a network.";
          card.appendChild(badge);
        }
        const desc = document.createElement("span");
        desc.className = "query-description";
        desc.textContent = q.description;
        card.appendChild(desc);
        card.addEventListener("click", () => openSaved(q.name, "table"));
        section.appendChild(card);
      }
      gallery.appendChild(section);
    }
    filterGallery();
    markSelected();
  }

  function filterGallery() {
    const words = $("filter").value.toLowerCase().split(/\s+/).filter(w => w);
    let shown = 0;
    for (const section of document.querySelectorAll("#gallery .category")) {
      let any = false;
      for (const card of section.querySelectorAll(".query-card")) {
        const match = words.every(w => card.dataset.search.includes(w));
        card.hidden = !match;
        if (match) {
          any = true;
          shown++;
        }
      }
      section.hidden = !any;
    }
    const total = state.queries.length;
    $("gallery-count").textContent = words.length ? shown + " of " + total + " queries" : total + " queries";
  }

  function markSelected() {
    for (const card of document.querySelectorAll(".query-card")) {
      card.classList.toggle("selected", card.dataset.name === state.name);
    }
  }

  function openSaved(name, view) {
    const q = state.queries.find(x => x.name === name);
    if (!q) {
      showError("There is no saved query named '" + name + "'.");
      return;
    }
    open(q.query, view, q.name, !q.needsNetwork);
    if (q.needsNetwork) {
      setStatus("This query asks another SPARQL service and needs a network: press Run to try it.");
    }
  }

  /** Puts a query into the editor and, when asked, runs it and shows the given view. */
  function open(text, view, name, runIt) {
    state.name = name || null;
    yasqe.setValue(text);
    state.name = name || null;     // setValue's change event may have cleared it
    yasqe.collapsePrefixes(true);  // the query itself, not its PREFIX lines, fills the editor
    markSelected();
    showHeading(text);
    state.view = view || "table";
    clearResults();
    updateLink();
    if (runIt) run();
  }

  // ---- running and showing results ---------------------------------------------------------

  let running = 0;

  async function run() {
    const text = yasqe.getValue();
    const ticket = ++running;
    showHeading(text);
    hideError();
    setStatus("Running…");
    $("run").disabled = true;
    const started = performance.now();
    try {
      const answer = await sparql(text);
      if (ticket !== running) return;
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      if (answer.json && answer.json.boolean !== undefined) {
        showResults(null);
        $("table-view").replaceChildren(message("Answer: " + answer.json.boolean, "answer"));
        setStatus("ASK answered in " + seconds + " s");
      } else if (answer.json) {
        showResults(answer.json);
        const n = R.rows(answer.json).length;
        setStatus(n + (n === 1 ? " row" : " rows") + " in " + seconds + " s" + (answer.kept ? KEPT : ""));
      } else {
        showResults(null);
        const pre = document.createElement("pre");
        pre.className = "raw";
        pre.textContent = answer.text;
        $("table-view").replaceChildren(pre);
        setStatus("Answered as " + answer.type + " in " + seconds + " s" + (answer.kept ? KEPT : ""));
      }
      updateLink(true);
    } catch (e) {
      if (ticket !== running) return;
      showResults(null);
      setStatus("");
      showError(e.message);
    } finally {
      if (ticket === running) $("run").disabled = false;
    }
  }

  function clearResults() {
    state.results = null;
    state.drawn = { map: null, timeline: null };
    hideError();
    setStatus("");
    $("table-view").replaceChildren(message("Press Run to see the results.", "muted hint"));
    $("timeline").replaceChildren();
    if (markers) markers.clearLayers();
    enableViews();
    setView(state.view);
  }

  function showResults(results) {
    state.results = results;
    state.drawn = { map: null, timeline: null };
    if (results) {
      R.drawTable($("table-view"), results, link);
    } else {
      $("table-view").replaceChildren();
    }
    enableViews();
    setView(state.view);
  }

  function enableViews() {
    const r = state.results;
    $("view-map").disabled = !(r && R.findCoordinates(r));
    $("view-timeline").disabled = !(r && R.findDate(r));
    $("download-csv").disabled = !r;
    $("download-json").disabled = !r;
  }

  /**
   * Shows a view, or the table when the results cannot be shown that way. While results are
   * awaited the wanted view is kept, so that a link's view survives the run.
   */
  function setView(view) {
    const button = $("view-" + view);
    const shown = !button || button.disabled ? "table" : view;
    state.view = state.results ? shown : view;
    for (const b of document.querySelectorAll(".views .view")) {
      const on = b.dataset.view === shown;
      b.classList.toggle("active", on);
      b.setAttribute("aria-selected", String(on));
    }
    $("table-view").hidden = shown !== "table";
    $("map-view").hidden = shown !== "map";
    $("timeline-view").hidden = shown !== "timeline";
    if (shown === "map") drawMap();
    if (shown === "timeline" && state.drawn.timeline !== state.results) {
      R.drawTimeline($("timeline"), state.results, link);
      state.drawn.timeline = state.results;
    }
    updateLink(state.results !== null);
  }

  function drawMap() {
    if (!map) {
      map = L.map("map", { worldCopyJump: true }).setView([30, 20], 3);
      markers = L.layerGroup().addTo(map);
      L.control.scale().addTo(map);
      map.attributionControl.setPrefix(false);
      map.on("zoomend", labelMarkers);
      graticule().addTo(map);
      $("tiles").checked = localStorage.getItem(TILES_KEY) === "on";
      showTiles($("tiles").checked);
    }
    map.invalidateSize();
    if (state.drawn.map !== state.results) {
      const bounds = R.drawMarkers(markers, state.results, link);
      state.drawn.map = state.results;
      if (bounds) map.fitBounds(bounds, { padding: [40, 40], maxZoom: 8 });
      labelMarkers();
    }
  }

  /** Parallels and meridians every 10 degrees: something to read positions by without tiles. */
  function graticule() {
    const lines = [];
    for (let lat = -80; lat <= 80; lat += 10) {
      lines.push([[lat, -540], [lat, 540]]);
    }
    for (let lon = -540; lon <= 540; lon += 10) {
      lines.push([[-85, lon], [85, lon]]);
    }
    return L.polyline(lines, { color: "#b8c7d4", weight: 1, opacity: 0.9, interactive: false });
  }

  /** Place names stay on the map once it is zoomed in far enough for them not to pile up. */
  function labelMarkers() {
    R.labelMarkers(markers, map.getZoom() >= 5 && markers.getLayers().length <= 80);
  }

  /** The background map: asked for only when wanted; when it cannot be reached, markers stay. */
  function showTiles(on) {
    if (!map) return;
    if (on && !tiles) {
      tiles = L.tileLayer(TILES, {
        maxZoom: 18,
        attribution: "© <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors"
      });
      tiles.on("tileerror", () => {
        $("map-note").textContent = "The background map could not be loaded (no network?); the markers still show.";
      });
    }
    if (on) {
      tiles.addTo(map);
    } else if (tiles) {
      tiles.remove();
      $("map-note").textContent = "";
    }
  }

  // ---- links -------------------------------------------------------------------------------

  /** Where a resource's link goes: our own resources open as a query here; others go out. */
  function link(iri) {
    if (iri.startsWith(OWN)) {
      return "#" + new URLSearchParams({ query: describe(iri), view: "table" }).toString();
    }
    return iri;
  }

  function describe(iri) {
    return [
      "# title: About " + R.shorten(iri),
      "# description: Every statement with " + iri + " as subject (→) or object (←).",
      "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
      "",
      "SELECT ?direction ?property ?value ?valueLabel WHERE {",
      "  { <" + iri + "> ?property ?value . BIND(\"→\" AS ?direction) }",
      "  UNION",
      "  { ?value ?property <" + iri + "> . BIND(\"←\" AS ?direction) }",
      "  OPTIONAL { ?value rdfs:label ?valueLabel }",
      "}",
      "ORDER BY DESC(?direction) ?property ?value",
      "LIMIT 1000",
      ""
    ].join("\n");
  }

  /** The page's address for the query in the editor and the view shown. */
  function shareUrl() {
    const params = new URLSearchParams();
    const text = yasqe ? yasqe.getValue() : "";
    if (state.name) {
      params.set("q", state.name);
    } else {
      params.set("query", text);
    }
    if (state.view && state.view !== "table") params.set("view", state.view);
    return location.origin + location.pathname + "#" + params.toString();
  }

  function updateLink(intoAddressBar) {
    const url = shareUrl();
    $("share-link").href = url;
    if (yasqe) $("endpoint-query").href = ENDPOINT + "?query=" + encodeURIComponent(yasqe.getValue());
    if (intoAddressBar && location.href !== url) {
      history.replaceState(null, "", url);
    }
  }

  /** Opens what the address's fragment names: #q=saved-name or #query=text, and &view=. */
  function openFromAddress() {
    const hash = location.hash.replace(/^#/, "");
    if (!hash || (!hash.includes("q=") && !hash.includes("query="))) return false;
    const params = new URLSearchParams(hash);
    const view = params.get("view") || "table";
    if (params.get("q")) {
      openSaved(params.get("q"), view);
    } else if (params.get("query")) {
      open(params.get("query"), view, null, true);
    }
    return true;
  }

  // ---- downloads ---------------------------------------------------------------------------

  function download(content, type, extension) {
    const blob = new Blob([content], { type: type });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = (state.name || "query-results") + "." + extension;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  }

  // ---- the vocabulary list -----------------------------------------------------------------

  async function showVocabulary() {
    const o = await ontology;
    const box = $("vocabulary-list");
    box.replaceChildren();
    if (!o.classes.length && !o.properties.length) {
      box.appendChild(message("The ontology could not be read from the graph.", "muted"));
      return;
    }
    for (const [heading, terms] of [["Classes", o.classes], ["Properties", o.properties]]) {
      const h = document.createElement("h3");
      h.textContent = heading + " (" + terms.length + ")";
      box.appendChild(h);
      const table = document.createElement("table");
      table.className = "vocabulary";
      const body = table.createTBody();
      for (const t of terms) {
        const tr = body.insertRow();
        const term = tr.insertCell();
        const code = document.createElement("code");
        code.textContent = R.shorten(t.iri);
        term.appendChild(code);
        tr.insertCell().textContent = t.kind;
        tr.insertCell().textContent = t.comment || t.label;
      }
      box.appendChild(table);
    }
  }

  // ---- small helpers -----------------------------------------------------------------------

  function message(text, className) {
    const p = document.createElement("p");
    p.className = className;
    p.textContent = text;
    return p;
  }

  function setStatus(text) {
    $("status").textContent = text;
  }

  function showError(text) {
    const box = $("error");
    box.replaceChildren();
    const h = document.createElement("strong");
    h.textContent = "The query failed";
    const pre = document.createElement("pre");
    pre.textContent = text;
    box.append(h, pre);
    box.hidden = false;
  }

  function hideError() {
    $("error").hidden = true;
  }

  // ---- start -------------------------------------------------------------------------------

  function start() {
    setupEditor();
    $("run").addEventListener("click", () => run());
    $("new-query").addEventListener("click", () => open(STARTER, "table", null, false));
    $("filter").addEventListener("input", filterGallery);
    for (const b of document.querySelectorAll(".views .view")) {
      b.addEventListener("click", () => setView(b.dataset.view));
    }
    $("download-csv").addEventListener("click", () => download(R.toCsv(state.results), "text/csv", "csv"));
    $("download-json").addEventListener("click", () =>
        download(JSON.stringify(state.results, null, 2), "application/sparql-results+json", "json"));
    $("copy-link").addEventListener("click", async () => {
      try {
        await navigator.clipboard.writeText(shareUrl());
        setStatus("Link copied.");
      } catch (e) {
        setStatus("Copy the link from the address bar.");
        history.replaceState(null, "", shareUrl());
      }
    });
    $("tiles").addEventListener("change", e => {
      localStorage.setItem(TILES_KEY, e.target.checked ? "on" : "off");
      showTiles(e.target.checked);
    });
    $("try-example").addEventListener("click", () => {
      open($("first-query").textContent + "\n", "table", null, true);
      $("editor").scrollIntoView({ behavior: "smooth" });
    });
    $("vocabulary").addEventListener("toggle", () => {
      if ($("vocabulary").open) showVocabulary();
    });
    window.addEventListener("hashchange", openFromAddress);
    $("endpoint-url").textContent = location.origin + ENDPOINT;
    document.querySelector("#endpoint-example .endpoint-origin").textContent = location.origin;
    showHeading(STARTER);
    updateLink();
    loadGallery().then(openFromAddress);
  }

  start();
})();
