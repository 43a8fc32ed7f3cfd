package org.newsnlp.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsnlp.TestPipelines;

/** Protects the read stage's promise: every matched file is an article or an error row. */
class ReadArticlesTest {
  @TempDir Path dir;

  @Test
  void goodFilesBecomeArticlesAndBadOnesErrorRows() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Headline\n\nBody one.\n\nBody two.\n");
    Files.write(dir.resolve("b.txt"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'});
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("blob.bin"), new byte[] {1, 2, 0, 3, 0, 0, 7});
    Files.write(dir.resolve("latin.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));

    Pipeline p = TestPipelines.withChecks();
    PCollectionTuple out = p.apply(ReadArticles.from(dir + "/*"));
    PAssert.that(
            out.get(ReadArticles.ARTICLES)
                .apply(
                    "Ids",
                    MapElements.into(TypeDescriptors.strings())
                        .via(a -> a.docId() + "|" + a.encoding() + "|" + a.text().length())))
        .containsInAnyOrder("a|UTF-8|31", "b|UTF-8|2", "latin|windows-1252|4");
    PAssert.that(
            out.get(ReadArticles.REJECTED)
                .apply(
                    "Reasons",
                    MapElements.into(TypeDescriptors.strings())
                        .via(
                            r ->
                                r.path().substring(r.path().lastIndexOf('/') + 1)
                                    + "|"
                                    + r.stage()
                                    + "|"
                                    + r.reason())))
        .containsInAnyOrder("empty.txt|read|empty_file", "blob.bin|read|binary_content");
    p.run().waitUntilFinish();
  }

  @Test
  void docIdIsPathRelativeToPatternFolderWithoutExtension() {
    DocIds ids = DocIds.forPattern("/data/news/**/*.txt");
    assertEquals("bbc/business-001", ids.idOf("/data/news/bbc/business-001.txt"));
    assertEquals(
        "000_2a0ef4d6d7bdbffd",
        DocIds.forPattern("/x/seeds/*").idOf("/x/seeds/000_2a0ef4d6d7bdbffd.txt"));
    assertEquals(List.of("noext"), List.of(DocIds.forPattern("/x/*").idOf("/x/noext")));
  }
}
