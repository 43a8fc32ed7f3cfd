package org.newsnlp.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;
import org.junit.jupiter.api.Test;

/**
 * The language detector's normalization must be exactly OpenNLP's ({@code
 * LanguageDetectorFactory}'s normalizers in their order), on texts made to trip each pattern, the
 * seeds and, when present, every 20th news article.
 */
class LanguageNormalizerTest {
  private static final CharSequenceNormalizer OPENNLP =
      new AggregateCharSequenceNormalizer(
          EmojiCharSequenceNormalizer.getInstance(),
          UrlCharSequenceNormalizer.getInstance(),
          TwitterCharSequenceNormalizer.getInstance(),
          NumberCharSequenceNormalizer.getInstance(),
          ShrinkCharSequenceNormalizer.getInstance());

  @Test
  void givesOpenNlpsNormalization() throws IOException {
    List<String> texts =
        SampleTexts.seedsInventedAndNews(
            "",
            " ",
            "\n",
            "  \t\n x \r\n\r\n y\u000B\u000Bz\f ",
            "12 345,678 9.5% 2025-11-30 \u0663\u0664 \uFF11\uFF12",
            "Mail ana.b+c@example.org or @ana_b; see https://example.org/a?b=c#d and http://x.y",
            "HTTP://EXAMPLE.ORG stays, #Tag and #1 go, rt: RT RT: art report court",
            "Expect exports :) ;-( x-D XP xo :-p :d; exodus, examples, x- D",
            "hahaha HeHe jajaja hihi Johannesburg Hahn Hohoho hoho ha ha aha jaj",
            "Sooo goood!!! ... ---- AAAaaa aAa zzz \u00e9\u00e9\u00e9 \u00c9\u00e9\u00c9",
            "Emoji \uD83D\uDE00\uD83D\uDE00\uD83D\uDE00 and \uD83C\uDF89 and \uFE0F \uFFFD\uFFFD\uFFFD",
            "lone \uD83D surrogate \uDE00 here \uDBFF\uDC00 \uDBFF\uDFFF \uD800\uDC00 \uD83C",
            "on-the-ground - -- -\uD83D\uDE00- \uD83C\uDF89-x \uFFFF\u2010\u2013 end-",
            "Straße İstanbul ΣΟΦΊΑ Ǆemal ǅ ǆ",
            "\u2028line\u2029para\u0085next   end   ");
    int compared = 0;
    for (String text : texts) {
      for (String sample : List.of(text, LanguageDetector.sample(text))) {
        assertEquals(
            OPENNLP.normalize(sample).toString(), LanguageNormalizer.normalize(sample), sample);
        compared++;
      }
    }
    assertTrue(compared >= 30, "compared " + compared + " texts");
  }
}
