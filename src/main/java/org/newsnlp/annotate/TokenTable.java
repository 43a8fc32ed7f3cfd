package org.newsnlp.annotate;

import java.util.ArrayList;
import java.util.List;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.AnnotatedArticle.Sentence;
import org.newsnlp.model.AnnotatedArticle.Token;

/**
 * The rows of {@code tokens.csv}: one per token, with its document, the index of its sentence in
 * the document and its index in the sentence (both from 0), its offsets into the decoded text (end
 * exclusive), its text as written, its UPOS tag (a multiword token such as "don't" carries its
 * words' tags joined by "+", e.g. {@code AUX+PART}) and its lemma. These are exactly the sentences
 * and tags the statistics are computed from and {@code evaluate} scores.
 */
public final class TokenTable {
  private TokenTable() {}

  public static List<String> header() {
    return List.of(
        "doc_id", "sentence_index", "token_index", "start", "end", "token", "upos", "lemma");
  }

  public static List<List<String>> rows(AnnotatedArticle article) {
    List<List<String>> rows = new ArrayList<>(article.tokens().size());
    for (Sentence sentence : article.sentences()) {
      List<Token> tokens = article.tokensOf(sentence);
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        rows.add(
            List.of(
                article.docId(),
                Integer.toString(sentence.index()),
                Integer.toString(i),
                Integer.toString(t.start()),
                Integer.toString(t.end()),
                t.text(),
                t.upos(),
                t.lemma()));
      }
    }
    return rows;
  }

  /** Rows sort by document, then by position in the text. */
  public static String sortKey(List<String> row) {
    return row.get(0) + '\u0000' + String.format("%010d", Integer.parseInt(row.get(3)));
  }
}
