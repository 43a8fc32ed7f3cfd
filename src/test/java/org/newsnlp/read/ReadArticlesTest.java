package org.newsnlp.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
                        .via(r -> r.path() + "|" + r.stage() + "|" + r.reason())))
        .containsInAnyOrder("empty.txt|read|empty_file", "blob.bin|read|binary_content");
    p.run().waitUntilFinish();
  }
}
