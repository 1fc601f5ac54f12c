// The network page: data arrives as JSON in #kg-data and is only ever shown as text.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var KINDS = data.kinds, STANCES = data.stances, FONTS = data.fonts || {};
  var EDGE_COLOURS = data.edgeColours || {};
  var positioned = data.positioned;
  var big = data.nodes.length > 1000;
  var SVG = "http://www.w3.org/2000/svg";

  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });

  // Kind is shape and fill; a statement's stance is its border.
  function looks(n) {
    var kind = KINDS[n.kind];
    var border = n.kind === "statement" ? (STANCES[n.stance] || "#555555") : kind.colour;
    return {
      shape: kind.shape, size: kind.size,
      color: { background: kind.colour, border: border,
               highlight: { background: kind.colour, border: "#000000" },
               hover: { background: kind.colour, border: "#000000" } },
      borderWidth: n.kind === "statement" ? 3 : (n.focus ? 4 : 1.5),
      font: { size: FONTS[n.kind] || 13, color: "#222222", strokeWidth: 3, strokeColor: "#ffffff" }
    };
  }
  var visNodes = data.nodes.map(function (n) {
    var item = looks(n);
    item.id = n.id;
    item.label = n.labelled ? n.label : "";
    item.title = n.title;
    if (positioned) { item.x = n.x; item.y = n.y; }
    return item;
  });
  var visEdges = data.edges.map(function (e, i) {
    return { id: "e" + i, from: e.from, to: e.to, title: e.label, arrows: { to: { enabled: true, scaleFactor: 0.5 } },
             color: { color: EDGE_COLOURS[e.label] || "#c4c4c4", highlight: "#333333" },
             dashes: e.label === "attended by" };
  });
  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(visEdges);
  var options = {
    autoResize: true,
    physics: positioned ? { enabled: false } : { enabled: true, stabilization: { iterations: 200 },
                                                 barnesHut: { springLength: 140 } },
    layout: { improvedLayout: !positioned && data.nodes.length <= 300 },
    edges: { smooth: false, width: 1 },
    nodes: { font: { size: 13 } },
    interaction: { hover: !big, tooltipDelay: 200, hideEdgesOnDrag: big, hideEdgesOnZoom: big }
  };
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  var kg = window.kg = { network: network, nodes: nodes, edges: edges, ready: false, readyAt: null };
  function markReady() {
    network.fit({ animation: false });
    network.once("afterDrawing", function () {
      kg.ready = true;
      kg.readyAt = performance.now();
      document.body.setAttribute("data-ready", "true");
    });
    network.redraw();
  }
  if (positioned) {
    markReady();
  } else {
    // a small graph settles once, then stays where it settled
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      markReady();
    });
  }

  // --- labels on demand: the rest show theirs while hovered or selected ---------------------------------------
  var shownLabels = {};
  function showLabels(ids) {
    var wanted = {};
    ids.forEach(function (id) { wanted[id] = true; });
    var updates = [];
    Object.keys(shownLabels).forEach(function (id) {
      if (!wanted[id]) { updates.push({ id: id, label: "" }); delete shownLabels[id]; }
    });
    ids.forEach(function (id) {
      var n = byId[id];
      if (n && !n.labelled && !shownLabels[id]) { updates.push({ id: id, label: n.label }); shownLabels[id] = true; }
    });
    if (updates.length) nodes.update(updates);
  }
  var selectedIds = [];
  network.on("hoverNode", function (params) { showLabels(selectedIds.concat([params.node])); });
  network.on("blurNode", function () { showLabels(selectedIds); });

  // --- the side panel ---------------------------------------------------------------------------------
  var panel = document.getElementById("kg-panel");
  function el(tag, text) {
    var e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function svg(tag, attrs) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    return e;
  }
  function safeUrl(url) {
    return /^https?:\/\//i.test(url || "") ? url : null;
  }
  function placeholder() {
    panel.replaceChildren(el("p", "Click a node to see its facts and sources."));
  }

  // The statements a person made, or a party made or its people made, oldest first.
  function statementsOf(id) {
    var n = byId[id];
    if (!n || (n.kind !== "person" && n.kind !== "party")) return [];
    var speakers = {};
    speakers[id] = true;
    if (n.kind === "party") {
      data.edges.forEach(function (e) { if (e.to === id && e.label === "affiliated with") speakers[e.from] = true; });
    }
    var found = {};
    data.edges.forEach(function (e) {
      if (e.label === "said by" && speakers[e.to] && byId[e.from]) found[e.from] = byId[e.from];
    });
    return Object.keys(found).map(function (k) { return found[k]; })
      .sort(function (a, b) { return (a.date || "") < (b.date || "") ? -1 : (a.date || "") > (b.date || "") ? 1 : 0; });
  }
  kg.statementsOf = statementsOf;

  // A small chart of statements by date: one mark each, coloured by stance, linked to the statement.
  function stanceChart(statements) {
    var dated = statements.filter(function (s) { return s.date; });
    if (!dated.length) return null;
    var width = 320, height = 74, left = 62, right = 10;
    var rows = { positive: 14, neutral: 32, negative: 50 };
    var times = dated.map(function (s) { return Date.parse(s.date); });
    var first = Math.min.apply(null, times), last = Math.max.apply(null, times);
    var chart = svg("svg", { "class": "kg-chart", width: width, height: height, role: "img",
                             "aria-label": "stance of statements over time" });
    Object.keys(rows).forEach(function (stance) {
      var label = svg("text", { x: 0, y: rows[stance] + 4, "font-size": 10, fill: "#555" });
      label.textContent = stance;
      chart.appendChild(label);
      chart.appendChild(svg("line", { x1: left, x2: width - right, y1: rows[stance], y2: rows[stance],
                                      stroke: "#eeeeee" }));
    });
    var ends = [[first, left, "start"], [last, width - right, "end"]];
    ends.forEach(function (end) {
      var label = svg("text", { x: end[1], y: height - 4, "font-size": 10, fill: "#555", "text-anchor": end[2] });
      label.textContent = new Date(end[0]).toISOString().slice(0, 10);
      chart.appendChild(label);
    });
    var counts = {};
    dated.forEach(function (s) {
      var t = Date.parse(s.date);
      var x = last === first ? (left + width - right) / 2 : left + (t - first) / (last - first) * (width - right - left);
      var key = s.date + s.stance;
      var nudge = (counts[key] = (counts[key] || 0) + 1) - 1;
      var mark = svg("circle", { cx: x + nudge * 3, cy: rows[s.stance] || rows.neutral, r: 4.5,
                                 fill: STANCES[s.stance] || "#555555", "data-statement": s.id,
                                 "class": "kg-mark", style: "cursor:pointer" });
      var tip = svg("title");
      tip.textContent = s.date + " · " + (s.stance || "") + ": “" + (s.text || s.label) + "”";
      mark.appendChild(tip);
      mark.addEventListener("click", function () { kg.select(s.id); });
      chart.appendChild(mark);
    });
    return chart;
  }

  function showPanel(id) {
    var n = byId[id];
    panel.replaceChildren();
    if (!n) return;
    panel.appendChild(el("h2", n.label));
    var table = el("table");
    table.appendChild(row("kind", n.kind));
    (n.facts || []).forEach(function (f) { table.appendChild(row(f[0], f[1])); });
    if (n.statements) table.appendChild(row("statements", String(n.statements) + " (folded)"));
    panel.appendChild(table);
    var said = statementsOf(id);
    var chart = stanceChart(said);
    if (chart) {
      panel.appendChild(el("h3", "Stance over time (" + said.length + " statement" + (said.length === 1 ? "" : "s") + ")"));
      panel.appendChild(chart);
    }
    if ((n.sources || []).length) panel.appendChild(el("h3", "Sources"));
    (n.sources || []).forEach(function (s) {
      panel.appendChild(el("blockquote", s.sentence));
      var line = el("div");
      line.className = "kg-source";
      var url = safeUrl(s.url);
      var name = s.headline || s.article;
      if (url) {
        var a = el("a", name);
        a.setAttribute("href", url);
        a.setAttribute("rel", "noopener noreferrer");
        a.setAttribute("target", "_blank");
        line.appendChild(a);
      } else {
        line.appendChild(el("span", name));
      }
      if (s.published) line.appendChild(el("span", " · " + s.published));
      panel.appendChild(line);
    });
  }
  function row(key, value) {
    var tr = el("tr");
    tr.appendChild(el("th", key));
    tr.appendChild(el("td", value));
    return tr;
  }
  kg.select = function (id) {
    var neighbours = network.getConnectedNodes(id);
    selectedIds = [id].concat(neighbours);
    network.selectNodes(selectedIds, true);
    showLabels(selectedIds);
    showPanel(id);
  };
  network.on("click", function (params) {
    if (params.nodes.length) {
      kg.select(params.nodes[0]);
    } else {
      selectedIds = [];
      showLabels([]);
      placeholder();
    }
  });

  // --- filters --------------------------------------------------------------------------------------------
  var kindBoxes = Array.prototype.slice.call(document.querySelectorAll("input[data-kind]"));
  var partySelect = document.getElementById("kg-party");
  var fromInput = document.getElementById("kg-from");
  var toInput = document.getElementById("kg-to");
  data.parties.forEach(function (p) { var o = el("option", p); o.value = p; partySelect.appendChild(o); });
  function passes(n) {
    var kinds = {};
    kindBoxes.forEach(function (b) { kinds[b.getAttribute("data-kind")] = b.checked; });
    if (!kinds[n.kind]) return false;
    var party = partySelect.value;
    if (party && n.kind !== "place" && (n.parties || []).indexOf(party) < 0) return false;
    if (n.date) {
      if (fromInput.value && n.date < fromInput.value) return false;
      if (toInput.value && n.date > toInput.value) return false;
    }
    return true;
  }
  var visible = {};
  kg.applyFilters = function () {
    visible = {};
    data.nodes.forEach(function (n) { visible[n.id] = passes(n); });
    if (partySelect.value) {  // places stay when a shown meeting was held there
      var linked = {};
      data.edges.forEach(function (e) {
        if (visible[e.from] && byId[e.from] && byId[e.from].kind === "meeting") linked[e.to] = true;
      });
      data.nodes.forEach(function (n) { if (n.kind === "place" && !linked[n.id]) visible[n.id] = false; });
    }
    nodes.update(data.nodes.map(function (n) { return { id: n.id, hidden: !visible[n.id] }; }));
    var shown = Object.keys(visible).filter(function (k) { return visible[k]; });
    kg.shown = shown.length;
    document.getElementById("kg-shown").textContent = String(kg.shown);
    document.getElementById("kg-shown-edges").textContent = String(kg.counts().edges);
    if (shown.length) network.fit({ nodes: shown, animation: false });  // the view follows what is shown
  };
  kindBoxes.concat([partySelect, fromInput, toInput]).forEach(function (c) {
    c.addEventListener("change", kg.applyFilters);
  });
  document.getElementById("kg-reset").addEventListener("click", function () {
    kindBoxes.forEach(function (b) { b.checked = true; });
    partySelect.value = ""; fromInput.value = ""; toInput.value = "";
    search.value = "";
    document.getElementById("kg-search-result").textContent = "";
    selectedIds = [];
    network.unselectAll();
    showLabels([]);
    placeholder();
    kg.applyFilters();
  });

  // --- search ---------------------------------------------------------------------------------------------
  var search = document.getElementById("kg-search");
  var list = document.getElementById("kg-names");
  data.nodes.filter(function (n) { return n.kind !== "statement"; }).slice(0, 5000).forEach(function (n) {
    var o = document.createElement("option");
    o.value = n.label;
    list.appendChild(o);
  });
  // The folding the command line uses: no case, no accents, punctuation as spaces.
  function fold(text) {
    return (text || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, " ").trim();
  }
  var READABLE = 1.0;  // the zoom at which labels are drawn at their own size
  kg.find = function (query) {
    var q = fold(query);
    if (!q) return null;
    var hit = null;
    var candidates = data.nodes.filter(function (n) { return n.kind !== "statement"; });
    // a name or alias as typed ("US", "the Kremlin", "Lavrov"), then a name that holds the words typed
    candidates.some(function (n) { if (fold(n.label) === q) { hit = n; return true; } return false; });
    if (!hit) candidates.some(function (n) {
      var found = (n.aliases || []).some(function (a) { return fold(a) === q || fold(a) === "the " + q || "the " + fold(a) === q; });
      if (found) hit = n;
      return found;
    });
    if (!hit) candidates.some(function (n) { if ((" " + fold(n.label) + " ").indexOf(" " + q) >= 0) { hit = n; return true; } return false; });
    if (!hit) candidates.some(function (n) {
      var words = fold(n.label).split(" ");
      if (words.some(function (w) { return w.length > 3 && (w.indexOf(q) === 0 || q.indexOf(w) === 0); })) { hit = n; return true; }
      return false;
    });
    var message = document.getElementById("kg-search-result");
    if (!hit) { message.textContent = "no match"; return null; }
    message.textContent = "";
    nodes.update({ id: hit.id, hidden: false });
    network.focus(hit.id, { scale: READABLE, animation: false });
    kg.select(hit.id);
    return hit.id;
  };
  document.getElementById("kg-search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    kg.find(search.value);
  });

  kg.counts = function () {
    var shown = nodes.get({ filter: function (n) { return !n.hidden; } });
    var on = {};
    shown.forEach(function (n) { on[n.id] = true; });
    return {
      nodes: shown.length,
      edges: data.edges.filter(function (e) { return on[e.from] && on[e.to]; }).length,
      drawnNodes: network.body.nodeIndices.filter(function (id) { return !network.body.nodes[id].options.hidden; }).length
    };
  };
  // Each labelled node's label box on the canvas, for checking that labels stay apart.
  kg.labelBoxes = function () {
    return network.body.nodeIndices.filter(function (id) {
      var node = network.body.nodes[id];
      return !node.options.hidden && node.options.label;
    }).map(function (id) {
      var size = network.body.nodes[id].labelModule.size;
      return { id: id, kind: byId[id].kind, left: size.left, top: size.top, width: size.width, height: size.height };
    });
  };
  kg.applyFilters();
})();
