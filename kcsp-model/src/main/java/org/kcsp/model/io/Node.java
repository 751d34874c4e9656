package org.kcsp.model.io;

import org.kcsp.model.Problem;

/**
 * A view of one value of a {@link Tree}, made when the binder reads it: the tree holds no objects
 * per value, so a view is cheap and short-lived.
 */
abstract sealed class Node permits Node.Mapping, Node.Sequence, Node.Scalar {

  final Tree tree;
  final int index;

  Node(Tree tree, int index) {
    this.tree = tree;
    this.index = index;
  }

  /** {@code {line, column}}, from 1, of where the value starts. */
  int[] place() {
    return tree.placeOf(index);
  }

  /** What a person would call this kind of value, for error messages. */
  abstract String describe();

  /** An object: keys in file order. */
  static final class Mapping extends Node {

    Mapping(Tree tree, int index) {
      super(tree, index);
    }

    /** The value of {@code key}, or {@code null} when the object has no such key. */
    Node get(String key) {
      int at = tree.key(index, key);
      return at < 0 ? null : tree.node(tree.valueOf(at));
    }

    /** Whether the object has {@code key}. */
    boolean has(String key) {
      return tree.key(index, key) >= 0;
    }

    /** {@code {line, column}} of {@code key} itself, or {@code null} when the object has no such key. */
    int[] placeOfKey(String key) {
      int at = tree.key(index, key);
      return at < 0 ? null : tree.placeOf(at);
    }

    @Override
    String describe() {
      return "an object";
    }
  }

  /** An array. */
  static final class Sequence extends Node {

    Sequence(Tree tree, int index) {
      super(tree, index);
    }

    @Override
    String describe() {
      return "an array";
    }
  }

  /** A string, number, boolean or null, with its text as written. */
  static final class Scalar extends Node {

    Scalar(Tree tree, int index) {
      super(tree, index);
    }

    boolean isString() {
      return tree.kind(index) == Tree.STRING;
    }

    boolean isNumber() {
      int kind = tree.kind(index);
      return kind == Tree.INTEGER || kind == Tree.DECIMAL;
    }

    boolean isInteger() {
      return tree.kind(index) == Tree.INTEGER;
    }

    boolean isBoolean() {
      return tree.kind(index) == Tree.BOOLEAN;
    }

    boolean isNull() {
      return tree.kind(index) == Tree.NULL;
    }

    /** Whether it is a YAML scalar written plain: neither quoted nor a block. */
    boolean isPlainYaml() {
      if (!tree.yaml) {
        return false;
      }
      int at = tree.offset(index);
      char first = at < tree.source.length() ? tree.source.charAt(at) : ' ';
      return first != '"' && first != '\'' && first != '|' && first != '>';
    }

    /** The text, as written for a number or boolean, as read for a string. */
    String text() {
      return tree.text(index);
    }

    @Override
    String describe() {
      return switch (tree.kind(index)) {
        case Tree.STRING -> "the string " + Problem.quote(text());
        case Tree.INTEGER, Tree.DECIMAL -> "the number " + text();
        case Tree.BOOLEAN -> text();
        default -> "null";
      };
    }
  }
}
