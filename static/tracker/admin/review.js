// Review queue: scroll the article so the proposal's evidence is in view.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll(".review-article mark.evidence").forEach(function (mark) {
    var box = mark.closest(".review-article");
    box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - box.clientHeight / 3);
  });
});
