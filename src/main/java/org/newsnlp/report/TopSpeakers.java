package org.newsnlp.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.newsnlp.run.Tables;

/**
 * The speakers quoted most in a run, for the report's bar chart: the first rows of the run's {@code
 * speakers.csv} when it wrote one (sorted by quotations, most first); otherwise counted here from
 * the rows of {@code quotes.csv} that name a speaker, one speaker per exact {@code speaker} name,
 * most rows first, then by name ignoring case.
 */
public final class TopSpeakers {
  /** The table of speakers a run writes, one row per speaker, most quoted first. */
  static final String SPEAKERS = "speakers.csv";

  private TopSpeakers() {}

  /** One speaker: its quotation rows in all and by {@code quote_type}. */
  public record SpeakerCount(
      String speaker, String speakerType, int quotes, int direct, int mixed, int indirect) {}

  /** The {@code limit} speakers of the run in {@code folder} with the most quotation rows. */
  public static List<SpeakerCount> of(Path folder, int limit) throws IOException {
    if (!Tables.filesOf(folder, SPEAKERS).isEmpty()) {
      List<SpeakerCount> top = new ArrayList<>();
      Tables.forEachRow(
          folder,
          SPEAKERS,
          row -> {
            if (top.size() < limit) {
              top.add(
                  new SpeakerCount(
                      row.get("speaker"),
                      row.get("speaker_type"),
                      Integer.parseInt(row.get("quotes")),
                      Integer.parseInt(row.get("direct")),
                      Integer.parseInt(row.get("mixed")),
                      Integer.parseInt(row.get("indirect"))));
            }
          });
      return List.copyOf(top);
    }
    Tally tally = new Tally();
    Tables.forEachRow(folder, "quotes.csv", tally::add);
    return tally.top(limit);
  }

  /** Counts quotation rows by speaker. */
  static final class Tally {
    private final Map<String, int[]> counts = new LinkedHashMap<>();
    private final Map<String, String> types = new LinkedHashMap<>();

    void add(CSVRecord row) {
      add(row.get("speaker"), row.get("speaker_type"), row.get("quote_type"));
    }

    void add(String speaker, String speakerType, String quoteType) {
      if (speaker.isEmpty()) {
        return;
      }
      int[] c = counts.computeIfAbsent(speaker, s -> new int[4]);
      types.putIfAbsent(speaker, speakerType);
      c[0]++;
      switch (quoteType) {
        case "direct" -> c[1]++;
        case "mixed" -> c[2]++;
        case "indirect" -> c[3]++;
        default -> {
          // Counted in the total only: a quote_type this report does not know yet.
        }
      }
    }

    List<SpeakerCount> top(int limit) {
      List<SpeakerCount> all = new ArrayList<>(counts.size());
      counts.forEach(
          (speaker, c) ->
              all.add(new SpeakerCount(speaker, types.get(speaker), c[0], c[1], c[2], c[3])));
      all.sort(
          Comparator.comparingInt(SpeakerCount::quotes)
              .reversed()
              .thenComparing(s -> s.speaker().toLowerCase(Locale.ROOT))
              .thenComparing(SpeakerCount::speaker));
      return List.copyOf(all.subList(0, Math.min(limit, all.size())));
    }
  }
}
