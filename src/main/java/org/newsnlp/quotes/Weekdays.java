package org.newsnlp.quotes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The days of the week, lower case, written once: the word sets that step over a time ("said
 * Monday"), keep a day out of a name ("Wednesday Prime Minister …") or out of a role build on them.
 */
final class Weekdays {
  static final Set<String> DAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private Weekdays() {}

  /** The days together with {@code words}, as one immutable set. */
  static Set<String> and(String... words) {
    Set<String> all = new HashSet<>(DAYS);
    all.addAll(List.of(words));
    return Set.copyOf(all);
  }
}
