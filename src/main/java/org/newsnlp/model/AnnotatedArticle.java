package org.newsnlp.model;

import java.io.Serializable;
import java.util.List;

/**
 * An article with its paragraphs, sentences and tokens. Offsets are into {@code article.text()}.
 * Paragraph 0 is the headline when the article has one; the rest are body paragraphs in order. It
 * lives only inside the step that analyses one article ({@code AnalyzeArticles}), so it needs no
 * coder.
 */
public record AnnotatedArticle(
    Article article, List<Paragraph> paragraphs, List<Sentence> sentences, List<Token> tokens)
    implements Serializable {

  public AnnotatedArticle {
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
  }

  public String text() {
    return article.text();
  }

  public String docId() {
    return article.docId();
  }

  /** The tokens of sentence {@code index}. */
  public List<Token> tokensOf(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.endToken());
  }

  /** A block of text between blank lines; {@code headline} marks the article's headline. */
  public record Paragraph(int index, int start, int end, boolean headline)
      implements Serializable {}

  /** A sentence, with the range {@code [firstToken, endToken)} of its tokens. */
  public record Sentence(int index, int start, int end, int paragraph, int firstToken, int endToken)
      implements Serializable {}

  /**
   * A token: its offsets, its text as written, its Universal POS tag and its lemma.
   *
   * @param sentence the index of the sentence it belongs to
   */
  public record Token(int start, int end, String text, String upos, String lemma, int sentence)
      implements Serializable {

    /** True for tokens with a letter or digit: the ones counted as words. */
    public boolean isWord() {
      for (int i = 0; i < text.length(); ) {
        int cp = text.codePointAt(i);
        if (Character.isLetterOrDigit(cp)) {
          return true;
        }
        i += Character.charCount(cp);
      }
      return false;
    }
  }
}
