package org.newsnlp.bench;

import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Text that is valid but shaped unlike news, generated (never stored): what a nightly run meets
 * sooner or later in a scraped page, a pasted log or a transcript. Each generator is deterministic,
 * so a text is the same in every run. The benchmark times each of {@link #suite()} and grows {@link
 * #quotationDense} and {@link #singleToken} to see how the time scales; {@code
 * PathologicalInputsTest} runs the suite through the job beside real articles.
 */
public final class PathologicalTexts {
  /** One generated input: its file name, what it is, and its text. */
  public record Text(String name, String what, String text) {}

  private static final int KB = 1024;
  private static final int MB = 1024 * KB;

  private PathologicalTexts() {}

  /** Writes {@link #suite()} into the folder {@code args[0]}, one file each, as UTF-8. */
  public static void main(String[] args) throws java.io.IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: PathologicalTexts <folder to write them into>");
    }
    java.nio.file.Path folder = java.nio.file.Path.of(args[0]);
    java.nio.file.Files.createDirectories(folder);
    for (Text t : suite()) {
      java.nio.file.Files.writeString(folder.resolve(t.name()), t.text());
    }
  }

  /** The pathological inputs, each a few hundred kilobytes to a few megabytes. */
  public static List<Text> suite() {
    return List.of(
        new Text("single-token.txt", "one 3 MB run of letters, no space", singleToken(3 * MB)),
        new Text("long-url.txt", "a 200 KB URL in a sentence", longUrl(200 * KB)),
        new Text("base64.txt", "1 MB of base64 lines and a 200 KB inline data URI", base64(MB)),
        new Text("nested-parentheses.txt", "100,000 nested ( )", nested('(', ')', 100_000)),
        new Text("nested-brackets.txt", "100,000 nested [ ]", nested('[', ']', 100_000)),
        new Text("nested-braces.txt", "100,000 nested { }", nested('{', '}', 100_000)),
        new Text("nested-angles.txt", "100,000 nested < >", nested('<', '>', 100_000)),
        new Text("nested-quotes.txt", "50,000 nested “ ‘ with a word each", nestedQuotes(50_000)),
        new Text("nested-asides.txt", "50,000 nested ( with a word each", nestedAsides(50_000)),
        new Text(
            "quotation-dense.txt", "a 1 MB paragraph of quotations and cues", quotationDense(MB)),
        new Text("quotation-marks.txt", "1 MB of quotation marks of every kind", marks(MB)),
        new Text("half-million-words.txt", "one sentence of 500,000 words", longSentence(500_000)),
        new Text("abbreviations.txt", "500 KB of abbreviations only", abbreviations(500 * KB)),
        new Text(
            "emoji-combining-bidi.txt",
            "500 KB of emoji, combining marks and bidirectional controls",
            emoji(500 * KB)),
        new Text("number-tables.txt", "1 MB of tables of numbers", numberTables(MB)),
        new Text("all-capitals.txt", "1 MB of news in capitals", capitals(MB)),
        new Text(
            "dotted-token.txt", "a 1 MB token of dotted letters and hyphens", repeat("a.b-", MB)));
  }

  /**
   * The paragraph of issue 13: {@code Mr. Smith said "yes," and Ms. Jones said that} over and over,
   * {@code chars} long; one sentence, a quotation and two cues every 46 characters.
   */
  public static String quotationDense(int chars) {
    return repeat("Mr. Smith said \"yes,\" and Ms. Jones said that ", chars);
  }

  /** One "word" of {@code chars} letters. */
  public static String singleToken(int chars) {
    return repeat("abcdefghij", chars);
  }

  private static String repeat(String unit, int chars) {
    StringBuilder b = new StringBuilder(chars + unit.length());
    while (b.length() < chars) {
      b.append(unit);
    }
    b.setLength(chars);
    return b.toString();
  }

  private static String longUrl(int chars) {
    StringBuilder b = new StringBuilder("Details are at https://example.org/archive/");
    Random random = new Random(1);
    while (b.length() < chars) {
      b.append("section-").append(random.nextInt(1000)).append('/');
    }
    b.append("page.html?ref=feed&id=").append(random.nextInt(100_000)).append(" for readers.");
    return "Notice\n\nA page moved.\n\n" + b + "\n";
  }

  private static String base64(int chars) {
    Random random = new Random(2);
    byte[] bytes = new byte[chars * 3 / 4];
    random.nextBytes(bytes);
    String lines = Base64.getMimeEncoder().encodeToString(bytes);
    byte[] image = new byte[150 * KB];
    random.nextBytes(image);
    return "Attachment\n\nThe image follows.\n\n"
        + lines
        + "\n\n<img src=\"data:image/png;base64,"
        + Base64.getEncoder().encodeToString(image)
        + "\">\n";
  }

  private static String nested(char open, char close, int depth) {
    return String.valueOf(open).repeat(depth) + String.valueOf(close).repeat(depth) + "\n";
  }

  private static String nestedQuotes(int depth) {
    StringBuilder b = new StringBuilder("Quoted\n\nShe said ");
    for (int i = 0; i < depth; i++) {
      b.append(i % 2 == 0 ? "“word " : "‘word ");
    }
    for (int i = depth - 1; i >= 0; i--) {
      b.append(i % 2 == 0 ? "” " : "’ ");
    }
    return b.append("today.\n").toString();
  }

  private static String nestedAsides(int depth) {
    return "Aside\n\nHe wrote " + "(and ".repeat(depth) + "so" + ")".repeat(depth) + ".\n";
  }

  private static String marks(int chars) {
    String kinds = "\"“”‘’'«»„‚‹›「」『』";
    StringBuilder b = new StringBuilder();
    Random random = new Random(3);
    while (b.length() < chars) {
      int run = 1 + random.nextInt(12);
      for (int i = 0; i < run; i++) {
        b.append(kinds.charAt(random.nextInt(kinds.length())));
      }
      b.append(random.nextInt(40) == 0 ? "\n\n" : " ");
    }
    return b.toString();
  }

  private static final String[] WORDS = {
    "the",
    "council",
    "said",
    "plan",
    "would",
    "work",
    "and",
    "Smith",
    "river",
    "new",
    "of",
    "people",
    "voted",
    "on",
    "Tuesday",
    "green",
    "city",
    "report",
    "told",
    "reporters"
  };

  private static String longSentence(int words) {
    StringBuilder b = new StringBuilder();
    Random random = new Random(4);
    for (int i = 0; i < words; i++) {
      b.append(WORDS[random.nextInt(WORDS.length)]).append(i % 12 == 11 ? ", " : " ");
    }
    return b.toString().strip() + "\n";
  }

  private static String abbreviations(int chars) {
    String[] abbreviations = {
      "Mr.", "Mrs.", "Dr.", "U.S.", "U.K.", "e.g.", "i.e.", "etc.", "Inc.", "Ltd.", "St.", "a.m.",
      "p.m.", "No.", "Gen.", "Jan.", "Sept.", "Corp.", "Jr.", "vs."
    };
    return drawn("", abbreviations, chars, 5, 0, "");
  }

  /**
   * {@code start}, then {@code pieces} drawn at random up to {@code chars} characters, each
   * followed by a space or, one time in {@code paragraphEvery} (0: never), by {@code paragraphEnd}.
   */
  private static String drawn(
      String start,
      String[] pieces,
      int chars,
      long seed,
      int paragraphEvery,
      String paragraphEnd) {
    StringBuilder b = new StringBuilder(start);
    Random random = new Random(seed);
    while (b.length() < chars) {
      b.append(pieces[random.nextInt(pieces.length)])
          .append(paragraphEvery > 0 && random.nextInt(paragraphEvery) == 0 ? paragraphEnd : " ");
    }
    return b.toString();
  }

  private static String emoji(int chars) {
    String[] pieces = {
      "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67", // a family: emoji joined by ZWJs
      "\uD83D\uDC4D\uD83C\uDFFD", // thumbs up with a skin tone
      "\uD83C\uDDFA\uD83C\uDDF8\uD83C\uDDEB\uD83C\uDDF7", // two flags: regional indicators
      "e\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308", // a letter under eight marks
      "Z\u0337\u0322\u031Ba\u0334l\u0338g\u0335o\u0336", // letters under strokes
      "\u202Eevil\u202C", // a right-to-left override and its pop
      "\u2067\u05E9\u05DC\u05D5\u05DD\u2069", // Hebrew in a right-to-left isolate
      "\u200F\u0645\u0631\u062D\u0628\u0627\u200E", // Arabic between direction marks
      "\uFEFF", // a stray byte-order mark
      "word"
    };
    return drawn("Emoji\n\n", pieces, chars, 6, 30, ".\n\n");
  }

  private static String numberTables(int chars) {
    StringBuilder b = new StringBuilder("Results\n\n");
    Random random = new Random(7);
    while (b.length() < chars) {
      for (int column = 0; column < 8; column++) {
        switch (column % 4) {
          case 0 -> b.append(random.nextInt(100_000));
          case 1 -> b.append(String.format(java.util.Locale.ROOT, "%,d", random.nextInt()));
          case 2 -> b.append(random.nextInt(1000) / 10.0).append('%');
          default ->
              b.append('-').append(random.nextInt(100)).append('.').append(random.nextInt(10));
        }
        b.append(column < 7 ? (column % 2 == 0 ? "\t" : " | ") : "\n");
      }
      if (random.nextInt(50) == 0) {
        b.append('\n');
      }
    }
    return b.toString();
  }

  private static String capitals(int chars) {
    String[] sentences = {
      "THE MINISTER SAID THE PLAN WOULD WORK.",
      "\"IT IS DONE,\" SAID JOHN SMITH, THE MAYOR.",
      "ACCORDING TO THE REPORT, PRICES ROSE BY 4 PERCENT IN MARCH.",
      "HE TOLD REPORTERS THAT THE COUNCIL WOULD VOTE ON TUESDAY.",
      "U.S. OFFICIALS SAID: \"WE WILL NOT COMMENT.\""
    };
    return drawn("BREAKING NEWS\n\n", sentences, chars, 8, 8, "\n\n");
  }
}
