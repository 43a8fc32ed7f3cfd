package org.newsnlp.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsnlp.annotate.Annotator;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.Article;
import org.newsnlp.model.Deadline;
import org.newsnlp.model.QuotedArticle;
import org.newsnlp.quotes.QuoteExtractor;
import org.newsnlp.read.LayoutReader;
import org.newsnlp.stats.DocumentStatsCalculator;

/**
 * The speed of the analysis (layout, annotation, quotations, statistics: everything after decoding)
 * on text unlike news, beside its speed on news: one thread, texts in memory, timed in CPU seconds
 * of that thread, so that other work on the machine does not count; sizes in MB of 10<sup>6</sup>
 * bytes of UTF-8. Rows: the news corpus; each of {@link PathologicalTexts#suite()} with what became
 * of it (a document, or the stage where {@code --maxDocumentSeconds} stopped it, or the error); and
 * the scaling of the quotation-dense paragraph and of a single growing token from 100 to 800 KB,
 * each size the fastest of five runs taken in turn with the other sizes, with the time ratio to the
 * size before (linear time doubles it).
 */
final class PathologicalRuns {
  static final List<String> HEADER =
      List.of("measurement", "mb", "tokens", "cpu_s", "wall_s", "mb_per_cpu_s", "note");

  /** The default --maxDocumentSeconds, as the job would apply it. */
  private static final double BUDGET_SECONDS = 60;

  private static final int[] SCALING_KB = {100, 200, 400, 800};
  private static final int ROUNDS = 5;

  private final Annotator annotator;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final List<List<String>> table = new ArrayList<>();

  PathologicalRuns(Annotator annotator) {
    this.annotator = annotator;
  }

  /** Runs every measurement, {@code news} first: the comparison. */
  List<List<String>> measure(List<Article> news) {
    // Warm-up: let the JIT compile the stages' hot paths before the clock starts.
    for (Article a : news.subList(0, Math.min(news.size(), 1500))) {
      analyse(a.docId(), a.text());
    }
    Timed corpus = new Timed();
    for (Article a : news) {
      corpus.add(analyse(a.docId(), a.text()));
    }
    double newsRate = corpus.mb / corpus.cpu;
    table.add(corpus.row("news corpus (" + news.size() + " articles)", ""));
    for (PathologicalTexts.Text t : PathologicalTexts.suite()) {
      Timed one = new Timed();
      Outcome outcome = analyse(t.name(), t.text());
      one.add(outcome);
      table.add(
          one.row(
              t.name() + ": " + t.what(),
              String.format(
                  Locale.ROOT,
                  "%s; %.2f x the news corpus's MB/s",
                  outcome.what,
                  (one.mb / one.cpu) / newsRate)));
    }
    scaling("quotation-dense paragraph", PathologicalTexts::quotationDense);
    scaling("single growing token", PathologicalTexts::singleToken);
    return table;
  }

  private void scaling(String name, java.util.function.IntFunction<String> text) {
    // Round after round over all sizes, keeping each size's fastest run: a drift in the machine's
    // speed (other work, the JIT) then touches every size alike.
    Timed[] best = new Timed[SCALING_KB.length];
    for (int round = 0; round < ROUNDS; round++) {
      for (int i = 0; i < SCALING_KB.length; i++) {
        Timed t = new Timed();
        t.add(analyse(name, text.apply(SCALING_KB[i] * 1024)));
        if (best[i] == null || t.cpu < best[i].cpu) {
          best[i] = t;
        }
      }
    }
    for (int i = 0; i < SCALING_KB.length; i++) {
      String note =
          i == 0
              ? "fastest of " + ROUNDS
              : String.format(
                  Locale.ROOT,
                  "fastest of %d; %.2f x the time at %d KB",
                  ROUNDS,
                  best[i].cpu / best[i - 1].cpu,
                  SCALING_KB[i - 1]);
      table.add(best[i].row("scaling: " + name + ", " + SCALING_KB[i] + " KB", note));
    }
  }

  /** What became of one text, its size and tokens, and the time it took. */
  private record Outcome(String what, double mb, long tokens, double cpu, double wall) {}

  private Outcome analyse(String name, String text) {
    int bytes = text.getBytes(StandardCharsets.UTF_8).length;
    long cpu0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    Deadline deadline = Deadline.after(BUDGET_SECONDS);
    String stage = "annotate";
    String what;
    long tokens = 0;
    try {
      Article article = new Article(name, name, text, "UTF-8", bytes, LayoutReader.read(text));
      AnnotatedArticle annotated = annotator.annotate(article, deadline);
      tokens = annotated.tokens().size();
      stage = "quotes";
      QuotedArticle quoted =
          new QuotedArticle(annotated, QuoteExtractor.extract(annotated, deadline));
      stage = "statistics";
      DocumentStatsCalculator.compute(quoted, deadline);
      what = "document";
    } catch (Deadline.Exceeded e) {
      what = "too_slow in " + stage;
    } catch (RuntimeException | StackOverflowError e) {
      what = "internal_error in " + stage + ": " + e;
    }
    return new Outcome(
        what,
        bytes / 1e6,
        tokens,
        (threads.getCurrentThreadCpuTime() - cpu0) / 1e9,
        (System.nanoTime() - wall0) / 1e9);
  }

  /** Sums of outcomes. */
  private static final class Timed {
    double mb;
    long tokens;
    double cpu;
    double wall;

    void add(Outcome o) {
      mb += o.mb();
      tokens += o.tokens();
      cpu += o.cpu();
      wall += o.wall();
    }

    List<String> row(String name, String note) {
      return List.of(
          name,
          String.format(Locale.ROOT, "%.2f", mb),
          Long.toString(tokens),
          String.format(Locale.ROOT, "%.2f", cpu),
          String.format(Locale.ROOT, "%.2f", wall),
          String.format(Locale.ROOT, "%.3f", mb / cpu),
          note);
    }
  }
}
