package org.newsnlp.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Create;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsnlp.TestPipelines;

/**
 * Protects the table format: header, RFC 4180 quoting, CRLF, sorted rows, header-only when empty.
 */
class WriteCsvTableTest {
  @TempDir Path dir;

  @Test
  void rowsAreSortedQuotedAndCrlfTerminated() throws IOException {
    Pipeline p = TestPipelines.withChecks();
    p.apply(
            Create.of(List.of("b|two, with comma", "a|say \"hi\"", "c|line\nbreak"))
                .withCoder(StringUtf8Coder.of()))
        .apply(
            WriteCsvTable.of(
                dir.toString(),
                "t.csv",
                List.of("key", "value"),
                (String s) -> List.of(s.split("\\|")[0], s.split("\\|")[1]),
                (String s) -> s.split("\\|")[0]));
    p.run().waitUntilFinish();
    assertEquals(
        "key,value\r\na,\"say \"\"hi\"\"\"\r\nb,\"two, with comma\"\r\nc,\"line\nbreak\"\r\n",
        Files.readString(dir.resolve("t.csv"), StandardCharsets.UTF_8));
    try (var files = Files.list(dir)) {
      assertEquals(
          List.of("t.csv"),
          files.map(f -> f.getFileName().toString()).toList(),
          "no temporary file is left behind");
    }
  }

  @Test
  void emptyCollectionGivesHeaderOnly() throws IOException {
    Pipeline p = TestPipelines.withChecks();
    p.apply(Create.empty(StringUtf8Coder.of()))
        .apply(
            WriteCsvTable.of(
                dir.toString(),
                "empty.csv",
                List.of("a", "b"),
                (String s) -> List.of(s, s),
                (String s) -> s));
    p.run().waitUntilFinish();
    assertEquals("a,b\r\n", Files.readString(dir.resolve("empty.csv")));
  }
}
