package org.newsnlp.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.util.VarInt;
import org.newsnlp.model.AnnotatedArticle.Paragraph;
import org.newsnlp.model.AnnotatedArticle.Sentence;
import org.newsnlp.model.AnnotatedArticle.Token;

/**
 * A compact coder for {@link AnnotatedArticle}, the largest value in the pipeline (one record per
 * token). The article goes through {@link ArticleCoder}; a token's text is not written when it is
 * the article's text at the token's offsets (as the annotator makes it), since decoding can take it
 * from there; offsets are variable-length integers. Java serialization of the same value writes
 * class descriptors and boxed fields for every token and is several times larger and slower.
 */
public final class AnnotatedArticleCoder extends AtomicCoder<AnnotatedArticle> {
  private static final AnnotatedArticleCoder INSTANCE = new AnnotatedArticleCoder();
  private static final StringUtf8Coder STRING = StringUtf8Coder.of();

  private AnnotatedArticleCoder() {}

  public static AnnotatedArticleCoder of() {
    return INSTANCE;
  }

  @Override
  public void encode(AnnotatedArticle a, OutputStream out) throws IOException {
    ArticleCoder.of().encode(a.article(), out);
    String text = a.text();
    VarInt.encode(a.paragraphs().size(), out);
    for (Paragraph p : a.paragraphs()) {
      VarInt.encode(p.index(), out);
      VarInt.encode(p.start(), out);
      VarInt.encode(p.end(), out);
      out.write(p.headline() ? 1 : 0);
    }
    VarInt.encode(a.sentences().size(), out);
    for (Sentence s : a.sentences()) {
      VarInt.encode(s.index(), out);
      VarInt.encode(s.start(), out);
      VarInt.encode(s.end(), out);
      VarInt.encode(s.paragraph(), out);
      VarInt.encode(s.firstToken(), out);
      VarInt.encode(s.endToken(), out);
    }
    VarInt.encode(a.tokens().size(), out);
    for (Token t : a.tokens()) {
      VarInt.encode(t.start(), out);
      VarInt.encode(t.end(), out);
      boolean fromText =
          t.end() <= text.length()
              && t.text().length() == t.end() - t.start()
              && text.regionMatches(t.start(), t.text(), 0, t.text().length());
      out.write(fromText ? 0 : 1);
      if (!fromText) {
        STRING.encode(t.text(), out);
      }
      STRING.encode(t.upos(), out);
      STRING.encode(t.lemma(), out);
      VarInt.encode(t.sentence(), out);
    }
  }

  @Override
  public AnnotatedArticle decode(InputStream in) throws IOException {
    Article article = ArticleCoder.of().decode(in);
    String text = article.text();
    int n = VarInt.decodeInt(in);
    List<Paragraph> paragraphs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      paragraphs.add(
          new Paragraph(
              VarInt.decodeInt(in), VarInt.decodeInt(in), VarInt.decodeInt(in), in.read() == 1));
    }
    n = VarInt.decodeInt(in);
    List<Sentence> sentences = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      sentences.add(
          new Sentence(
              VarInt.decodeInt(in),
              VarInt.decodeInt(in),
              VarInt.decodeInt(in),
              VarInt.decodeInt(in),
              VarInt.decodeInt(in),
              VarInt.decodeInt(in)));
    }
    n = VarInt.decodeInt(in);
    List<Token> tokens = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int start = VarInt.decodeInt(in);
      int end = VarInt.decodeInt(in);
      int flag = in.read();
      if (flag < 0) {
        throw new IOException("truncated AnnotatedArticle");
      }
      String tokenText = flag == 0 ? text.substring(start, end) : STRING.decode(in);
      tokens.add(
          new Token(
              start, end, tokenText, STRING.decode(in), STRING.decode(in), VarInt.decodeInt(in)));
    }
    return new AnnotatedArticle(article, paragraphs, sentences, tokens);
  }

  @Override
  public void verifyDeterministic() {}
}
