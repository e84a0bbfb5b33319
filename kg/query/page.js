// The query page of kg serve: ready-made queries, an editor, results, CSV and a drawing.
// Results are data from the graph (article text among them): they reach the page only
// through textContent, never as markup.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  function $(id) { return document.getElementById(id); }
  var editor = $("kg-query"), menu = $("kg-ready"), about = $("kg-about"), status = $("kg-status");
  var results = $("kg-results"), download = $("kg-download"), draw = $("kg-draw");
  var JSON_RESULTS = "application/sparql-results+json", TURTLE = "text/turtle";
  var kind = null;  // "SELECT", "ASK" or "CONSTRUCT": what the last run returned

  data.queries.forEach(function (q, i) {
    var option = document.createElement("option");
    option.value = String(i);
    option.textContent = q.name;
    menu.appendChild(option);
  });
  editor.value = data.first;

  function say(text, error) {
    status.textContent = text;
    status.className = error ? "kg-error" : "";
  }

  function ask(accept) {
    return fetch("sparql", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": accept },
      body: new URLSearchParams({ query: editor.value })
    }).then(function (response) {
      if (response.ok) return response;
      return response.text().then(function (text) {
        throw new Error(response.status + " " + response.statusText + ": " + text.trim());
      });
    });
  }

  function cell(tag, text) {
    var element = document.createElement(tag);
    element.textContent = text;
    return element;
  }

  function term(value) {
    if (!value) return "";
    return value.value;
  }

  function showTable(answer) {
    var names = answer.head.vars, rows = answer.results.bindings;
    var table = document.createElement("table"), head = document.createElement("tr");
    names.forEach(function (name) { head.appendChild(cell("th", name)); });
    table.appendChild(document.createElement("thead")).appendChild(head);
    var body = table.appendChild(document.createElement("tbody"));
    rows.forEach(function (row) {
      var tr = document.createElement("tr");
      names.forEach(function (name) { tr.appendChild(cell("td", term(row[name]))); });
      body.appendChild(tr);
    });
    results.replaceChildren(table);
    say(rows.length + (rows.length === 1 ? " row" : " rows"));
  }

  function run() {
    kind = null;
    download.disabled = draw.disabled = true;
    results.replaceChildren();
    say("Running…");
    ask(JSON_RESULTS + ", " + TURTLE + ";q=0.9").then(function (response) {
      var type = (response.headers.get("Content-Type") || "").split(";")[0];
      if (type === TURTLE) {
        return response.text().then(function (text) {
          kind = "CONSTRUCT";
          results.replaceChildren(cell("pre", text));
          say("Triples, in Turtle");
        });
      }
      return response.json().then(function (answer) {
        if ("boolean" in answer) {
          kind = "ASK";
          results.replaceChildren(cell("p", String(answer.boolean)));
          say("Answer");
        } else {
          kind = "SELECT";
          showTable(answer);
        }
      });
    }).then(function () {
      download.textContent = kind === "CONSTRUCT" ? "Download Turtle" : "Download CSV";
      download.disabled = kind === "ASK";
      draw.disabled = kind === "ASK";
    }, function (error) { say(error.message, true); });
  }

  function save() {
    var turtle = kind === "CONSTRUCT";
    ask(turtle ? TURTLE : "text/csv").then(function (response) { return response.blob(); })
      .then(function (blob) {
        var link = document.createElement("a"), chosen = data.queries[menu.value];
        link.href = URL.createObjectURL(blob);
        link.download = (chosen ? chosen.name : "result") + (turtle ? ".ttl" : ".csv");
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
      }, function (error) { say(error.message, true); });
  }

  function drawResult() {
    $("kg-draw-query").value = editor.value;
    $("kg-drawing").hidden = false;
    $("kg-draw-form").submit();
    say("Drawing…");
  }

  menu.addEventListener("change", function () {
    var chosen = data.queries[menu.value];
    about.textContent = chosen ? chosen.about : "";
    if (chosen) editor.value = chosen.text;
  });
  editor.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) { event.preventDefault(); run(); }
  });
  $("kg-run").addEventListener("click", run);
  download.addEventListener("click", save);
  draw.addEventListener("click", drawResult);
  $("kg-drawing").addEventListener("load", function () {
    if (status.textContent !== "Drawing…") return;
    say("Drawn below");
    // Chromium draws a frame of another origin (this one is sandboxed) only once it is on screen.
    $("kg-drawing").scrollIntoView({ block: "nearest" });
  });
}());
