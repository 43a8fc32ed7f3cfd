package org.newsnlp.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text, or says why it cannot. UTF-8 (a byte-order mark is dropped) is
 * expected; UTF-16 is accepted when a byte-order mark announces it. Files that hold no text, or
 * bytes that are not valid UTF-8, are refused with a reason code and a sentence a person can act
 * on.
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

  private TextDecoder() {}

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
    try {
      CharsetDecoder decoder =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
      text = chars.toString();
    } catch (CharacterCodingException e) {
      if (looksBinary(bytes)) {
        return Decoded.rejected(BINARY_CONTENT, "the file is binary, not text");
      }
      return Decoded.rejected(
          INVALID_UTF8,
          "the bytes are not valid " + charset.name() + " (" + e.getMessage()
              + "); save the file as UTF-8");
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
          BINARY_CONTENT, "the file is binary: " + controls + " control characters in "
              + text.length());
    }
    return Decoded.text(text, charset.name());
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
