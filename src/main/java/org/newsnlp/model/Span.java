package org.newsnlp.model;

import java.io.Serializable;

/** A character range {@code [start, end)} in a document's decoded text. */
public record Span(int start, int end) implements Serializable {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + "-" + end);
    }
  }

  public int length() {
    return end - start;
  }

  public String of(String text) {
    return text.substring(start, end);
  }
}
