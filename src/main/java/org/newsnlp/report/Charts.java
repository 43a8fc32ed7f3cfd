package org.newsnlp.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's charts as Vega-Lite specifications (maps that become JSON), each with its data
 * inline: a histogram with its median, the top speakers by quotation type, the language mix,
 * rejected inputs by reason, the job's nights, documents and quotations by publication date and
 * quotations by outlet. The numbers are already counted; the charts only draw them.
 */
final class Charts {
  static final int WIDTH = 380;
  static final int HEIGHT = 170;

  /** Colours of the quotation types: direct, mixed, indirect. */
  private static final List<String> TYPE_COLOURS = List.of("#1f5f99", "#6aa2d8", "#c2d9ef");

  private Charts() {}

  /** Bars of {@code histogram} with a rule and a label at its median. */
  static Map<String, Object> histogram(Histogram histogram, String axisTitle, String format) {
    List<Map<String, Object>> values = new ArrayList<>();
    for (Histogram.Bin bin : histogram.bins()) {
      values.add(map("start", bin.start(), "end", bin.end(), "documents", bin.count()));
    }
    double step =
        histogram.bins().isEmpty()
            ? 1
            : histogram.bins().get(0).end() - histogram.bins().get(0).start();
    int maxCount = histogram.bins().stream().mapToInt(Histogram.Bin::count).max().orElse(1);
    Map<String, Object> bars =
        map(
            "data",
            map("values", values),
            "mark",
            map("type", "bar", "color", "#4c78a8", "binSpacing", 1),
            "encoding",
            map(
                "x",
                map(
                    "field",
                    "start",
                    "type",
                    "quantitative",
                    "bin",
                    map("binned", true, "step", step),
                    "title",
                    axisTitle,
                    "axis",
                    map("format", format)),
                "x2",
                map("field", "end"),
                "y",
                map(
                    "field",
                    "documents",
                    "type",
                    "quantitative",
                    "title",
                    "documents",
                    "axis",
                    integerAxis(maxCount)),
                "tooltip",
                List.of(
                    map("field", "start", "title", "from", "format", format),
                    map("field", "end", "title", "to (excluded)", "format", format),
                    map("field", "documents", "format", ","))));
    List<Object> layers = new ArrayList<>(List.of(bars));
    if (!Double.isNaN(histogram.median())) {
      Map<String, Object> median =
          map("data", map("values", List.of(map("median", histogram.median()))));
      layers.add(
          merge(
              median,
              map(
                  "mark",
                  map("type", "rule", "color", "#d62728", "strokeWidth", 2),
                  "encoding",
                  map("x", map("field", "median", "type", "quantitative")))));
      layers.add(
          merge(
              median,
              map(
                  "mark",
                  map(
                      "type",
                      "text",
                      "align",
                      "left",
                      "dx",
                      4,
                      "dy",
                      -4,
                      "color",
                      "#d62728",
                      "y",
                      0,
                      "baseline",
                      "top"),
                  "encoding",
                  map(
                      "x",
                      map("field", "median", "type", "quantitative"),
                      "text",
                      map("field", "median", "type", "quantitative", "format", ",.1~f")))));
    }
    return spec(map("layer", layers));
  }

  /** One horizontal bar a category, longest first. */
  static Map<String, Object> bars(Map<String, Integer> counts, String category, String measure) {
    int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    List<Map<String, Object>> values = new ArrayList<>();
    counts.forEach((k, v) -> values.add(map(category, k, measure, v)));
    return rowsOfBars(
        values,
        map("type", "bar", "color", "#4c78a8"),
        map(
            "y",
            map("field", category, "type", "nominal", "sort", "-x", "title", null),
            "x",
            map(
                "field",
                measure,
                "type",
                "quantitative",
                "title",
                measure,
                "axis",
                integerAxis(max)),
            "tooltip",
            List.of(map("field", category), map("field", measure, "format", ","))));
  }

  /** The top speakers, one bar each, split by quotation type. */
  static Map<String, Object> speakers(List<TopSpeakers.SpeakerCount> speakers) {
    int max = speakers.stream().mapToInt(TopSpeakers.SpeakerCount::quotes).max().orElse(1);
    List<Map<String, Object>> values = new ArrayList<>();
    for (int i = 0; i < speakers.size(); i++) {
      TopSpeakers.SpeakerCount s = speakers.get(i);
      int[] byType = {s.direct(), s.mixed(), s.indirect()};
      String[] types = {"direct", "mixed", "indirect"};
      for (int t = 0; t < types.length; t++) {
        values.add(
            map(
                "rank",
                i + 1,
                "speaker",
                s.speaker(),
                "speaker_type",
                s.speakerType(),
                "quote_type",
                types[t],
                "order",
                t,
                "quotes",
                byType[t],
                "share",
                s.quotes() == 0 ? 0.0 : (double) byType[t] / s.quotes(),
                "total",
                s.quotes()));
      }
    }
    return rowsOfBars(
        values,
        "bar",
        map(
            "y",
            map(
                "field",
                "speaker",
                "type",
                "nominal",
                "sort",
                map("field", "rank", "op", "min", "order", "ascending"),
                "title",
                null,
                "axis",
                map("labelLimit", 180)),
            "x",
            map(
                "field",
                "quotes",
                "type",
                "quantitative",
                "stack",
                "zero",
                "title",
                "quotation rows",
                "axis",
                integerAxis(max)),
            "color",
            map(
                "field",
                "quote_type",
                "type",
                "nominal",
                "title",
                "quote_type",
                "scale",
                map("domain", List.of("direct", "mixed", "indirect"), "range", TYPE_COLOURS),
                "legend",
                map("orient", "bottom")),
            "order",
            map("field", "order"),
            "tooltip",
            List.of(
                map("field", "speaker"),
                map("field", "speaker_type"),
                map("field", "quote_type"),
                map("field", "quotes", "format", ","),
                map("field", "share", "format", ".0%"),
                map("field", "total", "title", "all rows", "format", ","))));
  }

  /** Documents, quotations and rejected inputs night by night. */
  static Map<String, Object> history(List<RunHistory.Night> nights) {
    int max = 1;
    List<Map<String, Object>> values = new ArrayList<>();
    for (RunHistory.Night n : nights) {
      if (!n.readable()) {
        continue;
      }
      max = Math.max(max, Math.max(n.documents(), Math.max(n.quotes(), n.rejected())));
      values.add(map("run_date", n.runDate(), "series", "documents", "count", n.documents()));
      values.add(map("run_date", n.runDate(), "series", "quotes", "count", n.quotes()));
      values.add(map("run_date", n.runDate(), "series", "rejected", "count", n.rejected()));
    }
    return linesOverTime(
        values,
        map("field", "run_date", "timeUnit", "utcyearmonthdate", "title", "run date"),
        "%b %d",
        List.of("documents", "quotes", "rejected"),
        List.of("#4c78a8", "#f58518", "#d62728"),
        max);
  }

  /**
   * Documents and their quotations by publication day or month: a line each, with a point per
   * period.
   */
  static Map<String, Object> published(PublishedTimeline timeline) {
    int max = 1;
    List<Map<String, Object>> values = new ArrayList<>();
    for (PublishedTimeline.Period p : timeline.periods()) {
      max = Math.max(max, Math.max(p.documents(), p.quotes()));
      values.add(map("start", p.start(), "series", "documents", "count", p.documents()));
      values.add(map("start", p.start(), "series", "quotes", "count", p.quotes()));
    }
    boolean days = timeline.byDay();
    return linesOverTime(
        values,
        map(
            "field",
            "start",
            "timeUnit",
            days ? "utcyearmonthdate" : "utcyearmonth",
            "title",
            days ? "published (day)" : "published (month)"),
        days ? "%b %d" : "%b %Y",
        List.of("documents", "quotes"),
        List.of("#4c78a8", "#f58518"),
        max);
  }

  /**
   * A wide chart of one line a series over time, a point at each value: {@code values} hold the
   * date under {@code time}'s field, the series under {@code series} and the value under {@code
   * count}; {@code time} gives the field, its time unit and its title.
   */
  private static Map<String, Object> linesOverTime(
      List<Map<String, Object>> values,
      Map<String, Object> time,
      String format,
      List<String> series,
      List<String> colours,
      int max) {
    return spec(
        map(
            "width",
            2 * WIDTH,
            "data",
            map("values", values),
            "mark",
            map("type", "line", "point", true),
            "encoding",
            map(
                "x",
                merge(
                    merge(time, map("type", "temporal")),
                    map("axis", map("format", format, "labelAngle", 0))),
                "y",
                map(
                    "field",
                    "count",
                    "type",
                    "quantitative",
                    "title",
                    null,
                    "axis",
                    integerAxis(max)),
                "color",
                map(
                    "field",
                    "series",
                    "type",
                    "nominal",
                    "title",
                    null,
                    "scale",
                    map("domain", series, "range", colours),
                    "legend",
                    map("orient", "bottom")),
                "tooltip",
                List.of(
                    merge(time, map("type", "temporal")),
                    map("field", "series"),
                    map("field", "count", "format", ",")))));
  }

  /** Horizontal bars, one row of 18 pixels each, drawn from {@code values}. */
  private static Map<String, Object> rowsOfBars(
      List<Map<String, Object>> values, Object mark, Map<String, Object> encoding) {
    return spec(
        map(
            "height",
            map("step", 18),
            "data",
            map("values", values),
            "mark",
            mark,
            "encoding",
            encoding));
  }

  /** An axis of counts up to {@code max}: whole-number ticks only, at most six of them. */
  private static Map<String, Object> integerAxis(int max) {
    return map("format", ",d", "tickCount", Math.min(5, Math.max(1, max)));
  }

  /** A top-level specification: the schema, the size and the look shared by every chart. */
  private static Map<String, Object> spec(Map<String, Object> body) {
    Map<String, Object> spec =
        map(
            "$schema",
            "https://vega.github.io/schema/vega-lite/v5.json",
            "width",
            WIDTH,
            "height",
            HEIGHT,
            "config",
            map(
                "font",
                "system-ui, -apple-system, Segoe UI, Roboto, sans-serif",
                "view",
                map("stroke", null),
                "axis",
                map("labelFontSize", 11, "titleFontSize", 11, "grid", true, "gridColor", "#eee")));
    return merge(spec, body);
  }

  private static Map<String, Object> merge(Map<String, Object> a, Map<String, Object> b) {
    Map<String, Object> m = new LinkedHashMap<>(a);
    m.putAll(b);
    return m;
  }

  /** An ordered map of alternating keys and values; a null value is kept, as JSON null. */
  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }
}
