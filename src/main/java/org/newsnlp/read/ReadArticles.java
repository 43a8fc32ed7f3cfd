package org.newsnlp.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
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
import org.newsnlp.model.JsonLinesPart;
import org.newsnlp.model.RejectedInput;

/**
 * Reads every file {@code --inputs} names ({@link InputFiles}): a text or JSON file as one article,
 * a JSON Lines file as parts of lines to be read where they are analysed.
 *
 * <p>Input: the inputs (a folder, a file or a pattern in Beam's syntax, {@code *} and {@code **}).
 * Hidden files and folders are not read; paths are relative to the input folder and ids unique
 * ({@link DocIds}). The extension says how a file is read ({@link InputFormat}); files ending in
 * {@code .gz} are decompressed. Outputs: {@link #ARTICLES}, one {@link Article} per readable text
 * or JSON file ({@link TextDecoder}, {@link JsonArticles}); {@link #PARTS}, the {@link
 * JsonLinesPart}s of each JSON Lines file ({@link JsonLinesIndex}), spread over workers, whose
 * lines become articles or error rows only when they are read ({@link JsonLinesReader}), so that a
 * file of any size is read in parallel and never held in memory; {@link #REJECTED}, one {@link
 * RejectedInput} (stage {@code read}) per file that is empty, binary, too large, not valid text or
 * JSON, a broken gzip file or unreadable; {@link #INPUTS}, one {@link InputFile} per matched file
 * with its content hash. Matching is done once, then the matches are grouped {@value
 * #FILES_PER_GROUP} at a time so that reading is spread over workers. Counters: {@code
 * files_matched}, {@code articles_read}, {@code inputs_rejected}, {@code inputs_skipped}, {@code
 * json_lines_files} and {@code json_lines_listed} (the lines of JSON Lines files to be read).
 */
public class ReadArticles extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<RejectedInput> REJECTED = new TupleTag<>() {};
  public static final TupleTag<InputFile> INPUTS = new TupleTag<>() {};
  public static final TupleTag<JsonLinesPart> PARTS = new TupleTag<>() {};

  /** The parts of JSON Lines files, keyed so that each part is a group of its own. */
  static final TupleTag<KV<String, JsonLinesPart>> KEYED_PARTS = new TupleTag<>() {};

  static final String STAGE = "read";
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 5L * 1024 * 1024;

  /** Files read, annotated and passed on together: small enough to bound memory per bundle. */
  static final int FILES_PER_GROUP = 50;

  private final InputFiles inputs;
  private final long maxDocumentBytes;
  private final Map<String, String> unchanged;
  private final JsonFields fields;

  private ReadArticles(
      InputFiles inputs, long maxDocumentBytes, Map<String, String> unchanged, JsonFields fields) {
    this.inputs = inputs;
    this.maxDocumentBytes = maxDocumentBytes;
    this.unchanged = Map.copyOf(unchanged);
    this.fields = fields;
  }

  /** Reads what {@code inputs} (as given to {@code --inputs}) names. */
  public static ReadArticles from(String inputs) {
    return new ReadArticles(
        InputFiles.of(inputs), DEFAULT_MAX_DOCUMENT_BYTES, Map.of(), JsonFields.DEFAULT);
  }

  /**
   * Files (or decompressed gzip files) larger than this are rejected as {@code too_large}; for a
   * JSON Lines file, each line.
   */
  public ReadArticles withMaxDocumentBytes(long bytes) {
    return new ReadArticles(inputs, bytes, unchanged, fields);
  }

  /**
   * Skips files whose relative path maps to their current SHA-256 here (inputs unchanged since an
   * earlier run): they appear in {@link #INPUTS} as {@code skipped} and nowhere else.
   */
  public ReadArticles skippingUnchanged(Map<String, String> sha256ByPath) {
    return new ReadArticles(inputs, maxDocumentBytes, sha256ByPath, fields);
  }

  /** Reads JSON articles from these fields (default: {@link JsonFields#DEFAULT}). */
  public ReadArticles withJsonFields(JsonFields fields) {
    return new ReadArticles(inputs, maxDocumentBytes, unchanged, fields);
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
                ParDo.of(new DecodeFileFn(maxDocumentBytes, unchanged, fields))
                    .withOutputTags(
                        ARTICLES, TupleTagList.of(REJECTED).and(INPUTS).and(KEYED_PARTS)));
    // A JSON Lines file's parts, each a group of its own, so that its lines are analysed on every
    // worker; what travels is where a part lies, never its text.
    PCollection<JsonLinesPart> parts =
        decoded
            .get(KEYED_PARTS)
            .apply("SpreadPartsOverWorkers", GroupByKey.create())
            .apply("DropPartKeys", Values.create())
            .apply("UngroupParts", Flatten.iterables());
    PCollectionTuple special =
        patterns.apply(
            "RejectSpecialFiles",
            ParDo.of(new RejectSpecialFilesFn()).withOutputTags(REJECTED, TupleTagList.of(INPUTS)));
    return PCollectionTuple.of(ARTICLES, decoded.get(ARTICLES))
        .and(PARTS, parts)
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

  /**
   * Reads one matched file: decodes a text or JSON file, cuts a JSON Lines file into parts; or
   * rejects it with a reason.
   */
  static class DecodeFileFn extends DoFn<InputFiles.Matched, Article> {
    private final long maxBytes;
    private final Map<String, String> unchanged;
    private final JsonFields fields;
    private transient JsonArticles json;
    private final Counter read = Metrics.counter(ReadArticles.class, "articles_read");
    private final Counter rejected = Metrics.counter(ReadArticles.class, "inputs_rejected");
    private final Counter skipped = Metrics.counter(ReadArticles.class, "inputs_skipped");
    private final Counter jsonLinesFiles = Metrics.counter(ReadArticles.class, "json_lines_files");
    private final Counter jsonLinesListed =
        Metrics.counter(ReadArticles.class, "json_lines_listed");

    DecodeFileFn(long maxBytes, Map<String, String> unchanged, JsonFields fields) {
      this.maxBytes = maxBytes;
      this.unchanged = unchanged;
      this.fields = fields;
    }

    @Setup
    public void setup() {
      json = new JsonArticles(fields);
    }

    @ProcessElement
    public void process(@Element InputFiles.Matched file, MultiOutputReceiver out) {
      String path = file.path();
      if (InputFormat.of(path) == InputFormat.JSON_LINES) {
        index(file, out);
        return;
      }
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
        rejectUnreadable(out, new InputFile(path, "", size, InputFile.PROCESSED), e);
        return;
      }
      String sha256 = FileBytes.sha256(bytes);
      if (sha256.equals(unchanged.get(path))) {
        skipped.inc();
        out.get(INPUTS).output(new InputFile(path, sha256, bytes.length, InputFile.SKIPPED));
        return;
      }
      InputFile input = new InputFile(path, sha256, bytes.length, InputFile.PROCESSED);
      if (InputFormat.isGzip(path)) {
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
      if (InputFormat.of(path) == InputFormat.JSON) {
        decodeJson(file, input, bytes, out);
        return;
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

    /** A {@code .json} file: one article object. */
    private void decodeJson(
        InputFiles.Matched file, InputFile input, byte[] bytes, MultiOutputReceiver out) {
      if (bytes.length == 0) {
        reject(out, input, TextDecoder.EMPTY_FILE, "the file is empty (0 bytes)");
        return;
      }
      JsonArticles.Parsed parsed = json.parse(bytes, 0, bytes.length);
      if (!parsed.ok()) {
        reject(
            out,
            input,
            parsed.reason(),
            "the file "
                + parsed.problem()
                + (parsed.reason().equals(JsonArticles.INVALID_JSON) ? "; fix the file" : ""));
        return;
      }
      read.inc();
      out.get(INPUTS).output(input);
      out.get(ARTICLES)
          .output(
              JsonArticles.article(file.docId(), file.path(), input.sizeBytes(), parsed.article()));
    }

    /**
     * A JSON Lines file: read once here to hash it and cut it into parts, which are read again,
     * line by line, where they are analysed.
     */
    private void index(InputFiles.Matched file, MultiOutputReceiver out) {
      String path = file.path();
      boolean gzip = InputFormat.isGzip(path);
      JsonLinesIndex.Result index;
      try (InputStream in =
          new BufferedInputStream(
              Channels.newInputStream(
                  FileSystems.open(FileSystems.matchNewResource(file.location(), false))),
              1 << 16)) {
        index = JsonLinesIndex.scan(in, gzip, json, maxBytes);
      } catch (IOException | RuntimeException e) {
        rejectUnreadable(out, new InputFile(path, "", file.sizeBytes(), InputFile.PROCESSED), e);
        return;
      }
      if (index.sha256().equals(unchanged.get(path))) {
        skipped.inc();
        out.get(INPUTS)
            .output(new InputFile(path, index.sha256(), index.sizeBytes(), InputFile.SKIPPED));
        return;
      }
      InputFile input = new InputFile(path, index.sha256(), index.sizeBytes(), InputFile.PROCESSED);
      out.get(INPUTS).output(input);
      if (index.hasProblem()) {
        rejected.inc();
        out.get(REJECTED).output(new RejectedInput(path, STAGE, index.reason(), index.detail()));
      } else {
        // The file's place in the progress count is taken by its lines.
        jsonLinesFiles.inc();
      }
      jsonLinesListed.inc(index.articleLines());
      int i = 0;
      for (JsonLinesIndex.Part part : index.parts()) {
        out.get(KEYED_PARTS)
            .output(
                KV.of(
                    file.docId() + "#" + i++,
                    new JsonLinesPart(
                        file.location(),
                        path,
                        file.docId(),
                        gzip,
                        part.firstLine(),
                        part.startByte(),
                        part.endByte(),
                        part.sharedIdLines())));
      }
    }

    private void rejectUnreadable(MultiOutputReceiver out, InputFile input, Exception e) {
      // The exception's class, not its message: the message holds the machine's absolute path.
      reject(
          out,
          input,
          "unreadable_file",
          "the file could not be read ("
              + e.getClass().getSimpleName()
              + "); check that it exists, is a regular file and is readable");
    }

    private void reject(MultiOutputReceiver out, InputFile input, String reason, String detail) {
      rejected.inc();
      out.get(INPUTS).output(input);
      out.get(REJECTED).output(new RejectedInput(input.path(), STAGE, reason, detail));
    }
  }
}
