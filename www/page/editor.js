// The editable article: one contenteditable element whose DOM holds only the user's text
// (plaintext-only where supported), so typing, the caret, selection and undo stay the browser's
// own. Pastes and dropped .txt files come in as plain text: nothing is ever parsed as HTML.
// The browser's own editing sets the limit on very long texts: typing into 1 MB stalls frames
// whatever the page does (a textarea too), while 20 KB stays smooth (see the notes' figures).
import { textOf } from "../pkg/index.js";

/**
 * How the page reads the editor: with plaintext-only, line breaks are "\n" in text nodes (or
 * <br>), so text nodes are joined as they are; without it, Enter makes <div>s, one per line.
 */
const READ_PLAIN = { include: ["contenteditable"], blockSeparator: "" };
const READ_RICH = { include: ["contenteditable"], blockSeparator: "\n" };

export function createEditor(element, { onChange, onFile, onStatus }) {
  // plaintext-only: the browser itself pastes plain text, as one undoable edit, newlines kept.
  const plaintextOnly = element.contentEditable === "plaintext-only";
  if (!plaintextOnly) element.contentEditable = "true";
  const read = plaintextOnly ? READ_PLAIN : READ_RICH;

  function text() {
    return textOf(element, read);
  }

  /** Replaces everything (loading a sample or a file). */
  function setText(value) {
    element.replaceChildren(document.createTextNode(value.replace(/\r\n?/g, "\n")));
    onChange();
  }

  /**
   * Inserts plain text at the caret, for browsers without plaintext-only: as a native edit when
   * it is one line; otherwise as one text node (execCommand would turn lines into <div>s), which
   * that paste's undo cannot take back.
   */
  function insertPlainText(value) {
    value = value.replace(/\r\n?/g, "\n");
    if (!value.includes("\n") && document.execCommand("insertText", false, value)) return;
    const selection = getSelection();
    if (!selection.rangeCount || !element.contains(selection.anchorNode)) {
      selection.selectAllChildren(element);
      selection.collapseToEnd();
    }
    const range = selection.getRangeAt(0);
    range.deleteContents();
    const node = document.createTextNode(value);
    range.insertNode(node);
    selection.collapse(node, node.length);
    element.normalize();
    onChange();
  }

  element.addEventListener("input", () => onChange());
  if (!plaintextOnly) {
    element.addEventListener("paste", (event) => {
      event.preventDefault();
      insertPlainText(event.clipboardData?.getData("text/plain") ?? "");
    });
  }
  element.addEventListener("dragover", (event) => {
    if (event.dataTransfer?.types.includes("Files")) event.preventDefault();
  });
  element.addEventListener("drop", async (event) => {
    const file = event.dataTransfer?.files[0];
    if (!file) return; // dropped text: the browser inserts it as plain text
    event.preventDefault();
    if (!(file.type === "text/plain" || /\.txt$/i.test(file.name))) {
      onStatus(`Only .txt files can be dropped here (got ${file.name}).`);
      return;
    }
    onFile(file.name, await file.text());
  });

  return { element, read, text, setText };
}
