package org.newsnlp.evaluate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * What a pivot table of {@code quotes.csv} by speaker needs, counted over a run's rows: rows that
 * share characters with another row of their document (a quotation counted twice), person speakers
 * that are no person's name (an honorific, a weekday or month, a publication), person speakers with
 * a role or title inside the name ("Home Secretary Charles Clarke"), person speakers that are the
 * tail of a fuller person speaker of the same article ("Howard" beside "Michael Howard"), and
 * speakers that differ only by case ("Analysts" and "analysts").
 *
 * <p>The word lists here are the checker's own, kept apart from the extractor's so that the figures
 * measure it rather than repeat it. The work is linear in the rows (a sweep over sorted positions
 * per document).
 */
public final class QuoteRowChecks {
  /** One row of {@code quotes.csv}, the columns the checks read. */
  public record Row(String docId, int start, int end, String speaker, String speakerType) {}

  /**
   * The counts, with up to {@value #EXAMPLES} examples of each finding.
   *
   * @param rows rows read
   * @param personRows rows whose {@code speaker_type} is {@code person}
   * @param overlappingPairs pairs of rows of one document that share at least one character
   * @param notAName person rows whose speaker is an honorific, holds a weekday or month (but as the
   *     last of two words or more: a surname), or names a publication
   * @param roleInside person rows with a role, title or honorific before the last word of {@code
   *     speaker}, or made only of such words
   * @param tails distinct (document, person speaker) pairs where the speaker is the last words of
   *     another person speaker of the same document
   * @param caseVariants speaker names (lower-cased) written in more than one case across the run
   */
  public record Findings(
      int rows,
      int personRows,
      int overlappingPairs,
      int notAName,
      int roleInside,
      int tails,
      int caseVariants,
      Map<String, List<String>> examples) {

    /** Person rows with a role inside the speaker, as a share of person rows. */
    public double roleInsideShare() {
      return personRows == 0 ? 0.0 : (double) roleInside / personRows;
    }

    public String report() {
      StringBuilder s = new StringBuilder();
      s.append(
          String.format(
              Locale.ROOT,
              "rows %d, person rows %d%n"
                  + "overlapping row pairs          %d%n"
                  + "person speakers not a name     %d%n"
                  + "person rows with a role inside %d (%.2f%% of person rows)%n"
                  + "person speakers that are a tail %d%n"
                  + "names differing only by case   %d%n",
              rows,
              personRows,
              overlappingPairs,
              notAName,
              roleInside,
              100 * roleInsideShare(),
              tails,
              caseVariants));
      examples.forEach(
          (kind, list) -> {
            if (!list.isEmpty()) {
              s.append(kind).append(": ").append(String.join(" | ", list)).append('\n');
            }
          });
      return s.toString();
    }
  }

  static final int EXAMPLES = 12;

  private static final Set<String> HONORIFICS =
      Set.of(
          "mr", "mrs", "ms", "miss", "mx", "dr", "messrs", "sir", "dame", "lord", "lady", "prof");

  private static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** Months that are not also given names ("April", "June", "May" are left out). */
  private static final Set<String> MONTHS =
      Set.of(
          "january", "february", "march", "july", "september", "october", "november", "december");

  private static final Set<String> PUBLICATIONS =
      Set.of(
          "telegraph",
          "times",
          "guardian",
          "herald",
          "mail",
          "post",
          "journal",
          "mirror",
          "express",
          "observer",
          "gazette",
          "tribune",
          "chronicle",
          "independent",
          "newspaper",
          "magazine",
          "newsweek",
          "bbc",
          "reuters",
          "cnn",
          "itv",
          "radio",
          "television",
          "tv",
          "agency",
          "news");

  private static final Set<String> ROLES =
      Set.of(
          "secretary",
          "minister",
          "chancellor",
          "president",
          "premier",
          "chairman",
          "chairwoman",
          "chair",
          "chief",
          "executive",
          "director",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "leader",
          "governor",
          "mayor",
          "senator",
          "ambassador",
          "general",
          "manager",
          "coach",
          "captain",
          "skipper",
          "boss",
          "commissioner",
          "professor",
          "king",
          "queen",
          "prince",
          "princess",
          "judge",
          "head",
          "editor",
          "founder",
          "deputy",
          "vice",
          "prime",
          "shadow",
          "home",
          "foreign",
          "mp",
          "mep",
          "analyst",
          "economist",
          "official",
          "officer",
          "striker",
          "midfielder",
          "defender",
          "goalkeeper",
          "star",
          "singer",
          "actor",
          "actress",
          "director-general",
          "ayatollah",
          "pope",
          "archbishop",
          "bishop",
          "rev",
          "reverend");

  private QuoteRowChecks() {}

  /** The rows of a {@code quotes.csv} written by a run. */
  public static List<Row> read(Path quotesCsv) throws IOException {
    List<Row> rows = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(quotesCsv, StandardCharsets.UTF_8)) {
      for (CSVRecord r :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        rows.add(
            new Row(
                r.get("doc_id"),
                Integer.parseInt(r.get("quote_start")),
                Integer.parseInt(r.get("quote_end")),
                r.get("speaker"),
                r.get("speaker_type")));
      }
    }
    return rows;
  }

  public static Findings check(List<Row> rows) {
    Map<String, List<String>> examples = new LinkedHashMap<>();
    for (String kind : List.of("overlap", "not a name", "role inside", "tail", "case")) {
      examples.put(kind, new ArrayList<>());
    }
    Map<String, List<Row>> byDoc = new TreeMap<>();
    for (Row r : rows) {
      byDoc.computeIfAbsent(r.docId(), k -> new ArrayList<>()).add(r);
    }
    int overlapping = 0;
    int personRows = 0;
    int notAName = 0;
    int roleInside = 0;
    int tails = 0;
    for (Map.Entry<String, List<Row>> doc : byDoc.entrySet()) {
      overlapping += overlappingPairs(doc.getKey(), doc.getValue(), examples.get("overlap"));
      Set<String> persons = new TreeSet<>();
      for (Row r : doc.getValue()) {
        if (!"person".equals(r.speakerType())) {
          continue;
        }
        personRows++;
        persons.add(r.speaker());
        List<String> words = words(r.speaker());
        if (isNotAName(words)) {
          notAName++;
          note(examples.get("not a name"), r.speaker());
        }
        if (hasRoleInside(words)) {
          roleInside++;
          note(examples.get("role inside"), r.speaker());
        }
      }
      tails += tails(doc.getKey(), persons, examples.get("tail"));
    }
    Map<String, Set<String>> forms = new HashMap<>();
    for (Row r : rows) {
      if (!r.speaker().isBlank()) {
        forms
            .computeIfAbsent(r.speaker().toLowerCase(Locale.ROOT), k -> new TreeSet<>())
            .add(r.speaker());
      }
    }
    int caseVariants = 0;
    for (Set<String> f : new TreeMap<>(forms).values()) {
      if (f.size() > 1) {
        caseVariants++;
        note(examples.get("case"), String.join(" / ", f));
      }
    }
    return new Findings(
        rows.size(), personRows, overlapping, notAName, roleInside, tails, caseVariants, examples);
  }

  /** Pairs of rows sharing a character: rows by start, the ends of earlier rows in a heap. */
  private static int overlappingPairs(String doc, List<Row> rows, List<String> examples) {
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
    PriorityQueue<Integer> ends = new PriorityQueue<>();
    int pairs = 0;
    for (Row r : sorted) {
      while (!ends.isEmpty() && ends.peek() <= r.start()) {
        ends.poll();
      }
      if (!ends.isEmpty() && r.end() > r.start()) {
        pairs += ends.size();
        note(examples, doc + "@" + r.start());
      }
      if (r.end() > r.start()) {
        ends.add(r.end());
      }
    }
    return pairs;
  }

  private static boolean isNotAName(List<String> words) {
    if (words.isEmpty()) {
      return false;
    }
    boolean allHonorifics = true;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      allHonorifics &= HONORIFICS.contains(w);
      // a day or month closing a name of two words or more is a surname ("Mike Friday")
      boolean surname = i > 0 && i == words.size() - 1;
      if ((WEEKDAYS.contains(w) || MONTHS.contains(w)) && !surname || PUBLICATIONS.contains(w)) {
        return true;
      }
    }
    return allHonorifics;
  }

  private static boolean hasRoleInside(List<String> words) {
    boolean allRoles = !words.isEmpty();
    for (int i = 0; i < words.size(); i++) {
      boolean role = ROLES.contains(words.get(i)) || HONORIFICS.contains(words.get(i));
      allRoles &= role;
      if (role && i < words.size() - 1) {
        return true;
      }
    }
    return allRoles;
  }

  /**
   * Person speakers of one document that are the last words of a longer one: each speaker's word
   * suffixes looked up in the set, so the work is the number of words, not of pairs.
   */
  private static int tails(String doc, Set<String> persons, List<String> examples) {
    Map<String, String> lower = new HashMap<>();
    for (String p : persons) {
      lower.put(String.join(" ", words(p)), p);
    }
    Set<String> found = new TreeSet<>();
    for (String p : persons) {
      List<String> w = words(p);
      for (int i = 1; i < w.size(); i++) {
        String tail = lower.get(String.join(" ", w.subList(i, w.size())));
        if (tail != null && found.add(tail)) {
          note(examples, doc + ": " + tail + " < " + p);
        }
      }
    }
    return found.size();
  }

  /** The speaker's words, lower-cased, dots dropped ("Mr." and "Mr" alike). */
  static List<String> words(String speaker) {
    List<String> words = new ArrayList<>();
    for (String w : speaker.strip().split("\\s+")) {
      String clean = w.replace(".", "").toLowerCase(Locale.ROOT);
      if (!clean.isEmpty()) {
        words.add(clean);
      }
    }
    return words;
  }

  private static void note(List<String> examples, String example) {
    if (examples.size() < EXAMPLES) {
      examples.add(example);
    }
  }
}
