package org.newsnlp.speakers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsnlp.model.SpeakerQuote;
import org.newsnlp.model.SpeakerStats;

/**
 * The tallies of any set of names, and the rows of {@code speakers.csv} they make once merged
 * ({@link SpeakerNames}). The rows are right for the whole run when the set holds every name of the
 * run with a given {@link SpeakerNames#mergeKey}, whatever else it holds. Like {@link
 * SpeakerTally}, it grows as rows are added and does not depend on their order.
 */
public final class SpeakerTallies {
  private final Map<SpeakerKey, SpeakerTally> byName;

  /** No names yet. */
  public SpeakerTallies() {
    this.byName = new HashMap<>();
  }

  /** These tallies (for decoding). */
  public SpeakerTallies(Map<SpeakerKey, SpeakerTally> byName) {
    this.byName = new HashMap<>(byName);
  }

  /** Adds one row under its name and type; returns these tallies. */
  public SpeakerTallies add(SpeakerQuote row) {
    byName
        .computeIfAbsent(new SpeakerKey(row.speaker(), row.speakerType()), k -> new SpeakerTally())
        .add(row);
    return this;
  }

  /** Adds every row of {@code other}; returns these tallies. */
  public SpeakerTallies addAll(SpeakerTallies other) {
    other.byName.forEach(
        (key, tally) -> byName.computeIfAbsent(key, k -> new SpeakerTally()).addAll(tally));
    return this;
  }

  /** Each (name, type) with its tally. */
  public Map<SpeakerKey, SpeakerTally> byName() {
    return java.util.Collections.unmodifiableMap(byName);
  }

  /** The rows these names make: merged by {@link SpeakerNames}, by speaker and type. */
  public List<SpeakerStats> rows() {
    List<SpeakerForm> forms = new ArrayList<>();
    byName.forEach(
        (key, tally) ->
            forms.add(new SpeakerForm(key.speaker(), key.speakerType(), tally.quotes())));
    Map<SpeakerKey, SpeakerKey> merges = SpeakerNames.merges(forms);
    Map<SpeakerKey, SpeakerTally> rows = new HashMap<>();
    byName.forEach(
        (key, tally) ->
            rows.computeIfAbsent(SpeakerNames.rowOf(key, merges), k -> new SpeakerTally())
                .addAll(tally));
    List<SpeakerStats> stats = new ArrayList<>();
    rows.forEach((key, tally) -> stats.add(tally.toStats(key)));
    stats.sort(
        Comparator.comparing(SpeakerStats::speaker)
            .thenComparing(
                SpeakerStats::speakerType, Comparator.nullsFirst(Comparator.naturalOrder())));
    return stats;
  }
}
