// Progressive enhancement only (every page works without it): copy buttons and "select all" in the DLQ.
export const JS = `"use strict";
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-copy]");
  if (!button) return;
  var source = document.getElementById(button.getAttribute("data-copy"));
  if (!source || !navigator.clipboard) return;
  navigator.clipboard.writeText(source.textContent || "").then(function () {
    button.textContent = "Copied";
  });
});
document.addEventListener("change", function (event) {
  var all = event.target.closest("[data-select-all]");
  if (!all) return;
  var boxes = document.querySelectorAll("input[name='" + all.getAttribute("data-select-all") + "']");
  for (var i = 0; i < boxes.length; i++) boxes[i].checked = all.checked;
});
document.documentElement.classList.add("js");
`;
