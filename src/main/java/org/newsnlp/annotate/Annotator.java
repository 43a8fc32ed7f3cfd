package org.newsnlp.annotate;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.util.Span;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.AnnotatedArticle.Paragraph;
import org.newsnlp.model.AnnotatedArticle.Sentence;
import org.newsnlp.model.AnnotatedArticle.Token;
import org.newsnlp.model.Article;
import org.newsnlp.model.Deadline;

/**
 * Splits an article into paragraphs, sentences and tokens and tags each token with its Universal
 * POS tag and lemma. The headline is its own paragraph (index 0) and its own sentence unit; body
 * paragraphs are split into sentences one at a time, so that a sentence never crosses a blank line.
 *
 * <p>Not thread-safe: it holds OpenNLP {@code *ME} objects. Make one per thread (per DoFn
 * instance); the models behind them are shared.
 */
public final class Annotator {
  private final SentenceDetectorME sentenceDetector;
  private final char[] sentenceEnders;
  private final CachedTokenizer tokenizer;
  private final BeamTagger tagger;
  private final LemmaCache lemmas;

  public Annotator(Models models) {
    sentenceDetector = new SentenceDetectorME(models.sentences());
    char[] enders = models.sentences().getEosCharacters();
    sentenceEnders = enders != null ? enders : new char[] {'.', '!', '?'};
    tokenizer = new CachedTokenizer(models.tokens());
    tagger = new BeamTagger(models.pos());
    lemmas = new LemmaCache(models.lemmas());
  }

  public AnnotatedArticle annotate(Article article) {
    return annotate(article, Deadline.NONE);
  }

  /** As {@link #annotate(Article)}, checking {@code deadline} at each paragraph and sentence. */
  public AnnotatedArticle annotate(Article article, Deadline deadline) {
    String text = article.text();
    // The UD models were trained on text with straight quotes and apostrophes; curly ones split
    // "Putin’s" wrongly. The replacement is one char for one char, so offsets stay valid.
    String modelText = ModelText.of(text);
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    if (article.layout().hasHeadline()) {
      Paragraph headline =
          new Paragraph(0, article.layout().headlineStart(), article.layout().headlineEnd(), true);
      paragraphs.add(headline);
      addSentence(text, modelText, headline, headline.start(), headline.end(), sentences, tokens);
    }
    for (org.newsnlp.model.Span body : article.layout().bodyParagraphs()) {
      deadline.check();
      Paragraph paragraph = new Paragraph(paragraphs.size(), body.start(), body.end(), false);
      paragraphs.add(paragraph);
      String paragraphText = modelText.substring(body.start(), body.end());
      Span[] detected =
          sentenceDetector.sentPosDetect(
              LongChunks.forSentenceDetector(paragraphText, sentenceEnders));
      for (Span s : SentenceBoundaries.refine(paragraphText, detected)) {
        deadline.check();
        addSentence(
            text,
            modelText,
            paragraph,
            body.start() + s.getStart(),
            body.start() + s.getEnd(),
            sentences,
            tokens);
      }
    }
    return new AnnotatedArticle(article, paragraphs, sentences, tokens);
  }

  private void addSentence(
      String text,
      String modelText,
      Paragraph paragraph,
      int start,
      int end,
      List<Sentence> sentences,
      List<Token> tokens) {
    String sentenceText = modelText.substring(start, end);
    Span[] spans = TokenBoundaries.refine(sentenceText, tokenizer.tokenizePos(sentenceText));
    if (spans.length == 0) {
      return;
    }
    String[] words = new String[spans.length];
    for (int i = 0; i < spans.length; i++) {
      words[i] = sentenceText.substring(spans[i].getStart(), spans[i].getEnd());
    }
    String[] tags = TagCorrections.correct(words, tagger.tag(words));
    String[] lemma = lemmas.lemmatize(words, tags);
    int sentenceIndex = sentences.size();
    int first = tokens.size();
    for (int i = 0; i < spans.length; i++) {
      int ts = start + spans[i].getStart();
      int te = start + spans[i].getEnd();
      tokens.add(new Token(ts, te, text.substring(ts, te), tags[i], lemma[i], sentenceIndex));
    }
    sentences.add(
        new Sentence(
            sentenceIndex,
            tokens.get(first).start(),
            tokens.get(tokens.size() - 1).end(),
            paragraph.index(),
            first,
            tokens.size()));
  }
}
