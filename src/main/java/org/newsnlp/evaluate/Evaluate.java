package org.newsnlp.evaluate;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsnlp.annotate.Annotator;
import org.newsnlp.annotate.Models;
import org.newsnlp.evaluate.ConlluDocuments.GoldDocument;
import org.newsnlp.model.AnnotatedArticle;
import org.newsnlp.model.Article;
import org.newsnlp.read.LayoutReader;

/**
 * The {@code evaluate} command. Usage:
 *
 * <pre>
 *   conllu FILE...                 sentence P/R/F1 and UPOS accuracy against CoNLL-U files
 *   tokens TOKENS.csv FILE...      the same for a tokens.csv written by a run (--emitTokens=true)
 *                                  over the documents' plain text; doc_id = CoNLL-U newdoc id
 *   quotes GOLD.csv DOCS_DIR [PRED.csv]
 *                                  quotation scores against a PolNeAR-style gold CSV; without
 *                                  PRED.csv newsnlp extracts the quotes of DOCS_DIR/&lt;doc_id&gt;.txt
 *   rows QUOTES.csv                what a pivot table by speaker would get wrong in a quotes.csv:
 *                                  overlapping rows, person speakers that are no name or hold a
 *                                  role, short names beside full ones, names differing by case;
 *                                  and, when speakers.csv and documents.csv are beside it, what
 *                                  that table must show against them ({@link SpeakerTableChecks})
 * </pre>
 *
 * <p>Each document is annotated exactly as the pipeline does it (layout from {@link LayoutReader},
 * then {@link Annotator}), so the figures are those of the sentences and tags in {@code
 * tokens.csv}. Exit code 0, or 2 for a usage error.
 */
public final class Evaluate {
  private Evaluate() {}

  public static void main(String[] args) throws IOException {
    if (args.length >= 2 && args[0].equals("conllu")) {
      Annotator annotator = new Annotator(Models.english());
      TaggingScore total = TaggingScore.ZERO;
      for (int i = 1; i < args.length; i++) {
        TaggingScore file = TaggingScore.ZERO;
        for (GoldDocument doc : readConllu(Path.of(args[i]))) {
          file = file.plus(score(annotator, doc));
        }
        print(args[i], file);
        total = total.plus(file);
      }
      if (args.length > 2) {
        print("all", total);
      }
    } else if (args.length >= 3 && args[0].equals("tokens")) {
      Map<String, TokensCsv.Predicted> predicted = TokensCsv.read(Path.of(args[1]));
      TaggingScore total = TaggingScore.ZERO;
      int missing = 0;
      for (int i = 2; i < args.length; i++) {
        for (GoldDocument doc : readConllu(Path.of(args[i]))) {
          TokensCsv.Predicted p = predicted.get(doc.id());
          if (p == null) {
            missing++;
            p = TokensCsv.Predicted.EMPTY;
          }
          total =
              total.plus(TaggingScore.of(p.sentences(), p.tokens(), doc.sentences(), doc.tokens()));
        }
      }
      print(args[1] + " against " + (args.length - 2) + " CoNLL-U file(s)", total);
      if (missing > 0) {
        System.out.println(
            "  gold documents absent from the tokens table (scored as empty): " + missing);
      }
    } else if ((args.length == 3 || args.length == 4) && args[0].equals("quotes")) {
      QuoteScore.Result result =
          args.length == 4
              ? QuoteScore.scoreFile(Path.of(args[1]), Path.of(args[3]), Path.of(args[2]))
              : QuoteScore.extractAndScore(Path.of(args[1]), Path.of(args[2]));
      System.out.print(result.report());
    } else if (args.length == 2 && args[0].equals("rows")) {
      Path quotes = Path.of(args[1]);
      System.out.print(QuoteRowChecks.check(QuoteRowChecks.read(quotes)).report());
      Path folder = quotes.toAbsolutePath().getParent();
      if (Files.exists(folder.resolve("speakers.csv"))
          && Files.exists(folder.resolve("documents.csv"))) {
        System.out.print(SpeakerTableChecks.check(folder).report());
      }
    } else {
      System.err.println(
          "usage: evaluate conllu FILE.conllu...\n"
              + "       evaluate tokens TOKENS.csv FILE.conllu...\n"
              + "       evaluate quotes GOLD.csv DOCS_DIR [PRED_quotes.csv]\n"
              + "       evaluate rows QUOTES.csv");
      System.exit(2);
    }
  }

  /** The gold documents of one CoNLL-U file (a folder means every *.conllu file in it). */
  static List<GoldDocument> readConllu(Path path) throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(path)) {
      try (var list = Files.list(path)) {
        list.filter(p -> p.toString().endsWith(".conllu")).sorted().forEach(files::add);
      }
    } else {
      files.add(path);
    }
    List<GoldDocument> docs = new ArrayList<>();
    for (Path f : files) {
      try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        docs.addAll(ConlluDocuments.read(in));
      }
    }
    return docs;
  }

  /** Annotates one gold document's text as the pipeline would and scores it. */
  public static TaggingScore score(Annotator annotator, GoldDocument doc) {
    return TaggingScore.of(
        annotate(annotator, doc.id(), doc.text()), doc.sentences(), doc.tokens());
  }

  /** The pipeline's annotation of a plain text (UTF-8, layout as the read stage finds it). */
  public static AnnotatedArticle annotate(Annotator annotator, String docId, String text) {
    Article article =
        new Article(
            docId,
            docId,
            text,
            "UTF-8",
            text.getBytes(StandardCharsets.UTF_8).length,
            LayoutReader.read(text));
    return annotator.annotate(article);
  }

  private static void print(String name, TaggingScore s) {
    System.out.printf(
        Locale.ROOT,
        "%s%n  sentences  gold %d  predicted %d  matched %d  P %.4f  R %.4f  F1 %.4f%n"
            + "  tokens     gold %d  predicted %d  matched %d  F1 %.4f%n"
            + "  UPOS       accuracy end to end %.4f  on matched tokens %.4f%n",
        name,
        s.goldSentences(),
        s.predictedSentences(),
        s.matchedSentences(),
        s.sentencePrecision(),
        s.sentenceRecall(),
        s.sentenceF1(),
        s.goldTokens(),
        s.predictedTokens(),
        s.matchedTokens(),
        s.tokenF1(),
        s.uposAccuracy(),
        s.uposAccuracyOnMatchedTokens());
  }

  static String readString(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
