package org.newsnlp.evaluate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.newsnlp.model.ArticleMetadata;
import org.newsnlp.model.SpeakerStats;
import org.newsnlp.speakers.SpeakerNames;
import org.newsnlp.speakers.SpeakerTally;

/**
 * What a run's {@code speakers.csv} must show against the {@code quotes.csv} and {@code
 * documents.csv} beside it (issues 12 and 16): every attributed row of {@code quotes.csv} counted
 * once, in the row whose {@code names} hold its speaker, with its type, document and role; {@code
 * first_seen} and {@code last_seen} the earliest and latest {@code published} date of those
 * documents; rows sorted by quotes, most first; no two names that differ only by case; no
 * single-name person left apart from the one full name of the run that ends with it. Besides these
 * problems it counts what the rules leave apart on purpose: single names that several full names
 * end with, and names given more than one type.
 *
 * <p>Linear in the rows of the three tables (hash maps by name), but for keeping each row's dates
 * in order.
 */
public final class SpeakerTableChecks {
  private SpeakerTableChecks() {}

  /**
   * The figures and every problem found.
   *
   * @param speakers rows of {@code speakers.csv}
   * @param attributed rows of {@code quotes.csv} with a speaker
   * @param quotes the sum of {@code speakers.csv}'s {@code quotes}
   * @param caseVariants names of {@code speakers.csv} written in more than one case
   * @param singleApart single-name persons left apart from the one full name ending with them
   * @param singleAmbiguous single-name persons that several full names of the run end with
   * @param singleAmbiguousQuotes the quotes of those
   * @param severalTypes names with rows of more than one {@code speaker_type}
   * @param problems what is wrong, one line each; empty when all is well
   * @param examples up to {@value #EXAMPLES} examples of the two kept-apart kinds
   */
  public record Findings(
      int speakers,
      int attributed,
      int quotes,
      int caseVariants,
      int singleApart,
      int singleAmbiguous,
      int singleAmbiguousQuotes,
      int severalTypes,
      List<String> problems,
      Map<String, List<String>> examples) {

    public String report() {
      StringBuilder s = new StringBuilder();
      s.append(
          String.format(
              Locale.ROOT,
              "speakers %d, attributed quotes.csv rows %d, speakers' quotes %d%n"
                  + "names differing only by case          %d%n"
                  + "single names apart from one full name %d%n"
                  + "single names several full names end with %d (%d quotes)%n"
                  + "names with more than one type         %d%n"
                  + "problems                              %d%n",
              speakers,
              attributed,
              quotes,
              caseVariants,
              singleApart,
              singleAmbiguous,
              singleAmbiguousQuotes,
              severalTypes,
              problems.size()));
      examples.forEach(
          (kind, list) -> {
            if (!list.isEmpty()) {
              s.append(kind).append(": ").append(String.join(" | ", list)).append('\n');
            }
          });
      problems.stream().limit(EXAMPLES).forEach(p -> s.append("problem: ").append(p).append('\n'));
      return s.toString();
    }
  }

  static final int EXAMPLES = 12;

  /**
   * Checks the {@code speakers.csv} of the run folder {@code folder} against its {@code quotes.csv}
   * and {@code documents.csv}.
   */
  public static Findings check(Path folder) throws IOException {
    return check(
        read(folder.resolve("speakers.csv")),
        read(folder.resolve("quotes.csv")),
        read(folder.resolve("documents.csv")));
  }

  /**
   * Checks the rows of a {@code speakers.csv} against those of its {@code quotes.csv} and {@code
   * documents.csv} (of which only {@code doc_id} and {@code published} are read).
   */
  public static Findings check(
      List<Map<String, String>> speakers,
      List<Map<String, String>> quotes,
      List<Map<String, String>> documents) {
    List<String> problems = new ArrayList<>();
    Map<String, List<String>> examples = new TreeMap<>();
    examples.put("several full names", new ArrayList<>());
    examples.put("several types", new ArrayList<>());

    // The row of each (name, type): the one whose names hold it.
    Map<List<String>, Integer> rowOfName = new HashMap<>();
    Set<List<String>> keys = new HashSet<>();
    Map<String, Set<String>> spellings = new TreeMap<>();
    Map<String, Set<String>> types = new TreeMap<>();
    int previousQuotes = Integer.MAX_VALUE;
    int total = 0;
    for (int i = 0; i < speakers.size(); i++) {
      Map<String, String> s = speakers.get(i);
      String name = s.get("speaker");
      String type = s.get("speaker_type");
      if (!keys.add(List.of(name, type))) {
        problems.add("two rows for " + name + " (" + type + ")");
      }
      spellings.computeIfAbsent(SpeakerNames.fold(name), k -> new TreeSet<>()).add(name);
      types.computeIfAbsent(name, k -> new TreeSet<>()).add(type);
      for (String form : cells(s.get("names"))) {
        if (rowOfName.put(List.of(form, type), i) != null) {
          problems.add(form + " (" + type + ") is in the names of two rows");
        }
      }
      int q = Integer.parseInt(s.get("quotes"));
      total += q;
      if (q > previousQuotes) {
        problems.add("row " + (i + 1) + " (" + name + ") has more quotes than the row before it");
      }
      previousQuotes = q;
    }

    Map<String, String> dateOf = new HashMap<>();
    for (Map<String, String> d : documents) {
      dateOf.put(d.get("doc_id"), ArticleMetadata.dateOf(d.getOrDefault("published", "")));
    }

    // Every attributed quotes.csv row recounted in the row that holds its name.
    int[][] recount = new int[speakers.size()][4];
    List<Set<String>> docs = new ArrayList<>();
    List<Set<String>> roles = new ArrayList<>();
    List<TreeSet<String>> dates = new ArrayList<>();
    for (int i = 0; i < speakers.size(); i++) {
      docs.add(new HashSet<>());
      roles.add(new TreeSet<>());
      dates.add(new TreeSet<>(SpeakerTally::compareDates));
    }
    int attributed = 0;
    for (Map<String, String> q : quotes) {
      if (q.get("speaker").isEmpty()) {
        continue;
      }
      attributed++;
      Integer row = rowOfName.get(List.of(q.get("speaker"), q.get("speaker_type")));
      if (row == null) {
        problems.add(q.get("speaker") + " (" + q.get("speaker_type") + ") is in no row's names");
        continue;
      }
      recount[row][0]++;
      int type = List.of("direct", "mixed", "indirect").indexOf(q.get("quote_type"));
      if (type >= 0) {
        recount[row][type + 1]++;
      }
      docs.get(row).add(q.get("doc_id"));
      String date = dateOf.getOrDefault(q.get("doc_id"), "");
      if (!date.isEmpty()) {
        dates.get(row).add(date);
      }
      if (!q.get("speaker_role").isEmpty()) {
        roles.get(row).add(q.get("speaker_role"));
      }
    }
    for (int i = 0; i < speakers.size(); i++) {
      Map<String, String> s = speakers.get(i);
      List<String> expected =
          List.of(
              Integer.toString(docs.get(i).size()),
              Integer.toString(recount[i][0]),
              Integer.toString(recount[i][1]),
              Integer.toString(recount[i][2]),
              Integer.toString(recount[i][3]));
      List<String> actual =
          List.of(
              s.get("documents"),
              s.get("quotes"),
              s.get("direct"),
              s.get("mixed"),
              s.get("indirect"));
      if (!expected.equals(actual)) {
        problems.add(s.get("speaker") + ": " + actual + " but quotes.csv gives " + expected);
      }
      Set<String> given = new TreeSet<>(cells(s.get("roles")));
      if (!given.equals(roles.get(i))) {
        problems.add(
            s.get("speaker") + ": roles " + given + " but quotes.csv gives " + roles.get(i));
      }
      List<String> seen =
          dates.get(i).isEmpty()
              ? List.of("", "")
              : List.of(dates.get(i).first(), dates.get(i).last());
      List<String> seenGiven =
          List.of(s.getOrDefault("first_seen", ""), s.getOrDefault("last_seen", ""));
      if (!seen.equals(seenGiven)) {
        problems.add(
            s.get("speaker")
                + ": first and last seen "
                + seenGiven
                + " but documents.csv gives "
                + seen);
      }
      int marked = recount[i][1] + recount[i][2];
      if (marked == 0 && !s.get("quoted_words").equals("0")) {
        problems.add(s.get("speaker") + ": quoted words without a direct or mixed row");
      }
    }
    if (total != attributed) {
      problems.add("quotes add up to " + total + ", quotes.csv has " + attributed + " attributed");
    }

    int caseVariants = 0;
    for (Set<String> same : spellings.values()) {
      if (same.size() > 1) {
        caseVariants++;
        problems.add("names that differ only by case: " + same);
      }
    }
    int severalTypes = 0;
    for (Map.Entry<String, Set<String>> e : types.entrySet()) {
      if (e.getValue().size() > 1) {
        severalTypes++;
        note(examples.get("several types"), e.getKey() + " " + e.getValue());
      }
    }
    Map<String, Set<String>> fullNamesByLastWord = new HashMap<>();
    for (Map<String, String> s : speakers) {
      if (s.get("speaker_type").equals(SpeakerNames.PERSON)
          && SpeakerNames.isFullName(s.get("speaker"))) {
        fullNamesByLastWord
            .computeIfAbsent(SpeakerNames.mergeKey(s.get("speaker")), k -> new TreeSet<>())
            .add(s.get("speaker"));
      }
    }
    int singleApart = 0;
    int singleAmbiguous = 0;
    int singleAmbiguousQuotes = 0;
    for (Map<String, String> s : speakers) {
      String name = s.get("speaker");
      if (s.get("speaker_type").equals(SpeakerNames.PERSON) && !SpeakerNames.isFullName(name)) {
        Set<String> full = fullNamesByLastWord.getOrDefault(SpeakerNames.fold(name), Set.of());
        if (full.size() == 1) {
          singleApart++;
          problems.add(name + " is left apart from " + full);
        } else if (full.size() > 1) {
          singleAmbiguous++;
          singleAmbiguousQuotes += Integer.parseInt(s.get("quotes"));
          note(examples.get("several full names"), name + " " + full);
        }
      }
    }
    return new Findings(
        speakers.size(),
        attributed,
        total,
        caseVariants,
        singleApart,
        singleAmbiguous,
        singleAmbiguousQuotes,
        severalTypes,
        problems,
        examples);
  }

  /** The data rows of a table a run wrote, each a map from header to cell. */
  static List<Map<String, String>> read(Path table) throws IOException {
    try (Reader in = Files.newBufferedReader(table, StandardCharsets.UTF_8)) {
      List<Map<String, String>> rows = new ArrayList<>();
      for (CSVRecord r :
          CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        rows.add(r.toMap());
      }
      return rows;
    }
  }

  private static List<String> cells(String joined) {
    return joined.isEmpty() ? List.of() : List.of(joined.split(SpeakerStats.NAME_SEPARATOR));
  }

  private static void note(List<String> examples, String example) {
    if (examples.size() < EXAMPLES) {
      examples.add(example);
    }
  }
}
