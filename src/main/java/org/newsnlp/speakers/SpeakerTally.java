package org.newsnlp.speakers;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newsnlp.model.SpeakerQuote;
import org.newsnlp.model.SpeakerStats;

/**
 * The rows of one speaker added up: the documents they come from, how many of each type, their
 * quoted words, the names and roles they were given with the rows of each, and the earliest and
 * latest publication dates among them (a date only ever replaces a later first or an earlier last
 * one, and an empty date none, so these add up like the counts). A tally grows as rows and other
 * tallies are added to it (it is an accumulator, not a value to share), and its figures do not
 * depend on the order they were added in, so that a run split into any pieces adds up the same.
 */
public final class SpeakerTally {
  private static final Pattern PLAIN_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private final SortedSet<String> documents;
  private final SortedMap<String, Integer> names;
  private final SortedMap<String, Integer> roles;
  private int quotes;
  private int direct;
  private int mixed;
  private int indirect;
  private long quotedWords;
  private String firstSeen;
  private String lastSeen;

  /** An empty tally. */
  public SpeakerTally() {
    this(List.of(), Map.of(), Map.of(), 0, 0, 0, 0, 0, "", "");
  }

  /** A tally with these figures (for decoding one). */
  public SpeakerTally(
      Collection<String> documents,
      Map<String, Integer> names,
      Map<String, Integer> roles,
      int quotes,
      int direct,
      int mixed,
      int indirect,
      long quotedWords,
      String firstSeen,
      String lastSeen) {
    this.documents = new TreeSet<>(documents);
    this.names = new TreeMap<>(names);
    this.roles = new TreeMap<>(roles);
    this.quotes = quotes;
    this.direct = direct;
    this.mixed = mixed;
    this.indirect = indirect;
    this.quotedWords = quotedWords;
    this.firstSeen = firstSeen;
    this.lastSeen = lastSeen;
  }

  /** Adds one row; returns this tally. */
  public SpeakerTally add(SpeakerQuote row) {
    documents.add(row.docId());
    names.merge(row.speaker(), 1, Integer::sum);
    if (row.speakerRole() != null && !row.speakerRole().isEmpty()) {
      roles.merge(row.speakerRole(), 1, Integer::sum);
    }
    quotes++;
    // A type this table has no column for is counted among quotes only.
    if ("direct".equals(row.quoteType())) {
      direct++;
    } else if ("mixed".equals(row.quoteType())) {
      mixed++;
    } else if ("indirect".equals(row.quoteType())) {
      indirect++;
    }
    quotedWords += row.quotedWords();
    seen(row.published(), row.published());
    return this;
  }

  /** Adds every row of {@code other}; returns this tally. */
  public SpeakerTally addAll(SpeakerTally other) {
    documents.addAll(other.documents);
    other.names.forEach((name, n) -> names.merge(name, n, Integer::sum));
    other.roles.forEach((role, n) -> roles.merge(role, n, Integer::sum));
    quotes += other.quotes;
    direct += other.direct;
    mixed += other.mixed;
    indirect += other.indirect;
    quotedWords += other.quotedWords;
    seen(other.firstSeen, other.lastSeen);
    return this;
  }

  /** Widens the dates seen to {@code first} and {@code last}; an empty date widens nothing. */
  private void seen(String first, String last) {
    if (!first.isEmpty() && (firstSeen.isEmpty() || compareDates(first, firstSeen) < 0)) {
      firstSeen = first;
    }
    if (!last.isEmpty() && (lastSeen.isEmpty() || compareDates(last, lastSeen) > 0)) {
      lastSeen = last;
    }
  }

  /**
   * Dates in time order: {@code YYYY-MM-DD} compare as text; a year past 9999 or before 1 ({@code
   * +10000-01-01}, {@code -0001-01-01}) by its value; a text that is no date after every date, in
   * character order. A total order, so the first and last dates do not depend on the order rows
   * come in.
   */
  public static int compareDates(String a, String b) {
    if (PLAIN_DATE.matcher(a).matches() && PLAIN_DATE.matcher(b).matches()) {
      return a.compareTo(b);
    }
    LocalDate x = parse(a);
    LocalDate y = parse(b);
    if (x != null && y != null && !x.equals(y)) {
      return x.compareTo(y);
    }
    if ((x == null) != (y == null)) {
      return x == null ? 1 : -1;
    }
    return a.compareTo(b);
  }

  private static LocalDate parse(String date) {
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The row of {@code speakers.csv} for {@code key}: the speaker shown and its type. */
  public SpeakerStats toStats(SpeakerKey key) {
    return new SpeakerStats(
        key.speaker(),
        key.speakerType(),
        documents.size(),
        quotes,
        direct,
        mixed,
        indirect,
        quotedWords,
        byRows(names),
        byRows(roles),
        firstSeen,
        lastSeen);
  }

  /** The keys of {@code counts}, most rows first, then in character order. */
  private static List<String> byRows(Map<String, Integer> counts) {
    List<String> keys = new ArrayList<>(counts.keySet());
    keys.sort(
        Comparator.comparing((String key) -> -counts.get(key))
            .thenComparing(Comparator.naturalOrder()));
    return keys;
  }

  /** The documents, in order. */
  public SortedSet<String> documents() {
    return Collections.unmodifiableSortedSet(documents);
  }

  /** Each name given, with its rows, by name. */
  public SortedMap<String, Integer> names() {
    return Collections.unmodifiableSortedMap(names);
  }

  /** Each role given, with its rows, by role. */
  public SortedMap<String, Integer> roles() {
    return Collections.unmodifiableSortedMap(roles);
  }

  public int quotes() {
    return quotes;
  }

  public int direct() {
    return direct;
  }

  public int mixed() {
    return mixed;
  }

  public int indirect() {
    return indirect;
  }

  public long quotedWords() {
    return quotedWords;
  }

  /** The earliest publication date of its rows, {@code YYYY-MM-DD}; empty when none has one. */
  public String firstSeen() {
    return firstSeen;
  }

  /** The latest publication date of its rows; empty when none has one. */
  public String lastSeen() {
    return lastSeen;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SpeakerTally t
        && documents.equals(t.documents)
        && names.equals(t.names)
        && roles.equals(t.roles)
        && quotes == t.quotes
        && direct == t.direct
        && mixed == t.mixed
        && indirect == t.indirect
        && quotedWords == t.quotedWords
        && firstSeen.equals(t.firstSeen)
        && lastSeen.equals(t.lastSeen);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        documents, names, roles, quotes, direct, mixed, indirect, quotedWords, firstSeen, lastSeen);
  }

  @Override
  public String toString() {
    return "SpeakerTally" + names + " in " + documents + ": " + quotes + " rows";
  }
}
