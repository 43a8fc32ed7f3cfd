package org.newsnlp.annotate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * OpenNLP's learnable tokenizer with a memory: exactly {@link TokenizerME}'s tokens, at a fraction
 * of its cost on real text.
 *
 * <p>{@code TokenizerME} splits the text at whitespace and then decides, for each
 * whitespace-separated chunk on its own, where inside it to split ("said," → "said" ","): the
 * model's features are the chunk's characters and the position in it, nothing outside the chunk. So
 * a chunk's split points are a function of the chunk alone, and news repeats its words: this class
 * asks the model once per distinct chunk and remembers the answer. The tokens are the same as
 * {@code TokenizerME}'s by construction ({@code CachedTokenizerTest} checks it on real text), but
 * for chunks longer than any word, which {@link LongChunks} splits by a rule instead.
 *
 * <p>Not thread-safe (it holds a {@code TokenizerME}): one per {@link Annotator}. The remembered
 * answers are shared by every instance on the same model in the JVM, so that worker threads do not
 * each ask the model the same questions; bounded, and simply cleared when full.
 */
public final class CachedTokenizer {
  private static final int MAX_ENTRIES = 200_000;
  private static final int[] NO_SPLIT = new int[0];

  private static final Map<TokenizerModel, Map<String, int[]>> SHARED =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final TokenizerME tokenizer;
  private final Map<String, int[]> splits;

  public CachedTokenizer(TokenizerModel model) {
    tokenizer = new TokenizerME(model);
    splits = SHARED.computeIfAbsent(model, m -> new ConcurrentHashMap<>());
  }

  /**
   * The tokens of {@code text}, as {@link TokenizerME#tokenizePos} gives them, except in a chunk
   * longer than {@link LongChunks#MAX_CHARS}, which {@link LongChunks#tokens} splits by its rule.
   */
  public Span[] tokenizePos(String text) {
    Span[] chunks = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
    List<Span> tokens = new ArrayList<>(chunks.length + chunks.length / 4);
    for (Span chunk : chunks) {
      if (chunk.length() > LongChunks.MAX_CHARS) {
        LongChunks.tokens(text, chunk.getStart(), chunk.getEnd(), tokens);
        continue;
      }
      int[] inner = splitsOf(text.substring(chunk.getStart(), chunk.getEnd()));
      int start = chunk.getStart();
      for (int split : inner) {
        tokens.add(new Span(start, chunk.getStart() + split));
        start = chunk.getStart() + split;
      }
      tokens.add(new Span(start, chunk.getEnd()));
    }
    return tokens.toArray(new Span[0]);
  }

  /** Where the model splits {@code chunk}: offsets inside it, ascending. */
  private int[] splitsOf(String chunk) {
    if (chunk.length() < 2) {
      // TokenizerME never splits a single character.
      return NO_SPLIT;
    }
    int[] known = splits.get(chunk);
    if (known != null) {
      return known;
    }
    Span[] parts = tokenizer.tokenizePos(chunk);
    int[] inner = NO_SPLIT;
    if (parts.length > 1) {
      inner = new int[parts.length - 1];
      for (int i = 1; i < parts.length; i++) {
        inner[i - 1] = parts[i].getStart();
      }
    }
    if (splits.size() >= MAX_ENTRIES) {
      splits.clear();
    }
    splits.put(chunk, inner);
    return inner;
  }
}
