package org.newsnlp.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsnlp.evaluate.ConlluDocuments.TaggedSpan;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.AnnotatedArticle.Sentence;
import org.newsnlp.model.AnnotatedArticle.Token;

/**
 * Sentence-boundary and tagging counts of one or more documents, compared by character offsets: a
 * predicted sentence (or token) is right when its {@code [start, end)} equals a gold one's.
 * End-to-end UPOS accuracy is the share of gold surface tokens that newsnlp produced with the same
 * offsets and the same tag, so tokenization errors count as tagging errors; accuracy on the tokens
 * both agree on is reported beside it.
 */
public record TaggingScore(
    int goldSentences,
    int predictedSentences,
    int matchedSentences,
    int goldTokens,
    int predictedTokens,
    int matchedTokens,
    int correctTags) {

  public static final TaggingScore ZERO = new TaggingScore(0, 0, 0, 0, 0, 0, 0);

  /** Scores one annotated document against its gold spans. */
  public static TaggingScore of(
      AnnotatedArticle predicted, List<TaggedSpan> goldSentences, List<TaggedSpan> goldTokens) {
    List<TaggedSpan> sentences = new ArrayList<>();
    for (Sentence s : predicted.sentences()) {
      sentences.add(new TaggedSpan(s.start(), s.end(), ""));
    }
    List<TaggedSpan> tokens = new ArrayList<>();
    for (Token t : predicted.tokens()) {
      tokens.add(new TaggedSpan(t.start(), t.end(), t.upos()));
    }
    return of(sentences, tokens, goldSentences, goldTokens);
  }

  /** Scores predicted sentence and token spans of one document against its gold spans. */
  public static TaggingScore of(
      List<TaggedSpan> sentences,
      List<TaggedSpan> tokens,
      List<TaggedSpan> goldSentences,
      List<TaggedSpan> goldTokens) {
    Set<Long> gold = new HashSet<>();
    for (TaggedSpan s : goldSentences) {
      gold.add(key(s.start(), s.end()));
    }
    int matchedSentences = 0;
    for (TaggedSpan s : sentences) {
      if (gold.contains(key(s.start(), s.end()))) {
        matchedSentences++;
      }
    }
    Map<Long, String> tags = new HashMap<>();
    for (TaggedSpan t : tokens) {
      tags.put(key(t.start(), t.end()), t.tag());
    }
    int matched = 0;
    int correct = 0;
    for (TaggedSpan t : goldTokens) {
      String tag = tags.get(key(t.start(), t.end()));
      if (tag != null) {
        matched++;
        if (tag.equals(t.tag())) {
          correct++;
        }
      }
    }
    return new TaggingScore(
        goldSentences.size(),
        sentences.size(),
        matchedSentences,
        goldTokens.size(),
        tokens.size(),
        matched,
        correct);
  }

  public TaggingScore plus(TaggingScore o) {
    return new TaggingScore(
        goldSentences + o.goldSentences,
        predictedSentences + o.predictedSentences,
        matchedSentences + o.matchedSentences,
        goldTokens + o.goldTokens,
        predictedTokens + o.predictedTokens,
        matchedTokens + o.matchedTokens,
        correctTags + o.correctTags);
  }

  public double sentencePrecision() {
    return ratio(matchedSentences, predictedSentences);
  }

  public double sentenceRecall() {
    return ratio(matchedSentences, goldSentences);
  }

  public double sentenceF1() {
    return f1(sentencePrecision(), sentenceRecall());
  }

  public double tokenF1() {
    return f1(ratio(matchedTokens, predictedTokens), ratio(matchedTokens, goldTokens));
  }

  /** Correctly tagged gold tokens over all gold tokens. */
  public double uposAccuracy() {
    return ratio(correctTags, goldTokens);
  }

  /** Correctly tagged tokens over the tokens whose offsets agree with gold. */
  public double uposAccuracyOnMatchedTokens() {
    return ratio(correctTags, matchedTokens);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0.0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  private static long key(int start, int end) {
    return ((long) start << 32) | end;
  }
}
