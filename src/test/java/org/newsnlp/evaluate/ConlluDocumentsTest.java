package org.newsnlp.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsnlp.evaluate.ConlluDocuments.GoldDocument;
import org.newsnlp.evaluate.ConlluDocuments.TaggedSpan;

/** Protects the rebuilding of running text and gold offsets described in eval/ud/README.txt. */
class ConlluDocumentsTest {
  private static final String CONLLU =
      String.join(
          "\n",
          "# newdoc id = d1",
          "# newpar",
          "# text = I'm here.",
          "1-2\tI'm\t_\t_\t_\t_\t_\t_\t_\t_",
          "1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_",
          "2\t'm\tbe\tAUX\tVBP\t_\t3\tcop\t_\t_",
          "3\there\there\tADV\tRB\t_\t0\troot\t_\tSpaceAfter=No",
          "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\tSpaceAfter=No",
          "",
          "# text = Go.",
          "1\tGo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No",
          "1.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t0:root\t_",
          "2\t.\t.\tPUNCT\t.\t_\t1\tpunct\t_\t_",
          "",
          "# newpar",
          "# text = Bye",
          "1\tBye\tbye\tINTJ\tUH\t_\t0\troot\t_\t_",
          "",
          "# newdoc id = d2",
          "# text = Hi",
          "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_",
          "",
          "");

  @Test
  void rebuildsTextSentencesAndTokens() throws Exception {
    List<GoldDocument> docs = ConlluDocuments.read(new StringReader(CONLLU));
    assertEquals(2, docs.size());
    GoldDocument d1 = docs.get(0);
    assertEquals("d1", d1.id());
    // No space after "here." (SpaceAfter=No on its last token), a blank line before "Bye".
    assertEquals("I'm here.Go.\n\nBye\n", d1.text());
    assertEquals(
        List.of(new TaggedSpan(0, 9, ""), new TaggedSpan(9, 12, ""), new TaggedSpan(14, 17, "")),
        d1.sentences());
    assertEquals(
        List.of(
            new TaggedSpan(0, 3, "PRON+AUX"),
            new TaggedSpan(4, 8, "ADV"),
            new TaggedSpan(8, 9, "PUNCT"),
            new TaggedSpan(9, 11, "VERB"),
            new TaggedSpan(11, 12, "PUNCT"),
            new TaggedSpan(14, 17, "INTJ")),
        d1.tokens());
    assertEquals("Hi\n", docs.get(1).text());
  }
}
