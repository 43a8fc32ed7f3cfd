package org.newsnlp.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Protects named jobs: the file sets options, the command line overrides it. */
class JobFileTest {
  @TempDir Path dir;

  @Test
  void commandLineWinsOverTheJobFile() throws IOException {
    Path job = dir.resolve("nightly.properties");
    Files.writeString(job, "# a comment\ninputs=/data/*.txt\noutput = /out/\n");
    String[] merged = JobFile.merge(new String[] {"--job", job.toString(), "--output=/tmp/x"});
    assertEquals(
        List.of("--inputs=/data/*.txt", "--job=" + job, "--output=/tmp/x"), List.of(merged));
  }

  @Test
  void missingJobFileIsAClearError() {
    IOException e =
        assertThrows(
            IOException.class, () -> JobFile.merge(new String[] {"--job=/no/such.properties"}));
    assertEquals("job file /no/such.properties does not exist or is not a file", e.getMessage());
  }
}
