package org.kcsp.model.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the line and column of the value a JSON path names, as near as the tree allows. */
final class Locator {

  private static final Pattern SEGMENT = Pattern.compile("\\.([^.\\[]+)|\\[([0-9]+)]");

  private Locator() {}

  /** {@code {line, column}} of the value at {@code path}, or of its nearest existing ancestor. */
  static int[] locate(Node root, String path) {
    Node node = root;
    int[] at = {root.line, root.column};
    Matcher matcher = SEGMENT.matcher(path);
    int position = 1;
    while (matcher.find(position) && matcher.start() == position) {
      position = matcher.end();
      if (matcher.group(1) != null && node instanceof Node.Mapping mapping) {
        String key = matcher.group(1);
        Node child = mapping.fields.get(key);
        if (child == null) {
          return at;
        }
        at = child instanceof Node.Scalar ? new int[] {child.line, child.column} : mapping.keyLocations.get(key);
        node = child;
      } else if (matcher.group(2) != null && node instanceof Node.Sequence sequence) {
        int index = Integer.parseInt(matcher.group(2));
        if (index >= sequence.items.size()) {
          return at;
        }
        node = sequence.items.get(index);
        at = new int[] {node.line, node.column};
      } else {
        return at;
      }
    }
    return at;
  }
}
