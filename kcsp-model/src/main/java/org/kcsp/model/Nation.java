package org.kcsp.model;

/** The nation whose law a partnership works under: England unless stated (version 2). */
public enum Nation {
  ENGLAND,
  WALES
}
