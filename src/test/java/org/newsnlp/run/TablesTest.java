package org.newsnlp.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsnlp.write.CsvFiles;

/** The manifest's row count must be the parsed table's, and its hash the file's. */
class TablesTest {
  @TempDir Path dir;

  @Test
  void countIsTheParsedRowCount() throws Exception {
    List<String> header = List.of("id", "text", "note");
    List<List<List<String>>> tables =
        List.of(
            List.of(),
            List.of(List.of("1", "plain", "")),
            List.of(
                List.of("1", "two\nlines", "a \"quoted\" word"),
                List.of("2", "crlf\r\ninside", "\"\""),
                List.of("", "", ""),
                List.of("4", "ends with a quote\"", "comma, here"),
                List.of("5", "\n\n\n", "=1+2")));
    for (boolean bom : new boolean[] {false, true}) {
      for (List<List<String>> rows : tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvFiles.write(out, header, rows, bom);
        Path file = dir.resolve("t" + rows.size() + bom + ".csv");
        Files.write(file, out.toByteArray());
        Tables.Count count = Tables.count(file);
        assertEquals(Tables.rows(file).size(), count.rows(), file.toString());
        assertEquals(rows.size(), count.rows(), file.toString());
        assertEquals(Tables.sha256(file), count.sha256());
      }
    }
    Path bare = dir.resolve("bare.csv");
    Files.writeString(bare, "id,text\r\n1,no line end", StandardCharsets.UTF_8);
    assertEquals(Tables.rows(bare).size(), Tables.count(bare).rows());
  }
}
