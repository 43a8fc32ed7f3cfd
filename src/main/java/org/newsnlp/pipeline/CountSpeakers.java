package org.newsnlp.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.newsnlp.model.RecordCoder;
import org.newsnlp.model.SpeakerQuote;
import org.newsnlp.model.SpeakerStats;
import org.newsnlp.speakers.SpeakerKey;
import org.newsnlp.speakers.SpeakerNames;
import org.newsnlp.speakers.SpeakerTallies;
import org.newsnlp.speakers.SpeakerTally;

/**
 * Adds up the attributed rows of a run per speaker: the rows of {@code speakers.csv}.
 *
 * <p>Input: one {@link SpeakerQuote} per attributed row of {@code quotes.csv} (rows without a
 * speaker are nobody's and are not given). Output: one {@link SpeakerStats} per speaker, in no
 * order ({@code WriteCsvTable} sorts them). Counter: {@code speakers}, rows made.
 *
 * <p>Names are one speaker only when they share a {@link SpeakerNames#mergeKey} (the last word of
 * the name, case folded: "Howard", "HOWARD" and "Michael Howard"), so one keyed pass does it: each
 * row is keyed by a hash of its merge key into one of {@link #GROUPS} groups, a combine per key
 * adds the rows of a group up by name ({@link SpeakerTallies}, partly before the shuffle), and each
 * group's names are merged and made rows. The rows depend only on the input rows, not on how the
 * runner split them.
 *
 * <p>Why a fixed number of groups rather than one key per name or per merge key (thousands in a
 * news corpus): the direct runner makes a bundle of every key a combine outputs and prepares the
 * following steps anew for each bundle; 16 groups cost a few bundles and still spread the final
 * step over 16 workers on a cluster.
 */
public class CountSpeakers
    extends PTransform<PCollection<SpeakerQuote>, PCollection<SpeakerStats>> {
  /** The groups the names are spread over for adding up. */
  static final int GROUPS = 16;

  private CountSpeakers() {}

  public static CountSpeakers create() {
    return new CountSpeakers();
  }

  @Override
  public PCollection<SpeakerStats> expand(PCollection<SpeakerQuote> rows) {
    return rows.apply("KeyByMergeKey", ParDo.of(new KeyByMergeKeyFn()))
        .setCoder(KvCoder.of(VarIntCoder.of(), RecordCoder.of(SpeakerQuote.class)))
        .apply("TallyEachGroup", Combine.perKey(new TallyFn()))
        .apply("MergeNamesIntoRows", ParDo.of(new MakeRowsFn()))
        .setCoder(RecordCoder.of(SpeakerStats.class));
  }

  /** The group of a name: a hash of its merge key (String's hash is the same in every JVM). */
  static int groupOf(String speaker) {
    return Math.floorMod(SpeakerNames.mergeKey(speaker).hashCode(), GROUPS);
  }

  static class KeyByMergeKeyFn extends DoFn<SpeakerQuote, KV<Integer, SpeakerQuote>> {
    @ProcessElement
    public void process(@Element SpeakerQuote row, OutputReceiver<KV<Integer, SpeakerQuote>> out) {
      out.output(KV.of(groupOf(row.speaker()), row));
    }
  }

  static class MakeRowsFn extends DoFn<KV<Integer, List<SpeakerStats>>, SpeakerStats> {
    private final Counter speakers = Metrics.counter(CountSpeakers.class, "speakers");

    @ProcessElement
    public void process(
        @Element KV<Integer, List<SpeakerStats>> group, OutputReceiver<SpeakerStats> out) {
      for (SpeakerStats row : group.getValue()) {
        speakers.inc();
        out.output(row);
      }
    }
  }

  /** Adds a group's rows up by name, then merges its names into speakers.csv rows. */
  static class TallyFn extends Combine.CombineFn<SpeakerQuote, SpeakerTallies, List<SpeakerStats>> {
    @Override
    public SpeakerTallies createAccumulator() {
      return new SpeakerTallies();
    }

    @Override
    public SpeakerTallies addInput(SpeakerTallies tallies, SpeakerQuote row) {
      return tallies.add(row);
    }

    @Override
    public SpeakerTallies mergeAccumulators(Iterable<SpeakerTallies> parts) {
      SpeakerTallies all = new SpeakerTallies();
      for (SpeakerTallies part : parts) {
        all.addAll(part);
      }
      return all;
    }

    @Override
    public List<SpeakerStats> extractOutput(SpeakerTallies tallies) {
      return tallies.rows();
    }

    @Override
    public Coder<SpeakerTallies> getAccumulatorCoder(
        CoderRegistry registry, Coder<SpeakerQuote> inputCoder) {
      return TalliesCoder.INSTANCE;
    }

    @Override
    public Coder<List<SpeakerStats>> getDefaultOutputCoder(
        CoderRegistry registry, Coder<SpeakerQuote> inputCoder) {
      return ListCoder.of(RecordCoder.of(SpeakerStats.class));
    }
  }

  /**
   * Tallies as their names, each with its type, documents, names and roles with their rows, counts,
   * and first and last dates, in order.
   */
  static final class TalliesCoder extends CustomCoder<SpeakerTallies> {
    static final TalliesCoder INSTANCE = new TalliesCoder();
    private static final Coder<String> STRING = StringUtf8Coder.of();
    private static final Coder<String> NULLABLE = NullableCoder.of(StringUtf8Coder.of());
    private static final Coder<Integer> INT = VarIntCoder.of();
    private static final Coder<Long> LONG = VarLongCoder.of();

    @Override
    public void encode(SpeakerTallies tallies, OutputStream out) throws IOException {
      INT.encode(tallies.byName().size(), out);
      for (Map.Entry<SpeakerKey, SpeakerTally> e : tallies.byName().entrySet()) {
        NULLABLE.encode(e.getKey().speaker(), out);
        NULLABLE.encode(e.getKey().speakerType(), out);
        SpeakerTally tally = e.getValue();
        INT.encode(tally.documents().size(), out);
        for (String doc : tally.documents()) {
          STRING.encode(doc, out);
        }
        encodeCounts(tally.names(), out);
        encodeCounts(tally.roles(), out);
        INT.encode(tally.quotes(), out);
        INT.encode(tally.direct(), out);
        INT.encode(tally.mixed(), out);
        INT.encode(tally.indirect(), out);
        LONG.encode(tally.quotedWords(), out);
        STRING.encode(tally.firstSeen(), out);
        STRING.encode(tally.lastSeen(), out);
      }
    }

    @Override
    public SpeakerTallies decode(InputStream in) throws IOException {
      Map<SpeakerKey, SpeakerTally> byName = new HashMap<>();
      for (int n = INT.decode(in); n > 0; n--) {
        SpeakerKey key = new SpeakerKey(NULLABLE.decode(in), NULLABLE.decode(in));
        List<String> documents = new ArrayList<>();
        for (int d = INT.decode(in); d > 0; d--) {
          documents.add(STRING.decode(in));
        }
        Map<String, Integer> names = decodeCounts(in);
        Map<String, Integer> roles = decodeCounts(in);
        byName.put(
            key,
            new SpeakerTally(
                documents,
                names,
                roles,
                INT.decode(in),
                INT.decode(in),
                INT.decode(in),
                INT.decode(in),
                LONG.decode(in),
                STRING.decode(in),
                STRING.decode(in)));
      }
      return new SpeakerTallies(byName);
    }

    private static void encodeCounts(Map<String, Integer> counts, OutputStream out)
        throws IOException {
      INT.encode(counts.size(), out);
      for (Map.Entry<String, Integer> e : counts.entrySet()) {
        STRING.encode(e.getKey(), out);
        INT.encode(e.getValue(), out);
      }
    }

    private static Map<String, Integer> decodeCounts(InputStream in) throws IOException {
      Map<String, Integer> counts = new TreeMap<>();
      for (int n = INT.decode(in); n > 0; n--) {
        counts.put(STRING.decode(in), INT.decode(in));
      }
      return counts;
    }
  }
}
