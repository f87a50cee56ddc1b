// The article page: clicking a highlighted stretch shows every item warta
// extracted there. Item data comes from a JSON block and is shown with
// textContent only.
(function () {
  "use strict";
  var data = document.getElementById("items");
  var body = document.getElementById("details-body");
  if (!data || !body) { return; }
  var byId = {};
  JSON.parse(data.textContent).forEach(function (it) { byId[it.id] = it; });

  function node(tag, text) {
    var n = document.createElement(tag);
    if (text !== undefined && text !== null) { n.textContent = String(text); }
    return n;
  }

  function show(mark) {
    document.querySelectorAll("mark.hl.selected").forEach(function (m) { m.classList.remove("selected"); });
    mark.classList.add("selected");
    body.textContent = "";
    (mark.dataset.items || "").split(" ").forEach(function (id) {
      var it = byId[id];
      if (!it) { return; }
      var h = node("h3", it.label);
      h.className = "kind-" + it.kind;
      body.appendChild(h);
      var dl = node("dl");
      [["text", it.text], ["offsets", it.start + "–" + it.end]].concat(
        Object.keys(it.details).map(function (k) { return [k, it.details[k]]; })
      ).forEach(function (kv) {
        if (kv[1] === null || kv[1] === undefined || kv[1] === "") { return; }
        dl.appendChild(node("dt", kv[0]));
        dl.appendChild(node("dd", kv[1]));
      });
      body.appendChild(dl);
    });
  }

  document.getElementById("text").addEventListener("click", function (ev) {
    var mark = ev.target.closest("mark.hl");
    if (mark) { show(mark); }
  });
  document.getElementById("text").addEventListener("keydown", function (ev) {
    if ((ev.key === "Enter" || ev.key === " ") && ev.target.matches("mark.hl")) {
      ev.preventDefault();
      show(ev.target);
    }
  });
  var target = document.querySelector("mark.hl-target");
  if (target) {
    target.id = "target";
    target.scrollIntoView({ block: "center" });
    var inner = target;
    show(inner);
  }
})();
