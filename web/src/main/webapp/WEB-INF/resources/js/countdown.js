/*
 * Counts down every element with class "countdown" to the time (epoch milliseconds) in its
 * data-expires attribute, as HH:MM:SS; at zero it shows 00:00:00 and the passcode has expired.
 * Elements replaced by an Ajax update are picked up on the next tick.
 */
(function () {
  function two(n) {
    return (n < 10 ? "0" : "") + n;
  }
  function tick() {
    var now = Date.now();
    var clocks = document.querySelectorAll(".countdown[data-expires]");
    for (var i = 0; i < clocks.length; i++) {
      var left = Math.max(0, Math.floor((Number(clocks[i].getAttribute("data-expires")) - now) / 1000));
      clocks[i].textContent =
        two(Math.floor(left / 3600)) + ":" + two(Math.floor((left % 3600) / 60)) + ":" + two(left % 60);
      clocks[i].classList.toggle("expired", left === 0);
    }
  }
  setInterval(tick, 1000);
  document.addEventListener("DOMContentLoaded", tick);
  document.addEventListener("pfAjaxComplete", tick);
})();
