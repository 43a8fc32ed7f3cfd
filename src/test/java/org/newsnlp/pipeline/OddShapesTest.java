package org.newsnlp.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsnlp.annotate.Annotator;
import org.newsnlp.annotate.Models;
import org.newsnlp.annotate.TokenTable;
import org.newsnlp.bench.PathologicalTexts;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.Article;
import org.newsnlp.model.Deadline;
import org.newsnlp.model.DocumentStats;
import org.newsnlp.model.QuotedArticle;
import org.newsnlp.model.RejectedInput;
import org.newsnlp.read.LayoutReader;
import org.newsnlp.read.TextDecoder;
import org.newsnlp.speakers.SpeakerQuotes;

/**
 * Protects "every {@code internal_error} a test can provoke is a bug" (issue 13): odd shapes of
 * text (lone and unbalanced marks of every kind, cues and names with nothing between them, stray
 * controls and surrogates, slices cut anywhere out of the pathological texts, and random mixtures
 * of all of these, generated from fixed seeds) go through each step of a document as {@code
 * AnalyzeArticles} runs them, and every one that decodes becomes a document: no step throws, and
 * none gives an error row. The texts are small, so the suite stays quick; the large shapes are
 * {@code PathologicalInputsTest}'s.
 */
class OddShapesTest {
  private static Annotator annotator;

  @BeforeAll
  static void loadModels() {
    annotator = new Annotator(Models.english());
  }

  private static final String[] ODD = {
    "",
    " ",
    "\n\n\n",
    "\"",
    "“",
    "”",
    "'",
    "\"\"",
    "“”",
    "\" \"",
    "said",
    "Mr.",
    ".",
    "...",
    "—",
    "-- \"",
    "\u0000",
    "\uFEFF",
    "\uD800",
    "a\uDC00b",
    "\"said,\" said",
    "he said:",
    "\"\n\n\"",
    "((((",
    "))))",
    "[[]]",
    "<<>>",
    "«»",
    "„“",
    "‚‘",
    "‹›",
    "「」『』",
    "\r\n\r\n",
    "\r",
    "\u2028\u2029",
    "A\u0301",
    "\"Yes,\" said.",
    "said \"",
    "according to",
    ", according to",
    "He said that",
    "— he said",
    "\"a\" \"b\" \"c\" said Smith Smith Smith",
    "Mr. Mr. Mr. said said",
    "'s 's",
    "told reporters",
    ": \"",
    "\"x\":",
    "e.g. i.e. \"",
    "1,000,000,000,000,000,000",
    "-.-.-.-",
    "\" — \"",
    "\"Yes\" — Smith, \"no\" — Jones",
    "SMITH: yes",
    "\"SMITH: yes\"",
    "Q: A:"
  };

  private static final String[] PIECES = {
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "„",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    "<",
    ">",
    "—",
    "–",
    "-",
    ".",
    ",",
    ":",
    ";",
    "?",
    "!",
    "…",
    " ",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "said",
    "says",
    "told",
    "according to",
    "Mr.",
    "Ms.",
    "Dr.",
    "Smith",
    "John Smith",
    "he",
    "she",
    "that",
    "the",
    "council",
    "U.S.",
    "'s",
    "1",
    "2,000",
    "3.5%",
    "http://a.example/c",
    "aaaaaaaaaa",
    "\t",
    "|",
    "\u200D",
    "\u0301",
    "\u202E",
    "\uD83D\uDE00",
    "\uD800",
    "WORD",
    "\"Yes,\"",
    "asked",
    "added",
    "—Smith",
    "(AP)",
    "By John Smith",
    "Photo:",
    "Copyright",
    "*",
    "<p>",
    "SMITH:",
    "survey",
    "found"
  };

  @Test
  @Timeout(600)
  void everyOddShapeThatDecodesBecomesADocument() {
    List<String> texts = new ArrayList<>();
    for (String s : ODD) {
      texts.add(s);
      texts.add("Title\n\n" + s + "\n\n" + s);
      texts.add((s + " ").repeat(50));
      texts.add("Mr. Smith said " + s + " and Ms. Jones told reporters " + s);
    }
    Random random = new Random(13);
    for (PathologicalTexts.Text t : PathologicalTexts.suite()) {
      String s = t.text();
      for (int i = 0; i < 4; i++) {
        int start = random.nextInt(s.length());
        texts.add(
            s.substring(start, start + 1 + random.nextInt(Math.min(5_000, s.length() - start))));
      }
    }
    for (int i = 0; i < 300; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(i % 10 == 0 ? 2_000 : 200); k >= 0; k--) {
        b.append(PIECES[random.nextInt(PIECES.length)]);
      }
      texts.add(b.toString());
    }

    List<String> problems = new ArrayList<>();
    int decoded = 0;
    int documents = 0;
    for (int i = 0; i < texts.size(); i++) {
      byte[] bytes = texts.get(i).getBytes(StandardCharsets.UTF_8);
      TextDecoder.Decoded d = TextDecoder.decode(bytes);
      if (!d.ok()) {
        continue;
      }
      decoded++;
      String path = "odd-" + i + ".txt";
      Article article =
          new Article(
              path, path, d.text(), d.encoding(), bytes.length, LayoutReader.read(d.text()));
      List<RejectedInput> rows = new ArrayList<>();
      AnnotatedArticle annotated =
          ArticleSteps.annotate(annotator, article, Deadline.NONE, rows::add);
      if (annotated != null) {
        // the steps AnalyzeArticles runs outside a catch: a throw there would stop the run
        TokenTable.rows(annotated);
        QuotedArticle quoted = ArticleSteps.extractQuotes(annotated, Deadline.NONE, rows::add);
        if (quoted != null) {
          SpeakerQuotes.of(quoted);
          DocumentStats stats = ArticleSteps.measure(quoted, Deadline.NONE, rows::add);
          if (stats != null) {
            documents++;
          }
        }
      }
      for (RejectedInput row : rows) {
        problems.add(row.stage() + " " + row.reason() + " on " + printable(texts.get(i)));
      }
    }
    assertEquals(List.of(), problems);
    assertEquals(decoded, documents);
  }

  /** The start of {@code text} with its controls shown, for a failure message. */
  private static String printable(String text) {
    String start = text.length() > 200 ? text.substring(0, 200) + "…" : text;
    StringBuilder b = new StringBuilder();
    start
        .codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                b.append(String.format("\\u%04X", c));
              } else {
                b.appendCodePoint(c);
              }
            });
    return b.toString();
  }
}
