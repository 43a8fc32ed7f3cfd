package org.newsnlp.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsnlp.run.Tables;

/**
 * The speakers quoted most in a run, for the report's bar chart: the first rows of the run's {@code
 * speakers.csv}, which every run writes sorted by quotations, most first.
 */
public final class TopSpeakers {
  /** The table of speakers a run writes, one row per speaker, most quoted first. */
  static final String SPEAKERS = "speakers.csv";

  private TopSpeakers() {}

  /** One speaker: its quotation rows in all and by {@code quote_type}. */
  public record SpeakerCount(
      String speaker, String speakerType, int quotes, int direct, int mixed, int indirect) {}

  /**
   * The first {@code limit} rows of the {@code speakers.csv} in {@code folder}: the speakers with
   * the most quotation rows; none when the folder holds no such table.
   */
  public static List<SpeakerCount> of(Path folder, int limit) throws IOException {
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
}
