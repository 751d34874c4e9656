package org.kcsp.model.io;

import org.kcsp.model.RecordPath;

/** Finds the line and column of the value a path names, as near as the tree allows. */
final class Locator {

  private Locator() {}

  /**
   * {@code {line, column}} of the value at {@code path} under {@code node} (a path from {@code $},
   * which is {@code node}), or of its nearest existing ancestor. A scalar is found at the value, an
   * object or array at its key.
   */
  static int[] locate(Node node, RecordPath path) {
    Tree tree = node.tree;
    int current = node.index;
    int at = current;
    for (RecordPath.Segment segment : path.segments()) {
      if (segment instanceof RecordPath.Key key && tree.kind(current) == Tree.MAPPING) {
        int entry = tree.key(current, key.name());
        if (entry < 0) {
          break;
        }
        current = tree.valueOf(entry);
        at = tree.isContainer(current) ? entry : current;
      } else if (segment instanceof RecordPath.Index index && tree.kind(current) == Tree.SEQUENCE) {
        int item = tree.item(current, index.index());
        if (item < 0) {
          break;
        }
        current = item;
        at = item;
      } else {
        break;
      }
    }
    return tree.placeOf(at);
  }
}
