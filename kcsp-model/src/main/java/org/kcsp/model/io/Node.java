package org.kcsp.model.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed JSON or YAML value that remembers where in the file it stood. */
abstract sealed class Node permits Node.Mapping, Node.Sequence, Node.Scalar {

  final int line;
  final int column;

  Node(int line, int column) {
    this.line = line;
    this.column = column;
  }

  /** What a person would call this kind of value, for error messages. */
  abstract String describe();

  /** An object: keys in file order, each with where the key stood. */
  static final class Mapping extends Node {
    final Map<String, Node> fields = new LinkedHashMap<>();
    final Map<String, int[]> keyLocations = new LinkedHashMap<>();

    Mapping(int line, int column) {
      super(line, column);
    }

    @Override
    String describe() {
      return "an object";
    }
  }

  /** An array. */
  static final class Sequence extends Node {
    final List<Node> items;

    Sequence(int line, int column, List<Node> items) {
      super(line, column);
      this.items = items;
    }

    @Override
    String describe() {
      return "an array";
    }
  }

  /** A string, number, boolean or null, with its text as written. */
  static final class Scalar extends Node {
    enum Kind { STRING, INTEGER, DECIMAL, BOOLEAN, NULL }

    final Kind kind;
    final String text;

    Scalar(int line, int column, Kind kind, String text) {
      super(line, column);
      this.kind = kind;
      this.text = text;
    }

    @Override
    String describe() {
      return switch (kind) {
        case STRING -> "the string \"" + abbreviate(text) + "\"";
        case INTEGER, DECIMAL -> "the number " + abbreviate(text);
        case BOOLEAN -> text;
        case NULL -> "null";
      };
    }

    private static String abbreviate(String text) {
      return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
  }
}
