package org.newsnlp.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsnlp.NewsNlp;

/**
 * Protects {@code --emitTokens=true} end to end: the real entry point writes tokens.csv beside
 * documents.csv, its rows agree with the document row's counts, and {@link TokensCsv} reads back
 * the sentences that documents.csv counted.
 */
class TokensCsvRoundTripTest {
  private static final String SEED = "000_2a0ef4d6d7bdbffd";

  @Test
  void tokensTableMatchesTheDocumentRow(@TempDir Path out) throws Exception {
    int exit =
        NewsNlp.run(
            new String[] {
              "--inputs=seeds/" + SEED + ".txt", "--output=" + out + "/", "--emitTokens=true"
            });
    assertEquals(NewsNlp.EXIT_OK, exit);
    CSVRecord doc;
    try (Reader in =
        Files.newBufferedReader(out.resolve("documents.csv"), StandardCharsets.UTF_8)) {
      List<CSVRecord> rows =
          CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .get()
              .parse(in)
              .getRecords();
      assertEquals(1, rows.size());
      doc = rows.get(0);
    }
    Map<String, TokensCsv.Predicted> tokens = TokensCsv.read(out.resolve("tokens.csv"));
    TokensCsv.Predicted seed = tokens.get(SEED);
    assertEquals(Integer.parseInt(doc.get("sentences")), seed.sentences().size());
    assertEquals(Integer.parseInt(doc.get("tokens")), seed.tokens().size());
    String text = Files.readString(Path.of("seeds/" + SEED + ".txt"), StandardCharsets.UTF_8);
    String header = Files.readAllLines(out.resolve("tokens.csv"), StandardCharsets.UTF_8).get(0);
    assertEquals("doc_id,sentence_index,token_index,start,end,token,upos,lemma", header);
    // Offsets point into the text as decoded: the first token is the headline's first word.
    assertTrue(text.startsWith("Russian", seed.tokens().get(0).start()));
  }
}
