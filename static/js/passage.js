// Fills the "documented here" form of the evidence page from the words selected in the note:
// the selected text and its character range in the whole note (the page shows part of a long
// note; data-offset says where that part starts). Typing in the words box drops the range, and
// the server then finds the typed words in the note instead.
// Plain ES5-compatible code: it must run in Cerner PowerChart's embedded Edge/IE frames.
(function () {
  "use strict";
  var note = document.querySelector(".note-text[data-offset]");
  var form = document.getElementById("passage-form");
  if (!note || !form || !window.getSelection || !document.createRange) { return; }
  var start = form.querySelector('[name="passage_start"]');
  var end = form.querySelector('[name="passage_end"]');
  var words = form.querySelector('[name="passage"]');

  function capture() {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) { return; }
    var range = selection.getRangeAt(0);
    if (!note.contains(range.startContainer) || !note.contains(range.endContainer)) { return; }
    var before = document.createRange();
    before.selectNodeContents(note);
    before.setEnd(range.startContainer, range.startOffset);
    var from = (parseInt(note.getAttribute("data-offset"), 10) || 0) + before.toString().length;
    var text = range.toString();
    start.value = String(from);
    end.value = String(from + text.length);
    words.value = text;
  }

  note.addEventListener("mouseup", capture);
  note.addEventListener("keyup", capture);
  words.addEventListener("input", function () { start.value = ""; end.value = ""; });
})();
