package org.kcsp.model;

/** Where a project works. */
public enum ProjectScope {
  /** Across the whole area. */
  COUNTYWIDE,
  /** In one locality; a county partnership refers such projects to the local partnerships. */
  LOCAL
}
