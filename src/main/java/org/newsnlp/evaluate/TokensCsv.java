package org.newsnlp.evaluate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.newsnlp.evaluate.ConlluDocuments.TaggedSpan;

/**
 * Reads a {@code tokens.csv} written by a run back into sentence and token spans per document, so
 * that {@code evaluate tokens} scores exactly what the table holds. A sentence's span runs from its
 * first token's start to its last token's end, as in the pipeline.
 */
public final class TokensCsv {
  private TokensCsv() {}

  /** One document's predicted sentences and tagged tokens. */
  public record Predicted(List<TaggedSpan> sentences, List<TaggedSpan> tokens) {
    public static final Predicted EMPTY = new Predicted(List.of(), List.of());
  }

  public static Map<String, Predicted> read(Path csv) throws IOException {
    Map<String, List<TaggedSpan>> tokens = new LinkedHashMap<>();
    Map<String, Map<Integer, int[]>> sentences = new HashMap<>();
    try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      for (CSVRecord r :
          CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        String doc = r.get("doc_id");
        int start = Integer.parseInt(r.get("start"));
        int end = Integer.parseInt(r.get("end"));
        tokens
            .computeIfAbsent(doc, d -> new ArrayList<>())
            .add(new TaggedSpan(start, end, r.get("upos")));
        sentences
            .computeIfAbsent(doc, d -> new LinkedHashMap<>())
            .merge(
                Integer.parseInt(r.get("sentence_index")),
                new int[] {start, end},
                (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
      }
    }
    Map<String, Predicted> out = new HashMap<>();
    for (Map.Entry<String, List<TaggedSpan>> e : tokens.entrySet()) {
      List<TaggedSpan> s = new ArrayList<>();
      for (int[] span : sentences.get(e.getKey()).values()) {
        s.add(new TaggedSpan(span[0], span[1], ""));
      }
      out.put(e.getKey(), new Predicted(s, e.getValue()));
    }
    return out;
  }
}
