// Warta: show a quote's speaker on click (or Enter) and link all pieces of one quote on hover.
(function () {
  "use strict";
  function pieces(q) {
    return document.querySelectorAll('mark.q[data-q="' + q + '"], tr[data-q="' + q + '"]');
  }
  function setActive(q, on) {
    pieces(q).forEach(function (el) { el.classList.toggle("active", on); });
  }
  function showSpeaker(mark) {
    var panel = document.getElementById("speaker-panel");
    if (!panel) { return; }
    panel.hidden = false;
    panel.querySelector(".sp-name").textContent = mark.dataset.speaker || "unknown speaker";
    panel.querySelector(".sp-role").textContent = mark.dataset.role ? "(" + mark.dataset.role + ")" : "";
    panel.querySelector(".sp-cue").textContent = mark.dataset.cue ? "cue: " + mark.dataset.cue : "";
    var link = panel.querySelector(".sp-link");
    var href = mark.dataset.href || "";
    link.hidden = !/^\/people\//.test(href);
    link.setAttribute("href", link.hidden ? "#" : href);
    document.querySelectorAll("mark.q.selected").forEach(function (el) { el.classList.remove("selected"); });
    pieces(mark.dataset.q).forEach(function (el) { el.classList.add("selected"); });
  }
  document.addEventListener("mouseover", function (ev) {
    var m = ev.target.closest && ev.target.closest("mark.q[data-q]");
    if (m) { setActive(m.dataset.q, true); }
  });
  document.addEventListener("mouseout", function (ev) {
    var m = ev.target.closest && ev.target.closest("mark.q[data-q]");
    if (m) { setActive(m.dataset.q, false); }
  });
  document.addEventListener("click", function (ev) {
    var m = ev.target.closest && ev.target.closest("mark.q[data-q]");
    if (m) { showSpeaker(m); }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" && ev.target.matches && ev.target.matches("mark.q[data-q]")) { showSpeaker(ev.target); }
  });
})();
