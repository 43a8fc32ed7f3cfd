package org.newsnlp.evaluate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.newsnlp.annotate.Annotator;
import org.newsnlp.annotate.Models;
import org.newsnlp.model.Quote;
import org.newsnlp.quotes.QuoteExtractor;
import org.newsnlp.read.TextDecoder;

/**
 * Quotation scores against a PolNeAR-style {@code gold.csv}, with the matching rule and metrics of
 * {@code ../shared/tools/score_quotes.py} (ported line for line so both give the same figures): a
 * prediction and a gold attribution match when they share at least half of the shorter one's
 * characters; best overlap first, one-to-one; a left-over prediction lying mostly inside a matched
 * gold counts as correct for precision only. Only documents present in the gold file and in the
 * documents folder count.
 */
public final class QuoteScore {
  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "i", "we", "it", "you", "him", "her", "them", "us", "me");
  private static final Set<String> DROP =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "dr",
          "the",
          "a",
          "an",
          "of",
          "and",
          "'s",
          "s",
          "sen",
          "rep",
          "gov",
          "president",
          "said",
          "says",
          "mr.",
          "mrs.",
          "ms.",
          "dr.",
          "who",
          "his",
          "her",
          "their",
          "its",
          "former",
          "u.s.",
          "senator",
          "secretary",
          "spokesman",
          "spokeswoman",
          "candidate",
          "nominee");
  private static final Set<String> MARKED = Set.of("direct", "mixed");
  private static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:['’][a-z]+)?");

  private QuoteScore() {}

  /** A quotation, gold or predicted: spans, type and speaker. */
  public record Item(List<int[]> spans, String type, String speaker, String mention) {}

  /** The counts and the derived scores. */
  public record Result(int docs, Map<String, Integer> counts) {
    int c(String k) {
      return counts.getOrDefault(k, 0);
    }

    public double[] marked() {
      return prf(c("pred_marked_ok"), c("pred_marked"), c("gold_marked_found"), c("gold_marked"));
    }

    public double[] all() {
      return prf(c("pred_all_ok"), c("pred_all"), c("gold_all_found"), c("gold_all"));
    }

    public double[] markedSpeaker() {
      return prf(
          c("pred_marked_ok_spk"), c("pred_marked"), c("gold_marked_found_spk"), c("gold_marked"));
    }

    public double speakerAccuracyNames() {
      return c("spk_name") == 0 ? 0.0 : (double) c("spk_name_ok") / c("spk_name");
    }

    public double speakerAccuracyPronouns() {
      return c("spk_pron") == 0 ? 0.0 : (double) c("spk_pron_ok") / c("spk_pron");
    }

    /** The report in the layout of score_quotes.py. */
    public String report() {
      double[] m = marked();
      double[] s = markedSpeaker();
      double[] a = all();
      return String.format(
          Locale.ROOT,
          "docs %d%nmarked quotes   P %.3f  R %.3f  F1 %.3f   (pred %d, gold %d)%n"
              + "marked+speaker  P %.3f  R %.3f  F1 %.3f%n"
              + "all attributions P %.3f  R %.3f  F1 %.3f   (pred %d, gold %d)%n"
              + "speaker accuracy: names %.3f (n=%d), pronouns %.3f (n=%d)%n",
          docs,
          m[0],
          m[1],
          m[2],
          c("pred_marked"),
          c("gold_marked"),
          s[0],
          s[1],
          s[2],
          a[0],
          a[1],
          a[2],
          c("pred_all"),
          c("gold_all"),
          speakerAccuracyNames(),
          c("spk_name"),
          speakerAccuracyPronouns(),
          c("spk_pron"));
    }
  }

  /** Scores a {@code quotes.csv} already written by newsnlp. */
  public static Result scoreFile(Path gold, Path pred, Path docsDir) throws IOException {
    Map<String, List<Item>> goldItems = readGold(gold);
    Set<String> docs = docsIn(goldItems.keySet(), docsDir);
    Map<String, List<Item>> predicted = new HashMap<>();
    for (CSVRecord r : records(pred)) {
      try {
        int s = Integer.parseInt(r.get("quote_start"));
        int e = Integer.parseInt(r.get("quote_end"));
        predicted
            .computeIfAbsent(r.get("doc_id"), k -> new ArrayList<>())
            .add(
                new Item(
                    List.of(new int[] {s, e}),
                    r.get("quote_type").toLowerCase(Locale.ROOT),
                    r.get("speaker"),
                    r.isMapped("speaker_mention") ? r.get("speaker_mention") : ""));
      } catch (NumberFormatException e) {
        // score_quotes.py skips a row whose offsets are not numbers; so does this port.
      }
    }
    return score(docs, goldItems, predicted);
  }

  /** Extracts newsnlp's quotations from each gold document's text and scores them. */
  public static Result extractAndScore(Path gold, Path docsDir) throws IOException {
    Map<String, List<Item>> goldItems = readGold(gold);
    Set<String> docs = docsIn(goldItems.keySet(), docsDir);
    Annotator annotator = new Annotator(Models.english());
    Map<String, List<Item>> predicted = new HashMap<>();
    for (String doc : docs) {
      TextDecoder.Decoded decoded =
          TextDecoder.decode(Files.readAllBytes(docsDir.resolve(doc + ".txt")));
      if (!decoded.ok()) {
        continue;
      }
      List<Item> items = new ArrayList<>();
      for (Quote q : QuoteExtractor.extract(Evaluate.annotate(annotator, doc, decoded.text()))) {
        items.add(
            new Item(
                List.of(new int[] {q.start(), q.end()}),
                q.type(),
                q.speaker(),
                q.speakerMention()));
      }
      predicted.put(doc, items);
    }
    return score(docs, goldItems, predicted);
  }

  /** The scoring proper, given gold and predictions per document. */
  public static Result score(
      Set<String> docs, Map<String, List<Item>> goldItems, Map<String, List<Item>> predicted) {
    Map<String, Integer> c = new LinkedHashMap<>();
    for (String d : new TreeSet<>(docs)) {
      List<Item> g = goldItems.getOrDefault(d, List.of());
      List<Item> p = predicted.getOrDefault(d, List.of());
      List<double[]> cands = new ArrayList<>();
      for (int i = 0; i < g.size(); i++) {
        for (int j = 0; j < p.size(); j++) {
          int ov = overlap(g.get(i).spans(), p.get(j).spans());
          int shorter = Math.min(length(g.get(i).spans()), length(p.get(j).spans()));
          if (shorter > 0 && ov * 2 >= shorter) {
            cands.add(new double[] {(double) ov / shorter, ov, i, j});
          }
        }
      }
      // Python sorts the tuples (ratio, overlap, i, j) in reverse: the same order here.
      cands.sort(
          (x, y) -> {
            for (int k = 0; k < 4; k++) {
              int cmp = Double.compare(y[k], x[k]);
              if (cmp != 0) {
                return cmp;
              }
            }
            return 0;
          });
      Map<Integer, Integer> gm = new HashMap<>();
      Map<Integer, Integer> pm = new HashMap<>();
      for (double[] cand : cands) {
        int i = (int) cand[2];
        int j = (int) cand[3];
        if (!gm.containsKey(i) && !pm.containsKey(j)) {
          gm.put(i, j);
          pm.put(j, i);
        }
      }
      for (int j = 0; j < p.size(); j++) {
        if (pm.containsKey(j)) {
          continue;
        }
        for (int i = 0; i < g.size(); i++) {
          int len = length(p.get(j).spans());
          if (gm.containsKey(i)
              && overlap(g.get(i).spans(), p.get(j).spans()) * 2 >= len
              && len > 0) {
            pm.put(j, i);
            break;
          }
        }
      }
      for (int i = 0; i < g.size(); i++) {
        Item gi = g.get(i);
        boolean marked = MARKED.contains(gi.type());
        inc(c, "gold_all", 1);
        inc(c, "gold_marked", marked ? 1 : 0);
        if (gm.containsKey(i)) {
          Item pj = p.get(gm.get(i));
          inc(c, "gold_all_found", 1);
          inc(c, "gold_marked_found", marked ? 1 : 0);
          if (!gi.speaker().isBlank()) {
            boolean ok = speakerAgrees(gi.speaker(), pj.speaker(), pj.mention());
            String kind = isPronoun(gi.speaker()) ? "pron" : "name";
            inc(c, "spk_" + kind, 1);
            inc(c, "spk_" + kind + "_ok", ok ? 1 : 0);
            if (marked) {
              inc(c, "gold_marked_found_spk", ok ? 1 : 0);
            }
          } else if (marked) {
            inc(c, "gold_marked_found_spk", 1);
          }
        }
      }
      for (int j = 0; j < p.size(); j++) {
        Item pj = p.get(j);
        boolean marked = MARKED.contains(pj.type());
        inc(c, "pred_all", 1);
        inc(c, "pred_marked", marked ? 1 : 0);
        if (pm.containsKey(j)) {
          Item gi = g.get(pm.get(j));
          inc(c, "pred_all_ok", 1);
          inc(c, "pred_marked_ok", marked ? 1 : 0);
          if (marked
              && (gi.speaker().isBlank()
                  || speakerAgrees(gi.speaker(), pj.speaker(), pj.mention()))) {
            inc(c, "pred_marked_ok_spk", 1);
          }
        }
      }
    }
    return new Result(docs.size(), Map.copyOf(c));
  }

  static boolean speakerAgrees(String gold, String predSpeaker, String predMention) {
    if (isPronoun(gold)) {
      return words(gold).equals(words(predMention)) || words(gold).equals(words(predSpeaker));
    }
    Set<String> g = contentWords(gold);
    if (g.isEmpty()) {
      return words(gold).equals(words(predSpeaker)) || words(gold).equals(words(predMention));
    }
    Set<String> pred = new java.util.HashSet<>(contentWords(predSpeaker));
    pred.addAll(contentWords(predMention));
    pred.retainAll(g);
    return !pred.isEmpty();
  }

  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static Set<String> contentWords(String text) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : words(text)) {
      if (!DROP.contains(w) && !PRONOUNS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private static boolean isPronoun(String text) {
    List<String> ws = words(text);
    return ws.size() == 1 && PRONOUNS.contains(ws.get(0));
  }

  static List<int[]> parseSpans(String s) {
    List<int[]> spans = new ArrayList<>();
    for (String part : (s == null ? "" : s).split(";")) {
      part = part.strip();
      if (part.isEmpty()) {
        continue;
      }
      String[] ab = part.split("-");
      spans.add(new int[] {Integer.parseInt(ab[0]), Integer.parseInt(ab[1])});
    }
    return spans;
  }

  static int overlap(List<int[]> a, List<int[]> b) {
    int total = 0;
    for (int[] x : a) {
      for (int[] y : b) {
        total += Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]));
      }
    }
    return total;
  }

  static int length(List<int[]> spans) {
    int n = 0;
    for (int[] s : spans) {
      n += s[1] - s[0];
    }
    return n;
  }

  private static void inc(Map<String, Integer> c, String key, int by) {
    c.merge(key, by, Integer::sum);
  }

  private static Map<String, List<Item>> readGold(Path gold) throws IOException {
    Map<String, List<Item>> items = new HashMap<>();
    for (CSVRecord r : records(gold)) {
      items
          .computeIfAbsent(r.get("doc_id"), k -> new ArrayList<>())
          .add(
              new Item(
                  parseSpans(r.get("quote_spans")),
                  r.get("quote_type"),
                  r.isMapped("speaker") ? r.get("speaker") : "",
                  ""));
    }
    return items;
  }

  private static Set<String> docsIn(Set<String> goldDocs, Path docsDir) {
    Set<String> docs = new TreeSet<>();
    for (String d : goldDocs) {
      if (Files.exists(docsDir.resolve(d + ".txt"))) {
        docs.add(d);
      }
    }
    return docs;
  }

  private static List<CSVRecord> records(Path csv) throws IOException {
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    try (Reader in = new java.io.StringReader(text)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(in)
          .getRecords();
    }
  }

  private static double[] prf(int tpP, int nP, int tpR, int nR) {
    double p = nP == 0 ? 0.0 : (double) tpP / nP;
    double r = nR == 0 ? 0.0 : (double) tpR / nR;
    double f = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    return new double[] {p, r, f};
  }
}
