// The newsgraph HTML view: the graph embedded in #graph-data drawn with
// sigma.js, with search, relation and date filters, neighbour highlighting,
// and a side panel that shows an entity or an edge with its evidence.
// Text from the graph is only ever set as textContent, never parsed as HTML.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const graph = new graphology.MultiDirectedGraph();

  const maxDegree = Math.max(1, ...data.nodes.map((n) => n.degree));
  for (const n of data.nodes) {
    graph.addNode(n.id, {
      label: n.label,
      kind: n.kind,
      x: n.x,
      y: n.y,
      size: 4 + 14 * Math.sqrt(n.degree / maxDegree),
      color: data.types[n.kind] || "#999999",
      mentions: n.mentions,
      documents: n.documents,
    });
  }
  for (const e of data.edges) {
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, {
      ...e,
      type: "arrow",
      label: (e.negative ? "not " : "") + e.relation,
      size: 2.5 + Math.min(e.weight, 6) * 0.5,  // thinner edges escape the half-resolution picking of clicks
      color: data.relations[e.relation] || "#7f7f7f",
    });
  }

  const state = {
    relations: new Set(Object.keys(data.relations)),
    since: "",
    until: "",
    node: null, // the selected entity
    neighbours: new Set(),
    edge: null, // the selected edge
  };

  // An edge with no dated evidence is outside any date range.
  function edgeShown(attrs) {
    if (!state.relations.has(attrs.relation)) return false;
    if (state.since && (!attrs.last || attrs.last < state.since)) return false;
    if (state.until && (!attrs.first || attrs.first > state.until)) return false;
    return true;
  }

  const renderer = new Sigma(graph, document.getElementById("graph"), {
    enableEdgeEvents: true,
    renderEdgeLabels: false,
    labelRenderedSizeThreshold: 8,
    zIndex: true,
    nodeReducer(node, attrs) {
      const out = { ...attrs };
      if (state.node && node !== state.node && !state.neighbours.has(node)) {
        out.color = "#dddddd";
        out.label = "";
        out.zIndex = 0;
      } else if (state.node) {
        out.zIndex = 1;
        out.forceLabel = true;
        out.highlighted = node === state.node;
      }
      return out;
    },
    edgeReducer(edge, attrs) {
      const out = { ...attrs };
      if (!edgeShown(attrs)) {
        out.hidden = true;
        return out;
      }
      if (state.edge === edge) {
        out.size = attrs.size + 3;
        out.zIndex = 2;
      } else if (state.node && !graph.extremities(edge).includes(state.node)) {
        out.color = "#eeeeee";
        out.zIndex = 0;
      }
      return out;
    },
  });

  const panel = document.getElementById("panel");
  const title = document.getElementById("panel-title");
  const body = document.getElementById("panel-body");

  function element(tag, text, className) {
    const el = document.createElement(tag);
    if (text !== undefined) el.textContent = text;
    if (className) el.className = className;
    return el;
  }

  function figures(rows) {
    const table = element("table", undefined, "figures");
    for (const [name, value] of rows) {
      const tr = element("tr");
      tr.append(element("th", name), element("td", String(value)));
      table.append(tr);
    }
    return table;
  }

  function edgeTitle(edge) {
    const a = graph.getEdgeAttributes(edge);
    const [s, t] = graph.extremities(edge);
    return graph.getNodeAttribute(s, "label") + " " + a.label + " " + graph.getNodeAttribute(t, "label");
  }

  function showPanel(heading) {
    title.textContent = heading;
    body.replaceChildren();
    panel.hidden = false;
  }

  function selectEdge(edge) {
    state.edge = edge;
    const a = graph.getEdgeAttributes(edge);
    showPanel(edgeTitle(edge));
    body.append(
      figures([
        ["sentences", a.weight],
        ["documents", a.documents],
        ["dates", a.first ? (a.first === a.last ? a.first : a.first + " to " + a.last) : "undated"],
        ["best confidence", a.confidence],
      ]),
    );
    body.append(element("h3", a.evidence.length < a.weight ? "Evidence (a sample)" : "Evidence"));
    const list = element("ol", undefined, "evidence");
    for (const ev of a.evidence) {
      const item = element("li");
      item.append(element("span", ev.doc + (ev.date ? ", " + ev.date : ""), "doc"));
      if (ev.attributed_to) item.append(element("span", "according to " + ev.attributed_to, "attribution"));
      item.append(element("q", ev.text));
      list.append(item);
    }
    body.append(list);
    renderer.refresh();
  }

  function selectNode(node) {
    state.node = node;
    state.edge = null;
    state.neighbours = new Set(graph.neighbors(node));
    const a = graph.getNodeAttributes(node);
    showPanel(a.label);
    body.append(
      figures([
        ["type", a.kind],
        ["mentions", a.mentions],
        ["documents", a.documents],
        ["relations", graph.degree(node)],
      ]),
    );
    const list = element("ul", undefined, "relations");
    graph.forEachEdge(node, (edge, attrs) => {
      if (!edgeShown(attrs)) return;
      const item = element("li");
      const link = element("button", edgeTitle(edge) + " (" + attrs.weight + ")", "edge-link");
      link.addEventListener("click", () => selectEdge(edge));
      item.append(link);
      list.append(item);
    });
    body.append(list);
    const shown = renderer.getNodeDisplayData(node);
    if (shown) renderer.getCamera().animate({ x: shown.x, y: shown.y, ratio: 0.6 }, { duration: 300 });
    renderer.refresh();
  }

  function clearSelection() {
    state.node = null;
    state.edge = null;
    state.neighbours = new Set();
    panel.hidden = true;
    renderer.refresh();
  }

  renderer.on("clickNode", ({ node }) => selectNode(node));
  renderer.on("clickEdge", ({ edge }) => selectEdge(edge));
  renderer.on("clickStage", clearSelection);
  document.getElementById("close").addEventListener("click", clearSelection);

  // Search: the exact name first, else the first name that starts with, else contains, the text.
  const names = document.getElementById("names");
  const byLabel = [];
  graph.forEachNode((node, a) => byLabel.push([a.label.toLowerCase(), node, a.label]));
  byLabel.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  names.replaceChildren(...byLabel.map(([, , label]) => Object.assign(document.createElement("option"), { value: label })));

  function find(text) {
    const q = text.trim().toLowerCase();
    if (!q) return null;
    const hit =
      byLabel.find(([l]) => l === q) || byLabel.find(([l]) => l.startsWith(q)) || byLabel.find(([l]) => l.includes(q));
    return hit ? hit[1] : null;
  }
  const search = document.getElementById("search");
  search.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    const node = find(search.value);
    search.classList.toggle("not-found", !node);
    if (node) selectNode(node);
  });

  // Filters.
  const relations = document.getElementById("relations");
  for (const [relation, color] of Object.entries(data.relations)) {
    const label = element("label", undefined, "relation");
    const box = Object.assign(document.createElement("input"), { type: "checkbox", checked: true, value: relation });
    box.addEventListener("change", () => {
      if (box.checked) state.relations.add(relation);
      else state.relations.delete(relation);
      renderer.refresh();
      updateCount();
    });
    const swatch = element("span", undefined, "swatch");
    swatch.style.background = color;
    label.append(box, swatch, document.createTextNode(relation));
    relations.append(label);
  }
  for (const id of ["since", "until"]) {
    document.getElementById(id).addEventListener("change", (event) => {
      state[id] = event.target.value;
      renderer.refresh();
      updateCount();
    });
  }

  const count = document.getElementById("count");
  function updateCount() {
    let edges = 0;
    graph.forEachEdge((edge, attrs) => (edges += edgeShown(attrs) ? 1 : 0));
    count.textContent =
      graph.order + (graph.order < data.entities ? " of " + data.entities : "") + " entities, " + edges + " relations";
  }
  updateCount();

  // For tests and for the browser console.
  window.newsgraph = { graph, renderer, selectNode, selectEdge, find };
})();
