package org.newsnlp.quotes;

import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.AnnotatedArticle.Token;

/**
 * A developer's tool, not a test: writes the tokens of a cached annotated split as TSV (doc, start,
 * end, text, upos, lemma, sentence) for studying the training data's cues.
 */
final class TokenDump {
  private TokenDump() {}

  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws Exception {
    List<AnnotatedArticle> articles;
    try (InputStream in = Files.newInputStream(Path.of(args[0]));
        ObjectInputStream o = new ObjectInputStream(in)) {
      articles = (List<AnnotatedArticle>) o.readObject();
    }
    try (PrintWriter w =
        new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
      for (AnnotatedArticle a : articles) {
        for (Token t : a.tokens()) {
          w.println(
              String.join(
                  "\t",
                  a.docId(),
                  Integer.toString(t.start()),
                  Integer.toString(t.end()),
                  t.text().replace('\t', ' '),
                  t.upos(),
                  t.lemma(),
                  Integer.toString(t.sentence())));
        }
      }
    }
  }
}
