package org.newsnlp.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text, or says why it cannot. Files that hold no text or are binary are
 * refused with a reason code and a sentence a person can act on; the text keeps its line ends as
 * they were (CRLF, CR or LF), so that offsets point into the file's own text.
 */
public final class TextDecoder {

  /** The outcome: either {@code text} is set, or {@code reason} and {@code detail}. */
  public record Decoded(String text, String encoding, String reason, String detail) {
    public boolean ok() {
      return text != null;
    }

    static Decoded text(String text, String encoding) {
      return new Decoded(text, encoding, null, null);
    }

    static Decoded rejected(String reason, String detail) {
      return new Decoded(null, null, reason, detail);
    }
  }

  public static final String EMPTY_FILE = "empty_file";
  public static final String BINARY_CONTENT = "binary_content";
  public static final String INVALID_UTF8 = "invalid_utf8";

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /**
   * Decodes {@code bytes}: UTF-8 (a byte-order mark dropped); UTF-16 announced by a byte-order mark
   * or recognised by its zero bytes in every other position; otherwise, when the bytes are not
   * valid UTF-8 but read as text, Windows-1252 (a superset of Latin-1's printable characters),
   * which the {@code encoding} of the result then names.
   */
  public static Decoded decode(byte[] bytes) {
    if (bytes.length == 0) {
      return Decoded.rejected(EMPTY_FILE, "the file is empty (0 bytes)");
    }
    Charset charset = StandardCharsets.UTF_8;
    int skip = 0;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      skip = 3;
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else {
      Charset utf16 = utf16WithoutMark(bytes);
      if (utf16 != null) {
        charset = utf16;
      }
    }
    if (charset == StandardCharsets.UTF_8) {
      int nul = indexOf(bytes, (byte) 0);
      if (nul >= 0) {
        return Decoded.rejected(
            BINARY_CONTENT,
            "the file holds NUL bytes (first at byte " + nul + "): it is binary, not text");
      }
    }
    String text;
    String encoding = charset.name();
    try {
      text = strict(charset, bytes, skip);
    } catch (CharacterCodingException e) {
      if (looksBinary(bytes)) {
        return Decoded.rejected(BINARY_CONTENT, "the file is binary, not text");
      }
      if (charset != StandardCharsets.UTF_8) {
        return Decoded.rejected(
            INVALID_UTF8, "the bytes are not valid " + charset.name() + "; save the file as UTF-8");
      }
      text = singleByte(bytes);
      encoding = hasUndefined1252(bytes) ? "ISO-8859-1" : "windows-1252";
    }
    if (text.isBlank()) {
      return Decoded.rejected(EMPTY_FILE, "the file holds only white space");
    }
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        controls++;
      }
    }
    if (controls > 0 && controls * 100 > text.length()) {
      return Decoded.rejected(
          BINARY_CONTENT,
          "the file is binary: " + controls + " control characters in " + text.length());
    }
    return Decoded.text(text, encoding);
  }

  private static String strict(Charset charset, byte[] bytes, int skip)
      throws CharacterCodingException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
    return chars.toString();
  }

  /** Windows-1252, except that its five undefined bytes make it Latin-1 throughout. */
  private static String singleByte(byte[] bytes) {
    Charset charset = hasUndefined1252(bytes) ? StandardCharsets.ISO_8859_1 : WINDOWS_1252;
    return new String(bytes, charset);
  }

  private static boolean hasUndefined1252(byte[] bytes) {
    for (byte b : bytes) {
      int v = b & 0xFF;
      if (v == 0x81 || v == 0x8D || v == 0x8F || v == 0x90 || v == 0x9D) {
        return true;
      }
    }
    return false;
  }

  /**
   * UTF-16 without a byte-order mark shows as ASCII text with a zero byte beside every character:
   * LE when the zeros are at odd positions, BE at even ones.
   */
  private static Charset utf16WithoutMark(byte[] bytes) {
    int n = Math.min(bytes.length, 4096) & ~1;
    if (n < 4) {
      return null;
    }
    int zeroEven = 0;
    int zeroOdd = 0;
    for (int i = 0; i < n; i += 2) {
      if (bytes[i] == 0) {
        zeroEven++;
      }
      if (bytes[i + 1] == 0) {
        zeroOdd++;
      }
    }
    int pairs = n / 2;
    if (zeroOdd * 10 >= pairs * 9 && zeroEven * 10 < pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (zeroEven * 10 >= pairs * 9 && zeroOdd * 10 < pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** Share of bytes that are neither printable ASCII, common white space, nor UTF-8 high bytes. */
  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int odd = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        odd++;
      }
    }
    return odd * 20 > n;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
