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
  void windows1252IsDetectedAndNamed() {
    byte[] bytes =
        "Caf\u00e9 \u2018au\u2019 lait \u2014 \u20ac5"
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));
    TextDecoder.Decoded d = TextDecoder.decode(bytes);
    assertEquals("Caf\u00e9 \u2018au\u2019 lait \u2014 \u20ac5", d.text());
    assertEquals("windows-1252", d.encoding());
  }

  @Test
  void latin1WithBytesUndefinedIn1252() {
    byte[] bytes = {'a', (byte) 0xE9, (byte) 0x81, 'b'};
    TextDecoder.Decoded d = TextDecoder.decode(bytes);
    assertEquals("a\u00e9\u0081b", d.text());
    assertEquals("ISO-8859-1", d.encoding());
  }

  @Test
  void utf16WithoutBomIsRecognisedByItsZeroBytes() {
    TextDecoder.Decoded d =
        TextDecoder.decode("Plain news text.".getBytes(StandardCharsets.UTF_16LE));
    assertEquals("Plain news text.", d.text());
    assertEquals("UTF-16LE", d.encoding());
  }

  @Test
  void lineEndsAreKeptAsWritten() {
    assertEquals(
        "a\r\nb\rc", TextDecoder.decode("a\r\nb\rc".getBytes(StandardCharsets.UTF_8)).text());
  }
}
