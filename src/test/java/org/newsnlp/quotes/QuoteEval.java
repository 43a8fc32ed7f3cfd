package org.newsnlp.quotes;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.Quote;

/**
 * A developer's loop, not a test: annotates a PolNeAR split once (cached in a file given on the
 * command line, outside the repository), then re-runs only the quote extraction and prints the
 * scores. Usage: {@code QuoteEval <split> <cache-file> <out-dir>}.
 */
final class QuoteEval {
  private QuoteEval() {}

  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws Exception {
    String split = args[0];
    Path cache = Path.of(args[1]);
    Path out = Path.of(args[2]);
    List<AnnotatedArticle> articles;
    if (Files.exists(cache)) {
      try (InputStream in = Files.newInputStream(cache);
          ObjectInputStream o = new ObjectInputStream(in)) {
        articles = (List<AnnotatedArticle>) o.readObject();
      }
    } else {
      articles = GoldCorpus.annotate(split);
      try (OutputStream os = Files.newOutputStream(cache);
          ObjectOutputStream o = new ObjectOutputStream(os)) {
        o.writeObject(new ArrayList<>(articles));
      }
    }
    long t0 = System.nanoTime();
    List<Quote> quotes = new ArrayList<>();
    for (AnnotatedArticle a : articles) {
      quotes.addAll(QuoteExtractor.extract(a));
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    Files.createDirectories(out);
    write(quotes, out.resolve("quotes.csv"));
    QuoteScorer.Scores s =
        QuoteScorer.score(QuoteScorer.loadGold(GoldCorpus.split(split).resolve("gold.csv")),
            QuoteScorer.fromQuotes(quotes));
    Files.write(out.resolve("errors.tsv"), s.errors(), StandardCharsets.UTF_8);
    System.out.println(s.report());
    System.out.println("extraction " + ms + " ms for " + articles.size() + " articles");
  }

  static void write(List<Quote> quotes, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
      p.printRecord(Quote.header());
      for (Quote q : quotes) {
        p.printRecord(q.toCsv());
      }
    }
  }
}
