package org.newsnlp.bench;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.newsnlp.annotate.ModelText;
import org.newsnlp.annotate.Models;
import org.newsnlp.model.Article;

/**
 * The physical limit: the OpenNLP steps the annotator runs (sentence detection per paragraph,
 * tokenization per sentence, UPOS tagging), in a plain loop on one thread over texts already in
 * memory, with none of the pipeline around them. Not thread-safe.
 */
final class ModelLoop {
  /** What one sentence gives to the lemma measurement. */
  interface SentenceSink {
    void accept(String[] words, String[] tags);
  }

  private final SentenceDetectorME sentences;
  private final TokenizerME tokenizer;
  private final POSTaggerME tagger;

  ModelLoop(Models models) {
    sentences = new SentenceDetectorME(models.sentences());
    tokenizer = new TokenizerME(models.tokens());
    tagger = new POSTaggerME(models.pos());
  }

  /** Runs the steps over {@code article}; returns its token count. */
  long run(Article article, SentenceSink sink) {
    String text = ModelText.of(article.text());
    List<org.newsnlp.model.Span> paragraphs = new ArrayList<>();
    if (article.layout().hasHeadline()) {
      paragraphs.add(
          new org.newsnlp.model.Span(
              article.layout().headlineStart(), article.layout().headlineEnd()));
    }
    paragraphs.addAll(article.layout().bodyParagraphs());
    long tokens = 0;
    for (org.newsnlp.model.Span paragraph : paragraphs) {
      String paragraphText = paragraph.of(text);
      for (Span s : sentences.sentPosDetect(paragraphText)) {
        String sentence = s.getCoveredText(paragraphText).toString();
        Span[] spans = tokenizer.tokenizePos(sentence);
        if (spans.length == 0) {
          continue;
        }
        String[] words = Span.spansToStrings(spans, sentence);
        String[] tags = tagger.tag(words);
        tokens += words.length;
        if (sink != null) {
          sink.accept(words, tags);
        }
      }
    }
    return tokens;
  }

  static LemmatizerME lemmatizer(Models models) {
    return new LemmatizerME(models.lemmas());
  }
}
