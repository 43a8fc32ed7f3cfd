package org.newsnlp.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Protects the first pass over a JSON Lines file: parts of whole lines that start on an article and
 * together cover the file, few parts for a gzip file, the file's hash, a broken gzip file's good
 * lines kept, and an error for a file with no article.
 */
class JsonLinesIndexTest {
  private static final JsonArticles PARSER = new JsonArticles(JsonFields.DEFAULT);

  static String lines(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      s.append("{\"id\": \"a").append(i).append("\", \"text\": \"Article ").append(i);
      s.append(".\"}\n");
      if (i % 7 == 0) {
        s.append("\n");
      }
    }
    return s.toString();
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static JsonLinesIndex.Result scan(byte[] bytes, boolean gzip) throws IOException {
    return JsonLinesIndex.scan(new ByteArrayInputStream(bytes), gzip, PARSER, 1000);
  }

  @Test
  void partsOfFiftyArticlesCoverTheFileAndStartOnAnArticle() throws IOException {
    byte[] bytes = lines(120).getBytes(StandardCharsets.UTF_8);
    JsonLinesIndex.Result r = scan(bytes, false);
    assertNull(r.reason());
    assertEquals(120, r.articleLines());
    assertEquals(bytes.length, r.sizeBytes());
    assertEquals(FileBytes.sha256(bytes), r.sha256());
    assertEquals(3, r.parts().size());
    String text = new String(bytes, StandardCharsets.UTF_8);
    long end = 0;
    int article = 1;
    for (JsonLinesIndex.Part part : r.parts()) {
      assertEquals(end, part.startByte(), "parts are contiguous");
      assertTrue(text.startsWith("{\"id\": \"a" + article + "\"", (int) part.startByte()));
      end = part.endByte();
      article += 50;
    }
    assertEquals(bytes.length, end);
    // Article 51 is on line 58: seven blank lines before it.
    assertEquals(58, r.parts().get(1).firstLine());
  }

  @Test
  void aGzipFileIsCutIntoAtMost32PartsOfWholeGroups() throws IOException {
    byte[] plain = lines(5000).getBytes(StandardCharsets.UTF_8);
    JsonLinesIndex.Result r = scan(gzip(plain), true);
    assertNull(r.reason());
    assertEquals(5000, r.articleLines());
    assertEquals(25, r.parts().size(), "100 groups of 50, four groups a part");
    assertEquals(0, r.parts().get(0).startByte());
    assertEquals(plain.length, r.parts().get(24).endByte());
    for (int i = 1; i < r.parts().size(); i++) {
      assertEquals(r.parts().get(i - 1).endByte(), r.parts().get(i).startByte());
    }
  }

  @Test
  void aBrokenGzipFileKeepsTheLinesBeforeTheBreak() throws IOException {
    byte[] whole = gzip(lines(3000).getBytes(StandardCharsets.UTF_8));
    JsonLinesIndex.Result r = scan(Arrays.copyOf(whole, whole.length / 2), true);
    assertEquals("invalid_gzip", r.reason());
    assertTrue(r.articleLines() > 100 && r.articleLines() < 3000, "" + r.articleLines());
    assertTrue(r.detail().contains("the " + r.articleLines() + " lines before it were read"));
    assertFalse(r.parts().isEmpty());
    assertEquals(whole.length / 2, r.sizeBytes());

    JsonLinesIndex.Result notGzip = scan("{\"text\": \"x\"}\n".getBytes(), true);
    assertEquals("invalid_gzip", notGzip.reason());
    assertTrue(notGzip.detail().startsWith("the file ends in .gz but is not a valid gzip file"));
    assertEquals(List.of(), notGzip.parts());
  }

  @Test
  void aFileWithoutArticlesIsAnError() throws IOException {
    JsonLinesIndex.Result empty = scan(new byte[0], false);
    assertEquals("empty_file", empty.reason());
    assertEquals("the file is empty (0 bytes)", empty.detail());
    JsonLinesIndex.Result blank = scan(" \n\n\t\r\n".getBytes(), false);
    assertEquals("empty_file", blank.reason());
    assertEquals(List.of(), blank.parts());
    JsonLinesIndex.Result utf16 =
        scan("{\"text\": \"x\"}\n".getBytes(StandardCharsets.UTF_16), false);
    assertEquals("invalid_json", utf16.reason());
    assertTrue(utf16.detail().contains("UTF-16"));
  }

  @Test
  void sharedIdsAreGivenToThePartThatHoldsTheirLine() throws IOException {
    String text = lines(100) + "{\"id\": \"a3\", \"text\": \"Again.\"}\n";
    JsonLinesIndex.Result r = scan(text.getBytes(StandardCharsets.UTF_8), false);
    assertEquals(3, r.parts().size());
    assertEquals(List.of(3L), r.parts().get(0).sharedIdLines());
    assertEquals(List.of(), r.parts().get(1).sharedIdLines());
    assertEquals(List.of(r.parts().get(2).firstLine()), r.parts().get(2).sharedIdLines());
  }
}
