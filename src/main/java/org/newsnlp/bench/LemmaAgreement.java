package org.newsnlp.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.lemmatizer.LemmatizerME;
import org.newsnlp.annotate.LemmaCache;
import org.newsnlp.annotate.Models;
import org.newsnlp.model.Article;

/**
 * Measures how often the lemma cache's answer (the lemmatizer asked about one word alone, then
 * remembered per word and tag) equals the lemmatizer's answer for the word in its whole sentence,
 * and what each costs, on one thread.
 *
 * <p>Usage: {@code LemmaAgreement [corpus folder] [every Nth document]}; defaults {@code
 * ../shared/corpora/news/} and 1 (every document).
 */
public final class LemmaAgreement {
  private LemmaAgreement() {}

  public static void main(String[] args) {
    Path root = Path.of(args.length > 0 ? args[0] : "../shared/corpora/news/");
    int every = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    List<Path> all = Corpus.files(root);
    List<Path> sample = new ArrayList<>();
    for (int i = 0; i < all.size(); i += every) {
      sample.add(all.get(i));
    }
    List<Article> articles = Corpus.articles(root, sample);
    Models models = Models.english();
    ModelLoop loop = new ModelLoop(models);
    List<String[][]> sentences = new ArrayList<>();
    for (Article a : articles) {
      loop.run(a, (w, t) -> sentences.add(new String[][] {w, t}));
    }
    long tokens = 0;
    for (String[][] s : sentences) {
      tokens += s[0].length;
    }

    LemmatizerME model = ModelLoop.lemmatizer(models);
    long t0 = System.nanoTime();
    List<String[]> exact = new ArrayList<>(sentences.size());
    for (String[][] s : sentences) {
      exact.add(model.lemmatize(s[0], s[1]));
    }
    long sentenceNanos = System.nanoTime() - t0;

    LemmaCache cache = new LemmaCache(models.lemmas());
    t0 = System.nanoTime();
    List<String[]> cached = new ArrayList<>(sentences.size());
    for (String[][] s : sentences) {
      cached.add(cache.lemmatize(s[0], s[1]));
    }
    long cacheNanos = System.nanoTime() - t0;

    long agree = 0;
    long agreeIgnoringCase = 0;
    Map<String, Integer> differences = new TreeMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      for (int j = 0; j < exact.get(i).length; j++) {
        String e = exact.get(i)[j];
        String c = cached.get(i)[j];
        if (e.equals(c)) {
          agree++;
        } else {
          differences.merge(
              sentences.get(i)[0][j]
                  + "/"
                  + sentences.get(i)[1][j]
                  + " sentence="
                  + e
                  + " cache="
                  + c,
              1,
              Integer::sum);
        }
        if (e.equalsIgnoreCase(c)) {
          agreeIgnoringCase++;
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "documents %d, sentences %d, tokens %d%n"
            + "agreement %.5f (%d differ), ignoring case %.5f%n"
            + "sentence-level lemmatizer: %.0f tokens/s; cache: %.0f tokens/s (one thread)%n",
        articles.size(),
        sentences.size(),
        tokens,
        agree / (double) tokens,
        tokens - agree,
        agreeIgnoringCase / (double) tokens,
        tokens / (sentenceNanos / 1e9),
        tokens / (cacheNanos / 1e9));
    differences.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue())
        .limit(40)
        .forEach(e -> System.out.println("  " + e.getValue() + "  " + e.getKey()));
  }
}
