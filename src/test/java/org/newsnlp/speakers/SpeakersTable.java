package org.newsnlp.speakers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVRecord;
import org.newsnlp.CsvRows;
import org.newsnlp.model.SpeakerStats;

/**
 * What any run's speakers.csv must show against the quotes.csv beside it, as a list of problems
 * (empty when all is well): every attributed row counted once, in the row holding its name, with
 * its type, document and role; no two names that differ only by case; no single-name person left
 * apart from the one full name of the run that ends with it; rows sorted by quotes, most first.
 */
public final class SpeakersTable {
  private SpeakersTable() {}

  public static List<String> problems(Path folder) throws IOException {
    List<String> problems = new ArrayList<>();
    List<CSVRecord> speakers = CsvRows.read(folder.resolve("speakers.csv"));
    List<CSVRecord> quotes = CsvRows.read(folder.resolve("quotes.csv"));
    if (!speakers.isEmpty()) {
      List<String> header = List.copyOf(speakers.get(0).getParser().getHeaderNames());
      if (!header.equals(SpeakerStats.header())) {
        problems.add("header " + header);
      }
    }

    // The row of each (name, type): the one whose names hold it.
    Map<List<String>, Integer> rowOfName = new HashMap<>();
    Set<List<String>> keys = new HashSet<>();
    Map<String, Set<String>> spellings = new HashMap<>();
    int previousQuotes = Integer.MAX_VALUE;
    for (int i = 0; i < speakers.size(); i++) {
      CSVRecord s = speakers.get(i);
      String type = s.get("speaker_type");
      if (!keys.add(List.of(s.get("speaker"), type))) {
        problems.add("two rows for " + s.get("speaker") + " (" + type + ")");
      }
      spellings
          .computeIfAbsent(SpeakerNames.fold(s.get("speaker")), k -> new TreeSet<>())
          .add(s.get("speaker"));
      for (String name : s.get("names").split(SpeakerStats.NAME_SEPARATOR)) {
        if (rowOfName.put(List.of(name, type), i) != null) {
          problems.add(name + " (" + type + ") is in the names of two rows");
        }
      }
      int q = Integer.parseInt(s.get("quotes"));
      if (q > previousQuotes) {
        problems.add("row " + i + " has more quotes than the row before it");
      }
      previousQuotes = q;
      int marked = Integer.parseInt(s.get("direct")) + Integer.parseInt(s.get("mixed"));
      if (marked == 0 && !s.get("quoted_words").equals("0")) {
        problems.add(s.get("speaker") + ": quoted words without a direct or mixed row");
      }
    }

    // Every attributed quotes.csv row recounted in the row that holds its name.
    int[][] recount = new int[speakers.size()][4];
    List<Set<String>> documents = new ArrayList<>();
    List<Set<String>> roles = new ArrayList<>();
    for (int i = 0; i < speakers.size(); i++) {
      documents.add(new HashSet<>());
      roles.add(new TreeSet<>());
    }
    int attributed = 0;
    for (CSVRecord q : quotes) {
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
      documents.get(row).add(q.get("doc_id"));
      if (!q.get("speaker_role").isEmpty()) {
        roles.get(row).add(q.get("speaker_role"));
      }
    }
    int total = 0;
    for (int i = 0; i < speakers.size(); i++) {
      CSVRecord s = speakers.get(i);
      total += Integer.parseInt(s.get("quotes"));
      List<String> expected =
          List.of(
              Integer.toString(documents.get(i).size()),
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
      Set<String> given = new TreeSet<>();
      if (!s.get("roles").isEmpty()) {
        given.addAll(List.of(s.get("roles").split(SpeakerStats.NAME_SEPARATOR)));
      }
      if (!given.equals(roles.get(i))) {
        problems.add(
            s.get("speaker") + ": roles " + given + " but quotes.csv gives " + roles.get(i));
      }
    }
    if (total != attributed) {
      problems.add("quotes add up to " + total + ", quotes.csv has " + attributed + " attributed");
    }

    for (Set<String> same : spellings.values()) {
      if (same.size() > 1) {
        problems.add("names that differ only by case: " + same);
      }
    }
    Map<String, Set<String>> fullNamesByLastWord = new HashMap<>();
    for (CSVRecord s : speakers) {
      if (s.get("speaker_type").equals(SpeakerNames.PERSON)
          && SpeakerNames.isFullName(s.get("speaker"))) {
        fullNamesByLastWord
            .computeIfAbsent(
                SpeakerNames.fold(SpeakerNames.lastWord(s.get("speaker"))), k -> new TreeSet<>())
            .add(s.get("speaker"));
      }
    }
    for (CSVRecord s : speakers) {
      String name = s.get("speaker");
      if (s.get("speaker_type").equals(SpeakerNames.PERSON) && !SpeakerNames.isFullName(name)) {
        Set<String> full = fullNamesByLastWord.getOrDefault(SpeakerNames.fold(name), Set.of());
        if (full.size() == 1) {
          problems.add(name + " is left apart from " + full);
        }
      }
    }
    return problems;
  }
}
