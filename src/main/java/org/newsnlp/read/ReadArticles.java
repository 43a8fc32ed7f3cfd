package org.newsnlp.read;

import java.io.IOException;
import java.util.Map;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsnlp.model.Article;
import org.newsnlp.model.InputFile;
import org.newsnlp.model.RejectedInput;

/**
 * Reads every file {@code --inputs} names ({@link InputFiles}) as one article.
 *
 * <p>Input: the inputs (a folder, a file or a pattern in Beam's syntax, {@code *} and {@code **}).
 * Hidden files and folders are not read; paths are relative to the input folder and ids unique
 * ({@link DocIds}). Outputs: {@link #ARTICLES}, one {@link Article} per readable text file; {@link
 * #REJECTED}, one {@link RejectedInput} (stage {@code read}) per file that is empty, binary, too
 * large, not valid text, a broken gzip file or unreadable; {@link #INPUTS}, one {@link InputFile}
 * per matched file with its content hash. Files ending in {@code .gz} are decompressed. Matching is
 * done once, then the matches are grouped {@value #FILES_PER_GROUP} at a time so that reading is
 * spread over workers. Counters: {@code files_matched}, {@code articles_read}, {@code
 * inputs_rejected}, {@code inputs_skipped}.
 */
public class ReadArticles extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<RejectedInput> REJECTED = new TupleTag<>() {};
  public static final TupleTag<InputFile> INPUTS = new TupleTag<>() {};
  static final String STAGE = "read";
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 5L * 1024 * 1024;

  /** Files read, annotated and passed on together: small enough to bound memory per bundle. */
  static final int FILES_PER_GROUP = 50;

  private final InputFiles inputs;
  private final long maxDocumentBytes;
  private final Map<String, String> unchanged;

  private ReadArticles(InputFiles inputs, long maxDocumentBytes, Map<String, String> unchanged) {
    this.inputs = inputs;
    this.maxDocumentBytes = maxDocumentBytes;
    this.unchanged = Map.copyOf(unchanged);
  }

  /** Reads what {@code inputs} (as given to {@code --inputs}) names. */
  public static ReadArticles from(String inputs) {
    return new ReadArticles(InputFiles.of(inputs), DEFAULT_MAX_DOCUMENT_BYTES, Map.of());
  }

  /** Files (or decompressed gzip files) larger than this are rejected as {@code too_large}. */
  public ReadArticles withMaxDocumentBytes(long bytes) {
    return new ReadArticles(inputs, bytes, unchanged);
  }

  /**
   * Skips files whose relative path maps to their current SHA-256 here (inputs unchanged since an
   * earlier run): they appear in {@link #INPUTS} as {@code skipped} and nowhere else.
   */
  public ReadArticles skippingUnchanged(Map<String, String> sha256ByPath) {
    return new ReadArticles(inputs, maxDocumentBytes, sha256ByPath);
  }

  @Override
  public PCollectionTuple expand(PBegin input) {
    PCollection<InputFiles> patterns = input.apply("ListPattern", Create.of(inputs));
    PCollectionTuple decoded =
        patterns
            // Spread the matches over workers in groups of a bounded size. Not with Reshuffle
            // (nor FileIO.match, which ends in one): the direct runner turns a reshuffle's output
            // into one bundle per element and builds a new evaluator of every later step for each
            // bundle. Nor in a fixed number of groups: a group is a bundle, and a bundle's
            // annotated articles are all in memory at once, so bundles must not grow with the
            // corpus.
            .apply("MatchFiles", ParDo.of(new MatchFn()))
            .apply("SpreadOverWorkers", GroupByKey.create())
            .apply("DropGroupKeys", Values.create())
            .apply("Ungroup", Flatten.iterables())
            .apply(
                "DecodeFiles",
                ParDo.of(new DecodeFileFn(maxDocumentBytes, unchanged))
                    .withOutputTags(ARTICLES, TupleTagList.of(REJECTED).and(INPUTS)));
    PCollectionTuple special =
        patterns.apply(
            "RejectSpecialFiles",
            ParDo.of(new RejectSpecialFilesFn()).withOutputTags(REJECTED, TupleTagList.of(INPUTS)));
    return PCollectionTuple.of(ARTICLES, decoded.get(ARTICLES))
        .and(
            REJECTED,
            PCollectionList.of(decoded.get(REJECTED))
                .and(special.get(REJECTED))
                .apply("GatherReadRejections", Flatten.pCollections()))
        .and(
            INPUTS,
            PCollectionList.of(decoded.get(INPUTS))
                .and(special.get(INPUTS))
                .apply("GatherInputs", Flatten.pCollections()));
  }

  /**
   * Lists the files to read, each keyed by its group of {@value #FILES_PER_GROUP} (a pattern that
   * matches nothing gives no file), counting them before reading starts so that progress knows the
   * total early. The ids are given here, where every file of the run is known.
   */
  static class MatchFn extends DoFn<InputFiles, KV<Integer, InputFiles.Matched>> {
    private final Counter matched = Metrics.counter(ReadArticles.class, "files_matched");

    @ProcessElement
    public void process(
        @Element InputFiles inputs, OutputReceiver<KV<Integer, InputFiles.Matched>> out)
        throws IOException {
      int i = 0;
      for (InputFiles.Matched file : inputs.match()) {
        matched.inc();
        out.output(KV.of(i++ / FILES_PER_GROUP, file));
      }
    }
  }

  /**
   * Turns the dangling links and non-files that the pattern names, which Beam's matching skips,
   * into error rows.
   */
  static class RejectSpecialFilesFn extends DoFn<InputFiles, RejectedInput> {
    private final Counter rejected = Metrics.counter(ReadArticles.class, "inputs_rejected");

    @ProcessElement
    public void process(@Element InputFiles inputs, MultiOutputReceiver out) throws IOException {
      for (SpecialFiles.Unreadable u : SpecialFiles.find(inputs)) {
        rejected.inc();
        out.get(INPUTS).output(new InputFile(u.path(), "", 0, InputFile.PROCESSED));
        out.get(REJECTED).output(new RejectedInput(u.path(), STAGE, "unreadable_file", u.detail()));
      }
    }
  }

  /** Reads one matched file and decodes it, or rejects it with a reason. */
  static class DecodeFileFn extends DoFn<InputFiles.Matched, Article> {
    private final long maxBytes;
    private final Map<String, String> unchanged;
    private final Counter read = Metrics.counter(ReadArticles.class, "articles_read");
    private final Counter rejected = Metrics.counter(ReadArticles.class, "inputs_rejected");
    private final Counter skipped = Metrics.counter(ReadArticles.class, "inputs_skipped");

    DecodeFileFn(long maxBytes, Map<String, String> unchanged) {
      this.maxBytes = maxBytes;
      this.unchanged = unchanged;
    }

    @ProcessElement
    public void process(@Element InputFiles.Matched file, MultiOutputReceiver out) {
      String path = file.path();
      long size = file.sizeBytes();
      if (size > maxBytes) {
        reject(
            out,
            new InputFile(path, "", size, InputFile.PROCESSED),
            "too_large",
            "the file is "
                + size
                + " bytes, over the limit of "
                + maxBytes
                + " (--maxDocumentBytes); split it or raise the limit");
        return;
      }
      byte[] bytes;
      try {
        bytes = FileBytes.read(FileSystems.matchNewResource(file.location(), false));
      } catch (IOException | RuntimeException e) {
        // The exception's class, not its message: the message holds the machine's absolute path.
        reject(
            out,
            new InputFile(path, "", size, InputFile.PROCESSED),
            "unreadable_file",
            "the file could not be read ("
                + e.getClass().getSimpleName()
                + "); check that it exists, is a regular file and is readable");
        return;
      }
      String sha256 = FileBytes.sha256(bytes);
      if (sha256.equals(unchanged.get(path))) {
        skipped.inc();
        out.get(INPUTS).output(new InputFile(path, sha256, bytes.length, InputFile.SKIPPED));
        return;
      }
      InputFile input = new InputFile(path, sha256, bytes.length, InputFile.PROCESSED);
      if (path.endsWith(".gz")) {
        try {
          bytes = FileBytes.gunzip(bytes, maxBytes);
        } catch (FileBytes.TooLargeException e) {
          reject(
              out,
              input,
              "too_large",
              "the gzip file "
                  + e.getMessage()
                  + " (--maxDocumentBytes); split it or raise the"
                  + " limit");
          return;
        } catch (IOException e) {
          reject(
              out,
              input,
              "invalid_gzip",
              "the file ends in .gz but is not a valid gzip file ("
                  + e.getMessage()
                  + "); recompress it or remove the .gz extension");
          return;
        }
      }
      TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
      if (!decoded.ok()) {
        reject(out, input, decoded.reason(), decoded.detail());
        return;
      }
      read.inc();
      out.get(INPUTS).output(input);
      out.get(ARTICLES)
          .output(
              new Article(
                  file.docId(),
                  path,
                  decoded.text(),
                  decoded.encoding(),
                  input.sizeBytes(),
                  LayoutReader.read(decoded.text())));
    }

    private void reject(MultiOutputReceiver out, InputFile input, String reason, String detail) {
      rejected.inc();
      out.get(INPUTS).output(input);
      out.get(REJECTED).output(new RejectedInput(input.path(), STAGE, reason, detail));
    }
  }
}
