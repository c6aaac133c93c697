// Network page: fetch /api/network with the page's filters and draw it with cytoscape (served by the app).
(function () {
  "use strict";
  var box = document.getElementById("network");
  var status = document.getElementById("network-status");
  if (!box) { return; }
  var params = new URLSearchParams();
  ["since", "until", "type"].forEach(function (k) {
    var v = box.dataset[k];
    if (v) { params.set(k, v); }
  });
  // A small graph goes on an ellipse that fills the box, each connected group of actors side by side (busiest
  // group first, walked from its busiest actor), at full size with room for every label; a large one gets a
  // force-directed layout bounded by the box, labels counted in the node sizes so that they do not overlap.
  // (cose alone packs the disconnected pairs of a sparse graph into a narrow column with overlapping labels.)
  var SMALL_GRAPH = 40;

  function ellipseOrder(nodes, edges) {
    var events = {}, next = {};
    nodes.forEach(function (n) { events[n.id] = n.events; next[n.id] = []; });
    edges.forEach(function (e) { next[e.source].push(e.target); next[e.target].push(e.source); });
    var byEvents = nodes.map(function (n) { return n.id; })
      .sort(function (a, b) { return events[b] - events[a] || (a < b ? -1 : 1); });
    var seen = {}, groups = [];
    byEvents.forEach(function (start) {
      if (seen[start]) { return; }
      var group = [], todo = [start];
      seen[start] = true;
      while (todo.length) {
        var id = todo.shift();
        group.push(id);
        next[id].slice().sort(function (a, b) { return events[b] - events[a]; }).forEach(function (m) {
          if (!seen[m]) { seen[m] = true; todo.push(m); }
        });
      }
      groups.push(group);
    });
    return [].concat.apply([], groups);
  }

  function layoutFor(data, container) {
    var w = Math.max(container.clientWidth, 320), h = Math.max(container.clientHeight, 320);
    if (data.nodes.length > SMALL_GRAPH) {
      return { name: "cose", animate: false, randomize: true, fit: true, padding: 30,
               boundingBox: { x1: 0, y1: 0, w: w, h: h }, nodeDimensionsIncludeLabels: true,
               nodeRepulsion: function () { return 60000; }, idealEdgeLength: function () { return 110; },
               nodeOverlap: 60, gravity: 0.25, componentSpacing: 80, numIter: 1500 };
    }
    var order = ellipseOrder(data.nodes, data.edges), at = {};
    var rx = Math.max(60, w / 2 - 110), ry = Math.max(60, h / 2 - 50);   // room for labels at the sides
    order.forEach(function (id, i) {
      var angle = -Math.PI / 2 + 2 * Math.PI * i / order.length;
      at[id] = { x: w / 2 + rx * Math.cos(angle), y: h / 2 + ry * Math.sin(angle) };
    });
    if (order.length === 1) { at[order[0]] = { x: w / 2, y: h / 2 }; }
    return { name: "preset", fit: false, zoom: 1, pan: { x: 0, y: 0 },
             positions: function (node) { return at[node.id()]; } };
  }

  fetch("/api/network?" + params.toString(), { headers: { "Accept": "application/json" } })
    .then(function (r) {
      if (!r.ok) { throw new Error("HTTP " + r.status); }
      return r.json();
    })
    .then(function (data) {
      status.textContent = data.nodes.length + " acteurs, " + data.edges.length + " relations";
      if (!data.nodes.length) { return; }
      var maxEvents = Math.max.apply(null, data.nodes.map(function (n) { return n.events; }));
      var elements = data.nodes.map(function (n) {
        return { data: { id: n.id, label: n.label, events: n.events, size: 10 + 22 * Math.sqrt(n.events / maxEvents) } };
      }).concat(data.edges.map(function (e) {
        return { data: { id: e.id, source: e.source, target: e.target, label: e.type + (e.count > 1 ? " ×" + e.count : ""),
                         polarity: e.polarity, width: Math.min(1 + e.count, 8) } };
      }));
      var cy = cytoscape({
        container: box,
        elements: elements,
        layout: layoutFor(data, box),
        wheelSensitivity: 0.3,
        style: [
          { selector: "node", style: { "label": "data(label)", "width": "data(size)", "height": "data(size)",
                                       "background-color": "#4b5d7a", "font-size": 13, "color": "#1d1d1f",
                                       "text-valign": "bottom", "text-margin-y": 3, "text-wrap": "wrap",
                                       "text-max-width": "130px", "text-background-color": "#fff",
                                       "text-background-opacity": 0.7, "text-background-padding": "1px" } },
          { selector: "edge", style: { "width": "data(width)", "curve-style": "bezier", "target-arrow-shape": "triangle",
                                       "line-color": "#8a8a8a", "target-arrow-color": "#8a8a8a", "opacity": 0.8 } },
          // Edge labels only on hover or selection: a dense graph stays readable.
          { selector: "edge.hover, edge:selected", style: { "label": "data(label)", "font-size": 11,
                                       "text-rotation": "autorotate", "color": "#222", "text-background-color": "#fff",
                                       "text-background-opacity": 0.85, "opacity": 1 } },
          { selector: "node.hover", style: { "background-color": "#1f4fa3" } },
          { selector: "edge[polarity = 'cooperation']", style: { "line-color": "#2e7d32", "target-arrow-color": "#2e7d32" } },
          { selector: "edge[polarity = 'conflict']", style: { "line-color": "#c62828", "target-arrow-color": "#c62828" } }
        ]
      });
      cy.on("mouseover", "edge", function (evt) { evt.target.addClass("hover"); });
      cy.on("mouseout", "edge", function (evt) { evt.target.removeClass("hover"); });
      cy.on("mouseover", "node", function (evt) { evt.target.addClass("hover"); evt.target.connectedEdges().addClass("hover"); });
      cy.on("mouseout", "node", function (evt) { evt.target.removeClass("hover"); evt.target.connectedEdges().removeClass("hover"); });
      // Clicking an actor opens its page.
      cy.on("tap", "node", function (evt) {
        window.location.href = "/actors/" + encodeURIComponent(evt.target.id());
      });
      box.dataset.ready = "1";
      window.veilleNetwork = cy;
    })
    .catch(function (err) {
      status.textContent = "Réseau indisponible : " + err.message;
    });
}());
