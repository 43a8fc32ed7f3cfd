package org.newsnlp.read;

import java.io.IOException;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsnlp.model.Article;
import org.newsnlp.model.RejectedInput;

/**
 * Reads every file matching a pattern as one article.
 *
 * <p>Input: a file pattern (Beam syntax, {@code *} and {@code **}). Output: {@link #ARTICLES}, one
 * {@link Article} per readable text file, and {@link #REJECTED}, one {@link RejectedInput} (stage
 * {@code read}) per file that is empty, binary, not valid UTF-8 or unreadable. Matching is done
 * once, then the matches are reshuffled so that reading is spread over workers. Counters:
 * {@code files_matched}, {@code articles_read}, {@code inputs_rejected}.
 */
public class ReadArticles extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<RejectedInput> REJECTED = new TupleTag<>() {};
  static final String STAGE = "read";

  private final String pattern;

  private ReadArticles(String pattern) {
    this.pattern = pattern;
  }

  public static ReadArticles from(String pattern) {
    return new ReadArticles(pattern);
  }

  @Override
  public PCollectionTuple expand(PBegin input) {
    return input
        .apply(
            "MatchFiles",
            FileIO.match().filepattern(pattern).withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
        .apply("SpreadOverWorkers", Reshuffle.viaRandomKey())
        .apply(
            "DecodeFiles",
            ParDo.of(new DecodeFileFn(DocIds.forPattern(pattern)))
                .withOutputTags(ARTICLES, TupleTagList.of(REJECTED)));
  }

  /** Reads one matched file and decodes it, or rejects it with a reason. */
  static class DecodeFileFn extends DoFn<MatchResult.Metadata, Article> {
    private final DocIds docIds;
    private final Counter matched = Metrics.counter(ReadArticles.class, "files_matched");
    private final Counter read = Metrics.counter(ReadArticles.class, "articles_read");
    private final Counter rejected = Metrics.counter(ReadArticles.class, "inputs_rejected");

    DecodeFileFn(DocIds docIds) {
      this.docIds = docIds;
    }

    @ProcessElement
    public void process(@Element MatchResult.Metadata file, MultiOutputReceiver out) {
      matched.inc();
      String path = file.resourceId().toString();
      if (file.resourceId().isDirectory()) {
        return;
      }
      byte[] bytes;
      try {
        bytes = FileBytes.read(file.resourceId());
      } catch (IOException | RuntimeException e) {
        rejected.inc();
        out.get(REJECTED)
            .output(
                new RejectedInput(
                    path, STAGE, "unreadable_file",
                    "the file could not be read: " + e + "; check that it exists and is readable"));
        return;
      }
      TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
      if (!decoded.ok()) {
        rejected.inc();
        out.get(REJECTED).output(new RejectedInput(path, STAGE, decoded.reason(), decoded.detail()));
        return;
      }
      read.inc();
      out.get(ARTICLES)
          .output(
              new Article(
                  docIds.idOf(path), path, decoded.text(), decoded.encoding(), bytes.length,
                  LayoutReader.read(decoded.text())));
    }
  }
}
