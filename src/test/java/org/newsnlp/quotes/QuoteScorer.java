package org.newsnlp.quotes;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import org.newsnlp.model.Quote;

/**
 * A port of {@code ../shared/tools/score_quotes.py} to Java, so that the regression test scores
 * exactly as the shared scorer does without needing python. Kept line for line close to the
 * original: same matching (shared characters at least half of the shorter span, best overlap
 * first, leftover parts inside a matched gold count for precision only), same speaker agreement.
 */
final class QuoteScorer {
  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "i", "we", "it", "you", "him", "her", "them", "us", "me");
  private static final Set<String> DROP =
      Set.of("mr", "mrs", "ms", "dr", "the", "a", "an", "of", "and", "'s", "s", "sen", "rep",
          "gov", "president", "said", "says", "mr.", "mrs.", "ms.", "dr.", "who", "his", "her",
          "their", "its", "former", "u.s.", "senator", "secretary", "spokesman", "spokeswoman",
          "candidate", "nominee");
  private static final Set<String> MARKED = Set.of("direct", "mixed");
  private static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:['’][a-z]+)?");

  /** One attribution, gold or predicted. */
  record Item(String docId, List<int[]> spans, String type, String speaker, String mention,
      String text) {}

  /** The figures the scorer prints, and its counts. */
  record Scores(double markedP, double markedR, double markedF1, double markedSpkP,
      double markedSpkR, double markedSpkF1, double allP, double allR, double allF1,
      double speakerAccNames, double speakerAccPronouns, Map<String, Integer> counts,
      List<String> errors) {
    String report() {
      return String.format(Locale.ROOT,
          "marked quotes   P %.3f  R %.3f  F1 %.3f   (pred %d, gold %d)%n"
              + "marked+speaker  P %.3f  R %.3f  F1 %.3f%n"
              + "all attributions P %.3f  R %.3f  F1 %.3f   (pred %d, gold %d)%n"
              + "speaker accuracy: names %.3f (n=%d), pronouns %.3f (n=%d)",
          markedP, markedR, markedF1, counts.getOrDefault("pred_marked", 0),
          counts.getOrDefault("gold_marked", 0), markedSpkP, markedSpkR, markedSpkF1, allP, allR,
          allF1, counts.getOrDefault("pred_all", 0), counts.getOrDefault("gold_all", 0),
          speakerAccNames, counts.getOrDefault("spk_name", 0), speakerAccPronouns,
          counts.getOrDefault("spk_pron", 0));
    }
  }

  private QuoteScorer() {}

  static List<Item> loadGold(Path goldCsv) throws IOException {
    List<Item> items = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(goldCsv, StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
          .parse(in)) {
        List<int[]> spans = new ArrayList<>();
        for (String part : r.get("quote_spans").split(";")) {
          part = part.strip();
          if (!part.isEmpty()) {
            String[] ab = part.split("-");
            spans.add(new int[] {Integer.parseInt(ab[0]), Integer.parseInt(ab[1])});
          }
        }
        String docId = r.get("doc_id").replace("\uFEFF", "");
        items.add(new Item(docId, spans, r.get("quote_type"), r.get("speaker"), "",
            r.get("quote_text")));
      }
    }
    return items;
  }

  static List<Item> fromQuotes(List<Quote> quotes) {
    List<Item> items = new ArrayList<>();
    for (Quote q : quotes) {
      items.add(new Item(q.docId(), List.of(new int[] {q.start(), q.end()}),
          q.type().toLowerCase(Locale.ROOT), q.speaker(), q.speakerMention(), q.text()));
    }
    return items;
  }

  static List<String> words(String text) {
    List<String> result = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      result.add(m.group());
    }
    return result;
  }

  static Set<String> contentWords(String text) {
    Set<String> result = new HashSet<>();
    for (String w : words(text)) {
      if (!DROP.contains(w) && !PRONOUNS.contains(w)) {
        result.add(w);
      }
    }
    return result;
  }

  static boolean isPronoun(String text) {
    List<String> ws = words(text);
    return ws.size() == 1 && PRONOUNS.contains(ws.get(0));
  }

  static boolean speakerAgrees(String gold, String predSpeaker, String predMention) {
    if (isPronoun(gold)) {
      return words(gold).equals(words(predMention)) || words(gold).equals(words(predSpeaker));
    }
    Set<String> g = contentWords(gold);
    if (g.isEmpty()) {
      return words(gold).equals(words(predSpeaker)) || words(gold).equals(words(predMention));
    }
    Set<String> p = new HashSet<>(contentWords(predSpeaker));
    p.addAll(contentWords(predMention));
    p.retainAll(g);
    return !p.isEmpty();
  }

  private static int overlap(List<int[]> a, List<int[]> b) {
    int total = 0;
    for (int[] x : a) {
      for (int[] y : b) {
        total += Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]));
      }
    }
    return total;
  }

  private static int length(List<int[]> spans) {
    int total = 0;
    for (int[] s : spans) {
      total += s[1] - s[0];
    }
    return total;
  }

  private static double[] prf(int tpP, int nP, int tpR, int nR) {
    double p = nP == 0 ? 0 : (double) tpP / nP;
    double r = nR == 0 ? 0 : (double) tpR / nR;
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    return new double[] {p, r, f};
  }

  /** Scores {@code predicted} against {@code gold}, over the documents of the gold. */
  static Scores score(List<Item> goldItems, List<Item> predItems) {
    Set<String> docs = new TreeSet<>();
    Map<String, List<Item>> gold = new HashMap<>();
    Map<String, List<Item>> pred = new HashMap<>();
    for (Item g : goldItems) {
      docs.add(g.docId());
      gold.computeIfAbsent(g.docId(), k -> new ArrayList<>()).add(g);
    }
    for (Item p : predItems) {
      if (docs.contains(p.docId())) {
        pred.computeIfAbsent(p.docId(), k -> new ArrayList<>()).add(p);
      }
    }
    Map<String, Integer> c = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    for (String d : docs) {
      List<Item> g = gold.getOrDefault(d, List.of());
      List<Item> p = pred.getOrDefault(d, List.of());
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
      // python sorts the tuples in reverse: ratio, overlap, gold index, prediction index
      cands.sort((x, y) -> {
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
          if (gm.containsKey(i) && overlap(g.get(i).spans(), p.get(j).spans()) * 2 >= len
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
          if (!gi.speaker().strip().isEmpty()) {
            boolean ok = speakerAgrees(gi.speaker(), pj.speaker(), pj.mention());
            String kind = isPronoun(gi.speaker()) ? "pron" : "name";
            inc(c, "spk_" + kind, 1);
            inc(c, "spk_" + kind + "_ok", ok ? 1 : 0);
            if (marked) {
              inc(c, "gold_marked_found_spk", ok ? 1 : 0);
            }
            if (!ok) {
              errors.add(String.join("\t", d, "speaker", gi.speaker(),
                  pj.speaker().isEmpty() ? pj.mention() : pj.speaker(), clip(gi.text())));
            }
          } else if (marked) {
            inc(c, "gold_marked_found_spk", 1);
          }
        } else {
          errors.add(String.join("\t", d, "missed-" + gi.type(), gi.speaker(), "",
              clip(gi.text())));
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
          if (marked && (gi.speaker().strip().isEmpty()
              || speakerAgrees(gi.speaker(), pj.speaker(), pj.mention()))) {
            inc(c, "pred_marked_ok_spk", 1);
          }
        } else {
          errors.add(String.join("\t", d, "spurious-" + pj.type(), "", pj.speaker(),
              clip(pj.text())));
        }
      }
    }
    double[] marked = prf(get(c, "pred_marked_ok"), get(c, "pred_marked"),
        get(c, "gold_marked_found"), get(c, "gold_marked"));
    double[] all = prf(get(c, "pred_all_ok"), get(c, "pred_all"), get(c, "gold_all_found"),
        get(c, "gold_all"));
    double[] spk = prf(get(c, "pred_marked_ok_spk"), get(c, "pred_marked"),
        get(c, "gold_marked_found_spk"), get(c, "gold_marked"));
    double names = get(c, "spk_name") == 0 ? 0 : (double) get(c, "spk_name_ok") / get(c, "spk_name");
    double prons = get(c, "spk_pron") == 0 ? 0 : (double) get(c, "spk_pron_ok") / get(c, "spk_pron");
    return new Scores(marked[0], marked[1], marked[2], spk[0], spk[1], spk[2], all[0], all[1],
        all[2], names, prons, c, errors);
  }

  private static String clip(String s) {
    String t = s == null ? "" : s.replace('\n', ' ').replace('\t', ' ');
    return t.length() > 80 ? t.substring(0, 80) : t;
  }

  private static void inc(Map<String, Integer> c, String key, int by) {
    c.merge(key, by, Integer::sum);
  }

  private static int get(Map<String, Integer> c, String key) {
    return c.getOrDefault(key, 0);
  }
}
