package org.newsnlp.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Protects decoding: BOMs dropped, UTF-16 by BOM, and each kind of bad file named. */
class TextDecoderTest {
  @Test
  void utf8WithBomLosesTheMark() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'N', 'e', 'w', 's'};
    TextDecoder.Decoded d = TextDecoder.decode(bytes);
    assertEquals("News", d.text());
    assertEquals("UTF-8", d.encoding());
  }

  @Test
  void utf16ByBom() {
    byte[] le = {(byte) 0xFF, (byte) 0xFE, 'H', 0, 'i', 0};
    byte[] be = {(byte) 0xFE, (byte) 0xFF, 0, 'H', 0, 'i'};
    assertEquals("Hi", TextDecoder.decode(le).text());
    assertEquals("UTF-16LE", TextDecoder.decode(le).encoding());
    assertEquals("Hi", TextDecoder.decode(be).text());
  }

  @Test
  void curlyQuotesSurviveUtf8() {
    String text = "“No,” he said.";
    assertEquals(text, TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8)).text());
  }

  @Test
  void emptyAndBlankFilesAreRejected() {
    assertEquals(TextDecoder.EMPTY_FILE, TextDecoder.decode(new byte[0]).reason());
    assertEquals(TextDecoder.EMPTY_FILE, TextDecoder.decode(" \n\t\n".getBytes()).reason());
  }

  @Test
  void nulBytesMeanBinary() {
    TextDecoder.Decoded d = TextDecoder.decode(new byte[] {'a', 'b', 0, 'c'});
    assertFalse(d.ok());
    assertEquals(TextDecoder.BINARY_CONTENT, d.reason());
    assertTrue(d.detail().contains("byte 2"), d.detail());
  }

  @Test
  void latin1BytesAreNotValidUtf8() {
    TextDecoder.Decoded d = TextDecoder.decode("Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(TextDecoder.INVALID_UTF8, d.reason());
    assertTrue(d.detail().contains("UTF-8"), d.detail());
  }
}
