package org.newsnlp.model;

import java.io.Serializable;
import java.util.List;
import org.apache.beam.sdk.coders.DefaultCoder;

/**
 * One speaker over a whole run: a row of {@code speakers.csv}. The columns are defined in the
 * README's data dictionary.
 *
 * @param speaker the name shown for the speaker
 * @param speakerType the {@code speaker_type} of its rows in {@code quotes.csv}
 * @param documents documents with at least one of its rows
 * @param quotes its rows in {@code quotes.csv}
 * @param direct its {@code direct} rows
 * @param mixed its {@code mixed} rows
 * @param indirect its {@code indirect} rows
 * @param quotedWords words inside its {@code direct} and {@code mixed} rows
 * @param names every {@code speaker} form counted in this row, most quoted first
 * @param roles every {@code speaker_role} its rows give, most rows first; empty when none
 * @param firstSeen the earliest {@code published} date ({@code YYYY-MM-DD}) of its documents; empty
 *     when none of them has one
 * @param lastSeen the latest such date; empty when none of them has one
 */
@DefaultCoder(RecordCoder.class)
public record SpeakerStats(
    String speaker,
    String speakerType,
    int documents,
    int quotes,
    int direct,
    int mixed,
    int indirect,
    long quotedWords,
    List<String> names,
    List<String> roles,
    String firstSeen,
    String lastSeen)
    implements Serializable {
  /** Separates the forms in the {@code names} and {@code roles} cells. */
  public static final String NAME_SEPARATOR = "; ";

  public SpeakerStats {
    names = List.copyOf(names);
    roles = List.copyOf(roles);
  }

  public static List<String> header() {
    return List.of(
        "speaker",
        "speaker_type",
        "documents",
        "quotes",
        "direct",
        "mixed",
        "indirect",
        "quoted_words",
        "names",
        "roles",
        "first_seen",
        "last_seen");
  }

  public List<String> toCsv() {
    return List.of(
        speaker,
        speakerType,
        Integer.toString(documents),
        Integer.toString(quotes),
        Integer.toString(direct),
        Integer.toString(mixed),
        Integer.toString(indirect),
        Long.toString(quotedWords),
        String.join(NAME_SEPARATOR, names),
        String.join(NAME_SEPARATOR, roles),
        firstSeen,
        lastSeen);
  }
}
