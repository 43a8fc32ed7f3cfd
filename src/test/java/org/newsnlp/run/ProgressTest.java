package org.newsnlp.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Protects the progress line's count: a JSON Lines file counts as its lines once it is cut. */
class ProgressTest {
  @Test
  void aJsonLinesFileCountsAsItsLines() {
    assertEquals(
        "51/102 documents, 5.1 docs/s, ETA 0:10, 10 s elapsed",
        Progress.line(
            Map.of(
                "files_matched", 3L,
                "json_lines_files", 1L,
                "json_lines_listed", 100L,
                "documents_measured", 50L,
                "inputs_rejected", 1L),
            10));
  }
}
