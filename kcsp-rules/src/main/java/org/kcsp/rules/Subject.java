package org.kcsp.rules;

import java.util.Objects;

/**
 * The thing a finding is reported on: its kind and its id in the record. Waivers and users' tests
 * name the id.
 *
 * @param kind what it is
 * @param id its id in the record, such as {@code "bystander-approach-training"}
 */
public record Subject(SubjectKind kind, String id) {

  public Subject {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  /** {@code PROJECT bystander-approach-training}. */
  @Override
  public String toString() {
    return kind + " " + id;
  }
}
