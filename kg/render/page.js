// Side panel of the kg graph page: legend, search, filters, neighbourhood highlight, evidence.
// Runs right after pyvis's drawGraph(), which defines `network`, `nodes` and `edges`.
// Article text is data: it only ever reaches the page through textContent.
(function () {
  "use strict";
  var timing = window.kgTiming = { drawn: null, stable: null };
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var nodeById = new Map();
  // Facts and statements that are not facts (wishes, conditions, denials, proposals: `st`).
  var edgesOf = new Map(), statementsOf = new Map();
  var quotesOf = new Map(), quotesIn = new Map();
  var factCount = 0;
  data.nodes.forEach(function (n) { nodeById.set(n.id, n); edgesOf.set(n.id, []); statementsOf.set(n.id, []); });
  data.edges.forEach(function (e, i) {
    var index = e.st ? statementsOf : edgesOf;
    index.get(e.s).push(i); index.get(e.t).push(i);
    if (!e.st) factCount += 1;
  });
  data.quotes.forEach(function (q) {
    if (q.speaker !== null) {
      if (!quotesOf.has(q.speaker)) quotesOf.set(q.speaker, []);
      quotesOf.get(q.speaker).push(q);
    }
    if (!quotesIn.has(q.article)) quotesIn.set(q.article, []);
    quotesIn.get(q.article).push(q);
  });

  // Drawn: the first frame. The positions come from Python and are final, so it is also stable.
  network.once("afterDrawing", function () { timing.drawn = timing.stable = performance.now(); });

  // When the whole graph fits on screen most labels are below the draw threshold; give the
  // hubs a font that reads at that zoom (vis caps labels at maxVisible px when zooming in),
  // but only where vis-network's own measure of the enlarged label touches no other enlarged
  // label and no drawn node: a label lying on another node reads as that node's name.
  function labelHubs() {
    if (data.nodes.length <= 150) return;
    var scale = Math.max(network.getScale(), 0.01), size = Math.ceil(15 / scale), wrap = 220 / scale;
    var candidates = data.nodes.map(function (n) { return [n.articles.length + edgesOf.get(n.id).length, n.id]; })
      .filter(function (r) { var node = network.body.nodes[r[1]]; return r[0] >= 3 && node && !node.options.hidden; })
      .sort(function (a, b) { return b[0] - a[0]; }).slice(0, 60).map(function (r) { return r[1]; });
    var before = candidates.map(function (id) { return network.body.nodes[id].options.font.size; });
    nodes.update(candidates.map(function (id) { return { id: id, font: { size: size }, widthConstraint: { maximum: wrap } }; }));
    network.once("afterDrawing", function () {
      var shown = network.body.nodeIndices.map(function (id) { return network.body.nodes[id]; });
      var boxes = [], undo = [];
      function touch(a, b) { return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]; }
      candidates.forEach(function (id, k) {
        var node = network.body.nodes[id], m = node.labelModule.size;
        var box = [m.left, m.top, m.left + m.width, m.top + m.height];
        var clash = labelled.length >= 20 || boxes.some(function (b) { return touch(box, b); }) ||
          shown.some(function (other) {
            var r = other.options.size;
            return other !== node && touch(box, [other.x - r, other.y - r, other.x + r, other.y + r]);
          });
        if (clash) undo.push({ id: id, font: { size: before[k] }, widthConstraint: { maximum: 220 } });
        else { boxes.push(box); labelled.push(id); }
      });
      nodes.update(undo);
    });
  }
  var labelled = [];
  network.once("afterDrawing", labelHubs);

  // ------------------------------------------------------------ overview drawing
  // Zoomed out on a large graph, vis-network draws each node and edge on its own (a save,
  // fill, stroke and restore per item: seconds for 20,000 nodes) though they are a few
  // pixels wide. There, nodes are drawn in one path per shape and colour and edges in one
  // path per colour and dash; selected nodes and edges, and nodes whose label is legible at
  // this zoom, are still drawn by vis-network itself, so they look as they always do.
  var OVERVIEW_NODES = 3000, OVERVIEW_SCALE = 0.3, LABEL_THRESHOLD = 9, CULL_NODES = 300;
  // More relation labels than this on screen overlap into noise (and cost a second to
  // paint): then only the selected relations keep theirs, if they are not that many.
  var EDGE_LABELS_ON_SCREEN = 150;
  var SHAPES = {
    dot: function (c, x, y, r) { c.moveTo(x + r, y); c.arc(x, y, r, 0, 2 * Math.PI); },
    square: function (c, x, y, r) { c.rect(x - r, y - r, 2 * r, 2 * r); },
    triangle: function (c, x, y, r) {
      r *= 1.15; y += 0.275 * r;
      var s = 2 * r, h = Math.sqrt(3) / 6 * s, a = Math.sqrt(s * s - r * r);
      c.moveTo(x, y - (a - h)); c.lineTo(x + r, y + h); c.lineTo(x - r, y + h); c.closePath();
    },
    diamond: function (c, x, y, r) {
      c.moveTo(x, y + r); c.lineTo(x + r, y); c.lineTo(x, y - r); c.lineTo(x - r, y); c.closePath();
    },
    hexagon: function (c, x, y, r) {
      c.moveTo(x + r, y);
      for (var k = 1; k < 6; k++) c.lineTo(x + r * Math.cos(Math.PI / 3 * k), y + r * Math.sin(Math.PI / 3 * k));
      c.closePath();
    },
    star: function (c, x, y, r) {
      r *= 0.82; y += 0.1 * r;
      for (var k = 0; k < 10; k++) {
        var d = k % 2 === 0 ? 1.3 * r : 0.5 * r;
        c[k ? "lineTo" : "moveTo"](x + d * Math.sin(2 * k * Math.PI / 10), y - d * Math.cos(2 * k * Math.PI / 10));
      }
      c.closePath();
    }
  };
  var renderer = network.renderer, selection = network.selectionHandler;
  var drawNodes = renderer._drawNodes, drawEdges = renderer._drawEdges, drawArrows = renderer._drawArrows;
  var nodeAt = selection.getNodeAt, large = data.nodes.length > OVERVIEW_NODES;
  var cull = data.nodes.length > CULL_NODES;
  function overview() { return large && network.getScale() < OVERVIEW_SCALE; }
  function legible(node, scale) {
    return node.selected || node.hover || node.options.font.size * scale >= LABEL_THRESHOLD;
  }
  // The part of the graph on screen, in the graph's coordinates, with a margin.
  function viewBox(canvas, margin) {
    var low = canvas.DOMtoCanvas({ x: -margin, y: -margin });
    var high = canvas.DOMtoCanvas({ x: canvas.frame.canvas.clientWidth + margin,
                                    y: canvas.frame.canvas.clientHeight + margin });
    return { left: low.x, top: low.y, right: high.x, bottom: high.y };
  }
  // Whether an edge may cross the view (a curved one bends at most a third of its length out).
  function crosses(e, box) {
    var a = e.from, b = e.to, bend = (Math.abs(a.x - b.x) + Math.abs(a.y - b.y)) / 3;
    return Math.max(a.x, b.x) + bend >= box.left && Math.min(a.x, b.x) - bend <= box.right &&
      Math.max(a.y, b.y) + bend >= box.top && Math.min(a.y, b.y) - bend <= box.bottom;
  }
  // vis-network draws every edge and its label, on screen or not (a second at 1,000 nodes
  // zoomed in): past a few hundred nodes, only those that may be on screen are drawn.
  function edgesOnScreen(renderer) {
    var body = renderer.body, box = viewBox(renderer.canvas, 20);
    return body.edgeIndices.map(function (id) { return body.edges[id]; })
      .filter(function (e) { return e.connected && crosses(e, box); });
  }
  function unlabelled() {}
  function strokeGroups(ctx, groups, width) {
    groups.forEach(function (group, key) {
      ctx.beginPath();
      group.forEach(function (e) { ctx.moveTo(e.from.x, e.from.y); ctx.lineTo(e.to.x, e.to.y); });
      ctx.strokeStyle = key.slice(1);
      ctx.lineWidth = width;
      ctx.setLineDash(key[0] === "d" ? [5 * width, 5 * width] : []);
      ctx.stroke();
    });
    ctx.setLineDash([]);
  }
  renderer._drawEdges = function (ctx) {
    if (!cull) return drawEdges.call(this, ctx);
    var shown = edgesOnScreen(this);
    if (!overview()) {
      // A label is centred on its edge: one whose middle is off screen is not drawn at all.
      var box = viewBox(this.canvas, 100), labelled = shown.filter(function (e) {
        var x = (e.from.x + e.to.x) / 2, y = (e.from.y + e.to.y) / 2;
        return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
      });
      var onScreen = new Set(labelled), crowded = labelled.length > EDGE_LABELS_ON_SCREEN;
      var selectedCrowded = crowded && labelled.filter(function (e) { return e.selected; }).length >
        EDGE_LABELS_ON_SCREEN;
      shown.forEach(function (e) {
        // shadows the prototype's drawLabel, for this one call
        if (!onScreen.has(e) || (crowded && (!e.selected || selectedCrowded))) e.drawLabel = unlabelled;
        e.draw(ctx);
        delete e.drawLabel;
      });
      return;
    }
    var groups = new Map(), selected = [];
    shown.forEach(function (e) {
      if (e.selected || e.hover) { selected.push(e); return; }
      var key = (e.options.dashes ? "d" : "s") + e.options.color.color;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(e);
    });
    strokeGroups(ctx, groups, Math.max(1.2, 0.3 / this.body.view.scale));
    selected.forEach(function (e) { e.draw(ctx); });
  };
  renderer._drawArrows = function (ctx) {
    if (!cull) return drawArrows.call(this, ctx);
    // Zoomed out, arrowheads are under two pixels long: only selected edges get theirs.
    var all = !overview();
    edgesOnScreen(this).forEach(function (e) { if (all || e.selected || e.hover) e.drawArrows(ctx); });
  };
  renderer._drawNodes = function (ctx, always) {
    if (always || !overview()) return drawNodes.call(this, ctx, always);
    var body = this.body, scale = body.view.scale, box = viewBox(this.canvas, 20);
    var groups = new Map(), own = [], labels = [];
    body.nodeIndices.forEach(function (id) {
      var n = body.nodes[id], r = n.options.size;
      if (n.x + r < box.left || n.x - r > box.right || n.y + r < box.top || n.y - r > box.bottom) return;
      if (legible(n, scale)) { own.push(n); return; }
      // Under two pixels across, every shape looks like a square, the quickest to draw.
      var key = (r * scale < 1 ? "square" : n.options.shape) + " " + n.options.color.background;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(n);
    });
    groups.forEach(function (group, key) {
      var shape = SHAPES[key.split(" ")[0]] || SHAPES.dot;
      ctx.beginPath();
      group.forEach(function (n) { shape(ctx, n.x, n.y, n.options.size); });
      ctx.fillStyle = key.split(" ")[1];
      ctx.fill();
    });
    own.forEach(function (n) {
      var drawn = n.draw(ctx);
      if (drawn.drawExternalLabel) labels.push(drawn.drawExternalLabel);
    });
    return { drawExternalLabels: function () { labels.forEach(function (draw) { draw(); }); } };
  };
  // Nodes drawn in the overview have no box of vis-network's for a click to find: the
  // node under the pointer is the last drawn whose shape holds it.
  selection.getNodeAt = function (pointer, returnNode) {
    if (!overview()) return nodeAt.apply(this, arguments);
    var body = this.body, at = this.canvas.DOMtoCanvas(pointer), found;
    body.nodeIndices.forEach(function (id) {
      var n = body.nodes[id], r = n.options.size;
      if ((n.x - at.x) * (n.x - at.x) + (n.y - at.y) * (n.y - at.y) <= r * r) found = n;
    });
    if (found === undefined) return undefined;
    return returnNode === false ? found.id : found;
  };

  function $(id) { return document.getElementById(id); }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  // ------------------------------------------------------------ controls
  var types = {};
  data.nodes.forEach(function (n) { types[n.type] = (types[n.type] || 0) + 1; });
  Object.keys(data.types).forEach(function (t) {
    if (!types[t]) return;
    var style = data.types[t];
    var label = el("label");
    var box = el("input");
    box.type = "checkbox"; box.checked = true; box.value = t; box.className = "kg-type-box";
    var symbol = el("span", style.symbol, "kg-symbol");
    symbol.style.color = style.color;
    label.append(box, symbol, document.createTextNode(style.name + " (" + types[t] + ")"));
    $("kg-types").appendChild(label);
  });

  var predicates = new Map();
  data.edges.forEach(function (e) {
    var p = predicates.get(e.p) || { label: e.l, count: 0 };
    if (!e.st) p.count += 1;
    predicates.set(e.p, p);
  });
  Array.from(predicates.entries()).sort(function (a, b) { return a[1].label.localeCompare(b[1].label); })
    .forEach(function (entry) {
      var o = el("option", entry[1].label + " (" + entry[1].count + ")");
      o.value = entry[0]; $("kg-predicate").appendChild(o);
    });

  function articleName(a) {
    return a.title || a.source;
  }
  function day(date) { return date ? String(date).slice(0, 10) : ""; }
  var publishers = new Map();
  data.articles.forEach(function (a, i) {
    if (!a.publisher) return;
    if (!publishers.has(a.publisher)) publishers.set(a.publisher, []);
    publishers.get(a.publisher).push(i);
  });
  if (publishers.size) {
    var group = el("optgroup"); group.label = "Publishers";
    Array.from(publishers.keys()).sort().forEach(function (name) {
      var o = el("option", name + " (" + plural(publishers.get(name).length, "article") + ")");
      o.value = "p:" + name; group.appendChild(o);
    });
    $("kg-source").appendChild(group);
  }
  // Nodes without relations would crowd the drawing: set aside unless asked for (or all there is).
  var unlinked = data.nodes.filter(function (n) {
    return !edgesOf.get(n.id).length && !statementsOf.get(n.id).length;
  }).length;
  $("kg-isolated-count").textContent = String(unlinked);
  $("kg-isolated").checked = factCount === 0;
  $("kg-statements-count").textContent = String(data.edges.length - factCount);
  $("kg-statements").checked = false;
  var dates = data.articles.map(function (a) { return day(a.date); }).filter(Boolean).sort();
  if (dates.length) {
    ["kg-from", "kg-to"].forEach(function (id) { $(id).min = dates[0]; $(id).max = dates[dates.length - 1]; });
  } else {
    $("kg-dates").hidden = true;
  }

  if (data.articles.length) {
    var agroup = el("optgroup"); agroup.label = "Articles";
    data.articles.map(function (a, i) { return [articleName(a), i]; })
      .sort(function (a, b) { return a[0].localeCompare(b[0]); })
      .forEach(function (pair) {
        var o = el("option", pair[0]); o.value = "a:" + pair[1]; agroup.appendChild(o);
      });
    $("kg-source").appendChild(agroup);
  }

  var maxSupport = 0, minSupport = Infinity;
  data.nodes.forEach(function (n) {
    maxSupport = Math.max(maxSupport, n.articles.length);
    if (n.type in { Person: 1, Organization: 1, Place: 1, Plan: 1 }) minSupport = Math.min(minSupport, n.articles.length);
  });
  data.edges.forEach(function (e) { maxSupport = Math.max(maxSupport, e.ev.length); minSupport = Math.min(minSupport, e.ev.length); });
  // Items without evidence (resources a query returned) stay visible by default.
  var defaultMin = minSupport === Infinity ? 0 : Math.min(minSupport, 1);
  $("kg-min").max = String(Math.max(maxSupport, 1));
  $("kg-min").value = String(defaultMin);

  // ------------------------------------------------------------ filtering
  var nodeShown = new Map(), edgeShown = [];
  data.nodes.forEach(function (n) { nodeShown.set(n.id, true); });
  data.edges.forEach(function (e) { edgeShown.push(!e.st); });

  function names(n) { return [n.label].concat(n.alt); }
  // The articles the source and date filters leave, or null when neither is set.
  function allowedArticles() {
    var v = $("kg-source").value, from = $("kg-from").value, to = $("kg-to").value;
    var allowed = null;
    if (v.slice(0, 2) === "a:") allowed = new Set([Number(v.slice(2))]);
    else if (v) allowed = new Set(publishers.get(v.slice(2)) || []);
    if (!from && !to) return allowed;
    var dated = new Set();
    data.articles.forEach(function (a, i) {
      var d = day(a.date);
      if (d && (!from || d >= from) && (!to || d <= to) && (!allowed || allowed.has(i))) dated.add(i);
    });
    return dated;
  }
  function support(list, allowed) {
    if (!allowed) return list.length;
    var n = 0;
    list.forEach(function (a) { if (allowed.has(a)) n += 1; });
    return n;
  }
  function edgeArticles(e) {
    var seen = new Set();
    e.ev.forEach(function (ev) { seen.add(ev[0]); });
    return Array.from(seen);
  }

  // Entities with a name containing the query, best first: a name equal to it, then one
  // starting with it, then one with a word starting with it; more articles first among equals.
  function matchRank(name, q) {
    var n = name.toLowerCase();
    if (n === q) return 0;
    if (n.indexOf(q) === 0) return 1;
    if ((" " + n).indexOf(" " + q) >= 0) return 2;
    return n.indexOf(q) >= 0 ? 3 : 4;
  }
  function matches(query) {
    var q = query.trim().toLowerCase();
    if (!q) return null;
    var ranked = [];
    data.nodes.forEach(function (n) {
      var best = Math.min.apply(null, names(n).map(function (name) { return matchRank(name, q); }));
      if (best < 4) ranked.push([best, n]);
    });
    ranked.sort(function (a, b) {
      return a[0] - b[0] || b[1].articles.length - a[1].articles.length || a[1].label.localeCompare(b[1].label);
    });
    return ranked.map(function (r) { return r[1]; });
  }

  function applyFilters() {
    var checked = new Set();
    document.querySelectorAll(".kg-type-box").forEach(function (b) { if (b.checked) checked.add(b.value); });
    var predicate = $("kg-predicate").value;
    var allowed = allowedArticles();
    var min = Number($("kg-min").value);
    $("kg-min-value").textContent = String(min);
    var nodeOk = new Map(), edgeOk = [];
    data.nodes.forEach(function (n) {
      var evidenced = n.articles.length > 0;
      var ok = checked.has(n.type) && (!evidenced || support(n.articles, allowed) >= Math.max(min, allowed ? 1 : 0));
      if (!evidenced && allowed) ok = false;
      nodeOk.set(n.id, ok);
    });
    var statements = $("kg-statements").checked;
    var linked = new Set();
    data.edges.forEach(function (e, i) {
      var arts = edgeArticles(e);
      var evidenced = arts.length > 0;
      var ok = nodeOk.get(e.s) && nodeOk.get(e.t) && (!e.st || statements) &&
        (!predicate || e.p === predicate) &&
        (!evidenced ? !allowed : support(arts, allowed) >= Math.max(min, allowed ? 1 : 0));
      edgeOk.push(ok);
      if (ok) { linked.add(e.s); linked.add(e.t); }
    });
    var found = matches($("kg-search").value);
    showMatches(found, nodeOk);
    if (found) {
      // The matches and their direct neighbours, by the relations that touch a match.
      var hits = new Set(), keep = new Set();
      found.forEach(function (n) { if (nodeOk.get(n.id)) { hits.add(n.id); keep.add(n.id); } });
      data.edges.forEach(function (e, i) {
        edgeOk[i] = edgeOk[i] && (hits.has(e.s) || hits.has(e.t));
        if (edgeOk[i]) { keep.add(e.s); keep.add(e.t); }
      });
      data.nodes.forEach(function (n) { if (!keep.has(n.id)) nodeOk.set(n.id, false); });
    } else if (predicate || !$("kg-isolated").checked) {
      data.nodes.forEach(function (n) { if (!linked.has(n.id)) nodeOk.set(n.id, false); });
    }
    var nodeChanges = [], edgeChanges = [], shownNodes = 0, shownEdges = 0, shownStatements = 0;
    data.nodes.forEach(function (n) {
      var ok = nodeOk.get(n.id);
      if (ok) shownNodes += 1;
      if (ok !== nodeShown.get(n.id)) { nodeChanges.push({ id: n.id, hidden: !ok }); nodeShown.set(n.id, ok); }
    });
    data.edges.forEach(function (e, i) {
      var ok = edgeOk[i];
      if (ok && e.st) shownStatements += 1;
      else if (ok) shownEdges += 1;
      if (ok !== edgeShown[i]) { edgeChanges.push({ id: i, hidden: !ok }); edgeShown[i] = ok; }
    });
    if (nodeChanges.length || edgeChanges.length) setHidden(nodeChanges, edgeChanges);
    $("kg-showing").textContent = "Showing " + shownNodes + " of " + plural(data.nodes.length, "node") +
      ", " + shownEdges + " of " + plural(factCount, "relation") +
      (shownStatements ? ", " + plural(shownStatements, "statement") + " that are not facts" : "") + ".";
    var source = $("kg-source").value;
    if (source.slice(0, 2) === "a:") showArticle(Number(source.slice(2)));
    if (nodeChanges.length && shownNodes) network.fit({ animation: false });
  }

  // Showing or hiding items through the DataSet (nodes.update) re-parses every option of
  // each one: 5-10 s for 20,000 nodes. Setting the drawn items' own flag and listing the
  // shown ones again costs a fraction of that. The drawn items are the truth about what is shown.
  function setHidden(nodeChanges, edgeChanges) {
    var drawn = network.body;
    nodeChanges.forEach(function (c) { drawn.nodes[c.id].options.hidden = c.hidden; });
    edgeChanges.forEach(function (c) { drawn.edges[c.id].options.hidden = c.hidden; });
    // What "_dataChanged" would do that a visibility change needs: the lists of drawn items.
    network._updateVisibleIndices();
    drawn.emitter.emit("_requestRedraw");
  }

  function showMatches(found, nodeOk) {
    var list = $("kg-matches");
    clear(list);
    if (!found) return;
    if (!found.length) { list.appendChild(el("li", "No entity has that name.", "kg-muted")); return; }
    found.slice(0, 30).forEach(function (n) {
      var li = el("li");
      var b = el("button", n.label + " \u2014 " + (data.types[n.type] || {}).name);
      b.type = "button";
      b.addEventListener("click", function () { focusNode(n.id); });
      li.appendChild(b); list.appendChild(li);
    });
    if (found.length > 30) list.appendChild(el("li", "\u2026 and " + (found.length - 30) + " more", "kg-muted"));
  }

  // ------------------------------------------------------------ highlight
  var dimmedNodes = new Set(), dimmedEdges = new Set();
  var DIM = "rgba(200,200,200,0.35)";
  var DIM_LIMIT = 300;
  function highlight(id) {
    var near = null, nearEdges = null;
    if (id !== null) {
      near = new Set([id]);
      nearEdges = new Set(edgesOf.get(id) || []);
      if ($("kg-statements").checked) (statementsOf.get(id) || []).forEach(function (i) { nearEdges.add(i); });
      nearEdges.forEach(function (i) { near.add(data.edges[i].s); near.add(data.edges[i].t); });
    }
    if (data.nodes.length > DIM_LIMIT) {
      // Restyling every node costs ~1 s per 500 nodes; selecting the neighbourhood is instant.
      if (near !== null) network.setSelection({ nodes: Array.from(near), edges: Array.from(nearEdges) },
                                              { highlightEdges: false });
      return;
    }
    var nodeChanges = [], edgeChanges = [];
    data.nodes.forEach(function (n) {
      var dim = near !== null && !near.has(n.id);
      if (dim === dimmedNodes.has(n.id)) return;
      if (dim) {
        dimmedNodes.add(n.id);
        nodeChanges.push({ id: n.id, color: { background: DIM, border: DIM }, font: { color: "#bbbbbb" } });
      } else {
        dimmedNodes.delete(n.id);
        var c = data.types[n.type].color;
        nodeChanges.push({ id: n.id, color: { background: c, border: c }, font: { color: "#343434" } });
      }
    });
    data.edges.forEach(function (e, i) {
      var dim = nearEdges !== null && !nearEdges.has(i);
      if (dim === dimmedEdges.has(i)) return;
      if (dim) { dimmedEdges.add(i); edgeChanges.push({ id: i, color: { color: DIM }, font: { color: "rgba(0,0,0,0)", strokeWidth: 0 } }); }
      else { dimmedEdges.delete(i); edgeChanges.push({ id: i, color: { color: "#9aa5b1" }, font: { color: "#4a5560", strokeWidth: 3 } }); }
    });
    if (nodeChanges.length) nodes.update(nodeChanges);
    if (edgeChanges.length) edges.update(edgeChanges);
  }

  // ------------------------------------------------------------ evidence panel
  function citation(a) {
    var parts = [articleName(a)];
    if (a.publisher) parts.push(a.publisher);
    if (a.date) parts.push(a.date);
    return parts.join(" \u00b7 ");
  }
  // An article's name, publisher and date; a click opens what the article says.
  function cite(index) {
    var a = data.articles[index];
    if (!a) return el("span", "unknown article", "kg-cite");
    var c = el("button", citation(a), "kg-cite kg-link");
    c.type = "button";
    c.title = a.source;
    c.addEventListener("click", function () { showArticle(index); });
    return c;
  }
  function nodeLink(id) {
    var n = nodeById.get(id);
    var b = el("button", n ? n.label : id, "kg-link");
    b.type = "button";
    b.addEventListener("click", function () { focusNode(id); });
    return b;
  }
  function typeBadge(t) {
    var style = data.types[t] || { name: t, color: "#777" };
    var b = el("span", style.name, "kg-type");
    b.style.background = style.color;
    return b;
  }

  function showNode(id) {
    var n = nodeById.get(id), box = $("kg-details");
    clear(box);
    if (!n) return;
    box.append(el("h2", n.label), typeBadge(n.type));
    if (n.alt.length) box.appendChild(el("p", "Also called: " + n.alt.join("; "), "kg-muted"));
    relationList(box, "Relations", edgesOf.get(id) || [], id);
    relationList(box, "Statements that are not facts", statementsOf.get(id) || [], id);
    var quotes = quotesOf.get(id) || [];
    if (quotes.length) {
      box.appendChild(el("h3", "Quotes (" + quotes.length + ")"));
      quotes.forEach(function (q) {
        box.appendChild(el("blockquote", "\u201c" + q.text + "\u201d", "kg-quote"));
        box.appendChild(cite(q.article));
      });
    }
    if (n.articles.length) {
      box.appendChild(el("h3", "Mentioned in " + plural(n.articles.length, "article")));
      var al = el("ul");
      n.articles.forEach(function (a) { var li = el("li"); li.appendChild(cite(a)); al.appendChild(li); });
      box.appendChild(al);
    }
  }

  function relationList(box, heading, list, id) {
    if (!list.length) return;
    box.appendChild(el("h3", heading + " (" + list.length + ")"));
    var ul = el("ul");
    list.forEach(function (i) {
      var e = data.edges[i], li = el("li");
      var open = el("button", e.l, "kg-link kg-pred");
      open.type = "button";
      open.addEventListener("click", function () { showEdge(i); network.selectEdges([i]); });
      // Read as a sentence: subject, predicate, object; this node in bold, the others links.
      var end = function (other) { return other === id ? el("b", nodeById.get(id).label) : nodeLink(other); };
      li.append(end(e.s), document.createTextNode(" "), open,
                document.createTextNode(e.sym ? " " : " \u2192 "), end(e.t));
      if (e.st) li.appendChild(el("span", " (" + e.st + ")", "kg-status"));
      li.appendChild(el("span", plural(edgeArticles(e).length, "article"), "kg-cite"));
      ul.appendChild(li);
    });
    box.appendChild(ul);
  }

  // What one article says: its quotes (those without a named speaker too) and relations.
  function showArticle(index) {
    var a = data.articles[index], box = $("kg-details");
    clear(box);
    if (!a) return;
    box.appendChild(el("h2", articleName(a)));
    box.appendChild(el("p", [a.publisher, a.date, a.source].filter(Boolean).join(" \u00b7 "), "kg-muted"));
    var said = data.edges.map(function (e, i) { return i; }).filter(function (i) {
      return data.edges[i].ev.some(function (ev) { return ev[0] === index; });
    });
    relationList(box, "Relations", said.filter(function (i) { return !data.edges[i].st; }), null);
    relationList(box, "Statements that are not facts", said.filter(function (i) { return data.edges[i].st; }), null);
    var quotes = quotesIn.get(index) || [];
    if (quotes.length) {
      box.appendChild(el("h3", "Quotes (" + quotes.length + ")"));
      quotes.forEach(function (q) {
        box.appendChild(el("blockquote", "\u201c" + q.text + "\u201d", "kg-quote"));
        if (q.speaker !== null && nodeById.has(q.speaker)) {
          var who = el("span", "", "kg-cite");
          who.append(document.createTextNode("\u2014 "), nodeLink(q.speaker));
          box.appendChild(who);
        } else {
          box.appendChild(el("span", "\u2014 speaker not named", "kg-cite"));
        }
      });
    }
  }

  function showEdge(i) {
    var e = data.edges[i], box = $("kg-details");
    clear(box);
    if (!e) return;
    var h = el("h2");
    h.append(nodeLink(e.s), document.createTextNode(" \u2014 " + e.l + (e.sym ? " \u2014 " : " \u2192 ")),
             nodeLink(e.t));
    box.appendChild(h);
    if (e.st) box.appendChild(el("p", "Not a fact: the articles state it as " + e.st + ".", "kg-status"));
    var arts = edgeArticles(e);
    box.appendChild(el("p", arts.length ? "Stated in " + plural(arts.length, "article") + ":" :
      "No article states this; it came from a query.", "kg-muted"));
    e.ev.forEach(function (ev) {
      box.appendChild(el("blockquote", ev[1], "kg-evidence"));
      var c = cite(ev[0]);
      if (ev[2] !== null && ev[2] !== undefined) c.textContent += " \u00b7 confidence " + ev[2];
      box.appendChild(c);
    });
  }

  function focusNode(id) {
    if (!nodeShown.get(id)) { resetFilters(); }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 0.8), animation: false });
    highlight(id);
    showNode(id);
  }

  network.on("click", function (params) {
    if (params.nodes.length) { highlight(params.nodes[0]); showNode(params.nodes[0]); }
    else if (params.edges.length) { highlight(null); showEdge(params.edges[0]); }
    else { highlight(null); }
  });

  function resetFilters() {
    $("kg-search").value = "";
    $("kg-predicate").value = "";
    $("kg-source").value = "";
    $("kg-from").value = "";
    $("kg-to").value = "";
    $("kg-min").value = String(defaultMin);
    document.querySelectorAll(".kg-type-box").forEach(function (b) { b.checked = true; });
    applyFilters();
  }

  var pending = null;
  $("kg-search").addEventListener("input", function () {
    clearTimeout(pending);
    pending = setTimeout(applyFilters, data.nodes.length > 2000 ? 250 : 60);
  });
  $("kg-search").addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") return;
    var found = matches($("kg-search").value);
    if (found && found.length) focusNode(found[0].id);
  });
  ["kg-predicate", "kg-source", "kg-min", "kg-from", "kg-to", "kg-isolated", "kg-statements"]
    .forEach(function (id) { $(id).addEventListener("change", applyFilters); });
  $("kg-min").addEventListener("input", function () { $("kg-min-value").textContent = $("kg-min").value; });
  $("kg-types").addEventListener("change", applyFilters);
  $("kg-reset").addEventListener("click", function () { highlight(null); resetFilters(); network.fit(); });
  $("kg-fit").addEventListener("click", function () { network.fit(); });

  $("kg-stats").textContent = plural(data.nodes.length, "node") + ", " + plural(factCount, "relation") +
    ", " + plural(data.articles.length, "article") + ", " + plural(data.quotes.length, "quote");
  applyFilters();
  window.kgPage = { data: data, applyFilters: applyFilters, focusNode: focusNode, showEdge: showEdge,
                    showNode: showNode, showArticle: showArticle, matches: matches,
                    labelled: function () { return labelled; }, overview: overview };
})();
