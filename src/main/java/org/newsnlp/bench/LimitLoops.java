package org.newsnlp.bench;

import java.util.List;
import java.util.Locale;
import org.newsnlp.annotate.Annotator;
import org.newsnlp.annotate.Models;
import org.newsnlp.model.Article;

/**
 * What the models allow: sentence detection, tokenization and UPOS tagging in a plain single-thread
 * loop over the texts in memory ({@link ModelLoop}), that figure times the core count, and the
 * annotator (the same steps plus lemmas) in the same loop, for the cost of lemmas.
 */
final class LimitLoops {
  private LimitLoops() {}

  /**
   * Adds the rows of the loops, warm, to {@code table} (the annotator's only with {@code
   * annotatorLoop}); returns the limit in tokens per second on one thread.
   */
  static double measure(List<Article> articles, boolean annotatorLoop, MeasurementTable table) {
    Models models = Models.english();
    ModelLoop loop = new ModelLoop(models);
    Annotator annotator = new Annotator(models);
    // Warm-up: let the JIT compile the models' hot paths before the clock starts.
    List<Article> warmUp = articles.subList(0, Math.min(articles.size(), 1500));
    for (Article a : warmUp) {
      loop.run(a, null);
      annotator.annotate(a);
    }
    long t0 = System.nanoTime();
    long tokens = 0;
    for (Article a : articles) {
      tokens += loop.run(a, null);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    double limit = tokens / seconds;
    table.add(
        "limit: sentences+tokens+UPOS, one thread, texts in memory",
        articles.size(),
        tokens,
        seconds,
        -1,
        -1,
        "");
    table.add(
        "limit x " + MeasurementTable.CORES + " cores",
        articles.size(),
        tokens,
        seconds / MeasurementTable.CORES,
        -1,
        -1,
        "one-thread figure times the core count");
    if (annotatorLoop) {
      t0 = System.nanoTime();
      long annotated = 0;
      for (Article a : articles) {
        annotated += annotator.annotate(a).tokens().size();
      }
      double s = (System.nanoTime() - t0) / 1e9;
      table.add(
          "annotator (limit steps + lemma cache), one thread, in memory",
          articles.size(),
          annotated,
          s,
          -1,
          -1,
          String.format(Locale.ROOT, "%.2f x the one-thread limit", (annotated / s) / limit));
    }
    return limit;
  }

  /** The limit as a whole process, cold: for timing side by side with a pipeline run. */
  static void printCold(List<Article> articles) {
    ModelLoop loop = new ModelLoop(Models.english());
    long t0 = System.nanoTime();
    long tokens = 0;
    for (Article a : articles) {
      tokens += loop.run(a, null);
    }
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "limit-only: %d documents, %d tokens, %.1f s, %.0f tokens/s (one thread)%n",
        articles.size(),
        tokens,
        s,
        tokens / s);
  }
}
