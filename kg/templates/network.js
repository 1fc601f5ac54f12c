// The network page: data arrives as JSON in #kg-data and is only ever shown as text.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var KINDS = data.kinds, STANCES = data.stances;
  var positioned = data.positioned;
  var big = data.nodes.length > 1000;

  function colour(node) {
    if (node.kind === "statement" && STANCES[node.stance]) return STANCES[node.stance];
    return KINDS[node.kind].colour;
  }
  var visNodes = data.nodes.map(function (n) {
    var item = {
      id: n.id, label: n.label, title: n.title, shape: KINDS[n.kind].shape, size: KINDS[n.kind].size,
      color: colour(n), borderWidth: n.focus ? 4 : 1
    };
    if (positioned) { item.x = n.x; item.y = n.y; }
    return item;
  });
  var visEdges = data.edges.map(function (e, i) {
    var item = { id: "e" + i, from: e.from, to: e.to, title: e.label, arrows: "to" };
    if (!big) item.label = e.label;
    return item;
  });
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(visEdges);
  var options = {
    autoResize: true,
    physics: positioned ? { enabled: false } : { enabled: true, stabilization: { iterations: 200 },
                                                 barnesHut: { springLength: 140 } },
    layout: { improvedLayout: !positioned && data.nodes.length <= 300 },
    edges: { smooth: positioned ? false : { type: "dynamic" }, font: { size: 10, color: "#777" },
             color: { color: "#b9b9b9", highlight: "#333" } },
    nodes: { font: { size: 13 } },
    interaction: { hover: !big, tooltipDelay: 200, hideEdgesOnDrag: big, hideEdgesOnZoom: big }
  };
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  var kg = window.kg = { network: network, nodes: nodes, edges: edges, ready: false, readyAt: null };
  function markReady() {
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

  // --- the side panel ---------------------------------------------------------------------------------
  var panel = document.getElementById("kg-panel");
  function el(tag, text) {
    var e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function safeUrl(url) {
    return /^https?:\/\//i.test(url || "") ? url : null;
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
    network.selectNodes([id].concat(neighbours), true);
    showPanel(id);
  };
  network.on("click", function (params) {
    if (params.nodes.length) kg.select(params.nodes[0]);
    else panel.replaceChildren(el("p", "Click a node to see its facts and sources."));
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
  kg.applyFilters = function () {
    var visible = {};
    data.nodes.forEach(function (n) { visible[n.id] = passes(n); });
    if (partySelect.value) {  // places stay when a shown meeting was held there
      var linked = {};
      data.edges.forEach(function (e) {
        if (visible[e.from] && byId[e.from] && byId[e.from].kind === "meeting") linked[e.to] = true;
      });
      data.nodes.forEach(function (n) { if (n.kind === "place" && !linked[n.id]) visible[n.id] = false; });
    }
    nodes.update(data.nodes.map(function (n) { return { id: n.id, hidden: !visible[n.id] }; }));
    kg.shown = Object.keys(visible).filter(function (k) { return visible[k]; }).length;
    document.getElementById("kg-shown").textContent = String(kg.shown);
  };
  kindBoxes.concat([partySelect, fromInput, toInput]).forEach(function (c) {
    c.addEventListener("change", kg.applyFilters);
  });
  document.getElementById("kg-reset").addEventListener("click", function () {
    kindBoxes.forEach(function (b) { b.checked = true; });
    partySelect.value = ""; fromInput.value = ""; toInput.value = "";
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
  kg.find = function (query) {
    var q = (query || "").trim().toLowerCase();
    if (!q) return null;
    var hit = null;
    data.nodes.some(function (n) { if (n.label.toLowerCase() === q) { hit = n; return true; } return false; });
    if (!hit) data.nodes.some(function (n) { if (n.label.toLowerCase().indexOf(q) >= 0) { hit = n; return true; } return false; });
    var message = document.getElementById("kg-search-result");
    if (!hit) { message.textContent = "no match"; return null; }
    message.textContent = "";
    nodes.update({ id: hit.id, hidden: false });
    network.focus(hit.id, { scale: 1.2, animation: false });
    kg.select(hit.id);
    return hit.id;
  };
  document.getElementById("kg-search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    kg.find(search.value);
  });

  kg.counts = function () {
    return {
      nodes: nodes.get({ filter: function (n) { return !n.hidden; } }).length,
      edges: network.body.edgeIndices.length,
      drawnNodes: network.body.nodeIndices.filter(function (id) { return !network.body.nodes[id].options.hidden; }).length
    };
  };
  kg.applyFilters();
})();
