// The <mark> mode: wraps each entity fragment's text in <mark class="newsmark">, splitting text
// nodes where entities begin and end. Host elements are never replaced or moved, so their
// listeners and references survive; the undo puts back each original text node's data and
// removes every node this added, so the DOM is exactly as before (same nodes, same innerHTML).

/**
 * @param {ReturnType<import("./walk-text.js").fragments>} frags
 * @param {(entity: object) => string} title tooltip text for an entity
 * @param {string} scopeId distinguishes this annotation's data-ent-id values from others'
 * @returns {{ marks: HTMLElement[], undo: () => void }}
 */
export function wrapMarks(frags, title, scopeId) {
  // Per text node, its cuts; cuts are applied from the end so earlier offsets stay valid.
  const byNode = new Map();
  for (const { entity, index, parts } of frags) {
    parts.forEach((part, i) => {
      if (!byNode.has(part.node)) byNode.set(part.node, []);
      byNode.get(part.node).push({ ...part, entity, index, first: i === 0, last: i === parts.length - 1 });
    });
  }
  const originals = []; // [node, data]
  const added = []; // text nodes split off
  const marks = [];
  for (const [node, cuts] of byNode) {
    originals.push([node, node.data]);
    const doc = node.ownerDocument;
    cuts.sort((a, b) => b.from - a.from);
    for (const cut of cuts) {
      if (cut.to < node.length) added.push(node.splitText(cut.to));
      const inside = cut.from > 0 ? node.splitText(cut.from) : node;
      if (inside !== node) added.push(inside);
      const mark = doc.createElement("mark");
      mark.className = "newsmark";
      mark.dataset.entId = `${scopeId}-${cut.index}`;
      mark.dataset.entLabel = cut.entity.label;
      mark.dataset.entCanonical = String(cut.entity.entity_id);
      if (cut.last) mark.dataset.entLast = "";
      if (!cut.first) mark.dataset.entCont = ""; // continues the mention begun in an earlier mark
      mark.title = title(cut.entity);
      inside.before(mark);
      if (inside === node) {
        // The original node itself must stay in place for undo: wrap a copy, empty the original.
        const copy = doc.createTextNode(node.data);
        node.data = "";
        added.push(copy);
        mark.append(copy);
        mark.before(node);
      } else {
        mark.append(inside);
      }
      marks.push(mark);
    }
  }
  let done = false;
  return {
    marks,
    undo() {
      if (done) return;
      done = true;
      for (const mark of marks) mark.remove();
      for (const node of added) node.remove();
      for (const [node, data] of originals) node.data = data;
    },
  };
}
