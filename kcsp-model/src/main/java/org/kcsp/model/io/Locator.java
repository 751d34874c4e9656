package org.kcsp.model.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the line and column of the value a JSON path names, as near as the tree allows. */
final class Locator {

  private static final Pattern SEGMENT = Pattern.compile("\\.([^.\\[]+)|\\[([0-9]+)]");

  private Locator() {}

  /**
   * {@code {line, column}} of the value at {@code path} under {@code node} (a path from {@code $},
   * which is {@code node}), or of its nearest existing ancestor. A scalar is found at the value, an
   * object or array at its key.
   */
  static int[] locate(Node node, String path) {
    Tree tree = node.tree;
    int current = node.index;
    int at = current;
    Matcher matcher = SEGMENT.matcher(path);
    int position = 1;
    while (matcher.find(position) && matcher.start() == position) {
      position = matcher.end();
      if (matcher.group(1) != null && tree.kind(current) == Tree.MAPPING) {
        int key = tree.key(current, matcher.group(1));
        if (key < 0) {
          break;
        }
        current = tree.valueOf(key);
        at = tree.isContainer(current) ? key : current;
      } else if (matcher.group(2) != null && tree.kind(current) == Tree.SEQUENCE) {
        int item = tree.item(current, Integer.parseInt(matcher.group(2)));
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
