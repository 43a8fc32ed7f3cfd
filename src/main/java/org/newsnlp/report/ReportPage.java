package org.newsnlp.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTML of a run report: the run at a glance from its manifest, the charts of its figures, the
 * top speakers, the most quoted documents and the rejected inputs, with the chart libraries and
 * every chart's data inline, so that the page opens from disk and loads nothing. Text from the
 * inputs goes through {@link Html}; a Content-Security-Policy forbids every fetch besides.
 */
public final class ReportPage {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode manifest;
  private final RunFigures figures;
  private final List<RunHistory.Night> history;
  private final List<ChartScripts.Library> libraries;
  private final StringBuilder html = new StringBuilder(1 << 20);
  private final Map<String, Object> charts = new LinkedHashMap<>();

  /**
   * @param manifest the run's {@code run.json}
   * @param figures what its tables hold
   * @param history the job's nights, this one last; null for a run that is not dated
   * @param libraries the chart scripts to inline
   */
  public ReportPage(
      JsonNode manifest,
      RunFigures figures,
      List<RunHistory.Night> history,
      List<ChartScripts.Library> libraries) {
    this.manifest = manifest;
    this.figures = figures;
    this.history = history;
    this.libraries = List.copyOf(libraries);
  }

  /** The whole page. */
  public String render() {
    String title = title();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                + " script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline';"
                + " img-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(Html.text(title))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<header><h1>")
        .append(Html.text(title))
        .append("</h1><p class=\"sub\">")
        .append(Html.text(subtitle()))
        .append("</p></header>\n<main>\n");
    glance();
    chartSection();
    speakerTable();
    mostQuoted();
    rejections();
    details();
    html.append(
            "</main>\n<footer>Written by newsnlp from the tables and run.json beside this file.")
        .append(" Charts: ");
    List<String> names = new ArrayList<>();
    for (ChartScripts.Library lib : libraries) {
      names.add(Html.text(lib.name() + " " + lib.version()));
    }
    html.append(String.join(", ", names)).append(" (BSD-3-Clause).</footer>\n");
    scripts();
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  private String title() {
    String job = manifest.path("job").asText();
    String date = manifest.path("run_date").asText();
    if (!date.isEmpty()) {
      return "newsnlp run " + (job.isEmpty() ? "default" : job) + " " + date;
    }
    return "newsnlp run report";
  }

  private String subtitle() {
    return "Inputs from "
        + manifest.path("input_folder").asText()
        + ", started "
        + manifest.path("started_at").asText().replace('T', ' ').replaceAll("\\.\\d+Z$", "Z")
        + " on "
        + manifest.path("runner").asText();
  }

  private void glance() {
    JsonNode inputs = manifest.path("inputs");
    double seconds = manifest.path("duration_seconds").asDouble();
    int documents = manifest.path("documents_written").asInt();
    html.append("<section id=\"glance\"><h2>The run at a glance</h2>\n<div class=\"cards\">\n");
    card(
        "inputs matched",
        Numbers.count(inputs.path("matched").asLong()),
        inputs.path("skipped").asInt() > 0
            ? Numbers.count(inputs.path("skipped").asLong()) + " skipped as seen before"
            : "");
    card("documents", Numbers.count(documents), "rows of documents.csv");
    card(
        "quotes",
        Numbers.count(manifest.path("quotes_written").asLong()),
        documents > 0
            ? Numbers.decimal(manifest.path("quotes_written").asDouble() / documents, 1)
                + " a document"
            : "");
    card("rejected", Numbers.count(manifest.path("errors_written").asLong()), "rows of errors.csv");
    card("duration", Numbers.duration(seconds), "");
    card(
        "documents per second",
        seconds > 0 ? Numbers.decimal(documents / seconds, 1) : "n/a",
        seconds > 0 ? Numbers.bytes(figures.bytesRead() / seconds) + "/s read" : "");
    html.append("</div>\n");
    JsonNode byReason = manifest.path("errors_by_reason");
    if (byReason.size() > 0) {
      html.append("<table class=\"small\"><caption>Rejected inputs by reason</caption>")
          .append("<thead><tr><th>reason</th><th class=\"n\">inputs</th></tr></thead><tbody>");
      for (Iterator<Map.Entry<String, JsonNode>> it = byReason.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        html.append("<tr><td>")
            .append(Html.text(e.getKey()))
            .append("</td><td class=\"n\">")
            .append(Numbers.count(e.getValue().asLong()))
            .append("</td></tr>");
      }
      html.append("</tbody></table>\n");
    }
    html.append("</section>\n");
  }

  private void card(String label, String value, String note) {
    html.append("<div class=\"card\"><div class=\"label\">")
        .append(Html.text(label))
        .append("</div><div class=\"value\" data-figure=\"")
        .append(Html.text(label))
        .append("\">")
        .append(Html.text(value))
        .append("</div><div class=\"note\">")
        .append(Html.text(note))
        .append("</div></div>\n");
  }

  private void chartSection() {
    html.append("<section id=\"charts\"><h2>Charts</h2>\n<div class=\"grid\">\n");
    if (history != null) {
      long unreadable = history.stream().filter(n -> !n.readable()).count();
      chart(
          "chart-history",
          "The job's last " + Numbers.count(history.size()) + " nights",
          "Documents, quotes and rejected inputs per published run, from each night's run.json"
              + (unreadable > 0 ? "; " + unreadable + " manifest(s) could not be read" : "")
              + ".",
          Charts.history(history),
          true);
    }
    PublishedTimeline published = figures.published();
    if (published.dated() > 0) {
      chart(
          "chart-published",
          "Documents and quotes by published " + (published.byDay() ? "day" : "month"),
          "Documents of documents.csv with a published date and their quotation rows, by the"
              + (published.byDay() ? " day" : " month")
              + " they were published"
              + (published.undated() > 0
                  ? "; undated documents left out: " + Numbers.count(published.undated())
                  : "")
              + ".",
          Charts.published(published),
          true);
    }
    histogram("chart-words", "Words per document", figures.words(), "words", ",d");
    histogram("chart-ease", "Flesch reading ease", figures.readingEase(), "reading ease", ",.1~f");
    histogram("chart-grade", "Flesch-Kincaid grade", figures.grade(), "grade", ",.1~f");
    histogram(
        "chart-quotes",
        "Quotations per document",
        figures.quotesPerDocument(),
        "quotation rows",
        ",d");
    if (!figures.speakers().isEmpty()) {
      chart(
          "chart-speakers",
          "Top " + figures.speakers().size() + " speakers",
          "Quotation rows by speaker, split by quote_type (direct, mixed, indirect).",
          Charts.speakers(figures.speakers()),
          false);
    }
    if (!figures.quotesByOutlet().isEmpty()) {
      chart(
          "chart-outlets",
          figures.outlets() > figures.quotesByOutlet().size()
              ? "Top "
                  + figures.quotesByOutlet().size()
                  + " of "
                  + Numbers.count(figures.outlets())
                  + " outlets"
              : "Quotes by outlet",
          "Quotation rows by the outlet of their document (documents.csv's outlet).",
          Charts.bars(figures.quotesByOutlet(), "outlet", "quotes"),
          false);
    }
    if (!figures.languages().isEmpty()) {
      chart(
          "chart-languages",
          "Language mix",
          "Documents by detected language.",
          Charts.bars(figures.languages(), "language", "documents"),
          false);
    }
    Map<String, Integer> reasons = new LinkedHashMap<>();
    manifest
        .path("errors_by_reason")
        .fields()
        .forEachRemaining(e -> reasons.put(e.getKey(), e.getValue().asInt()));
    if (!reasons.isEmpty()) {
      chart(
          "chart-rejected",
          "Rejected inputs",
          "Inputs in errors.csv by reason.",
          Charts.bars(reasons, "reason", "inputs"),
          false);
    }
    html.append("</div>\n</section>\n");
  }

  private void histogram(String id, String title, Histogram h, String axis, String format) {
    if (h.values() == 0) {
      return;
    }
    StringBuilder note = new StringBuilder("Median ");
    note.append(Numbers.decimal(h.median(), 1))
        .append(" over ")
        .append(Numbers.count(h.values()))
        .append(" documents.");
    if (h.belowFirst() > 0) {
      note.append(" The first bar includes ")
          .append(Numbers.count(h.belowFirst()))
          .append(" below its start.");
    }
    if (h.aboveLast() > 0) {
      note.append(" The last bar includes ")
          .append(Numbers.count(h.aboveLast()))
          .append(" above its end.");
    }
    chart(id, title, note.toString(), Charts.histogram(h, axis, format), false);
  }

  private void chart(String id, String title, String note, Map<String, Object> spec, boolean wide) {
    charts.put(id, spec);
    html.append("<figure class=\"chart")
        .append(wide ? " wide" : "")
        .append("\"><figcaption><strong>")
        .append(Html.text(title))
        .append("</strong> ")
        .append(Html.text(note))
        .append("</figcaption><div id=\"")
        .append(id)
        .append("\" class=\"vis\"></div></figure>\n");
  }

  private void speakerTable() {
    if (figures.speakers().isEmpty()) {
      return;
    }
    html.append("<section id=\"speakers\"><h2>Top speakers</h2>\n<table><thead><tr>")
        .append("<th class=\"n\">#</th><th>speaker</th><th>speaker_type</th>")
        .append("<th class=\"n\">quotes</th><th class=\"n\">direct</th><th class=\"n\">mixed</th>")
        .append("<th class=\"n\">indirect</th></tr></thead><tbody>\n");
    int rank = 0;
    for (TopSpeakers.SpeakerCount s : figures.speakers()) {
      html.append("<tr><td class=\"n\">")
          .append(++rank)
          .append("</td><td>")
          .append(Html.text(s.speaker()))
          .append("</td><td>")
          .append(Html.text(s.speakerType()))
          .append("</td><td class=\"n\">")
          .append(Numbers.count(s.quotes()))
          .append("</td><td class=\"n\">")
          .append(Numbers.share(s.direct(), s.quotes()))
          .append("</td><td class=\"n\">")
          .append(Numbers.share(s.mixed(), s.quotes()))
          .append("</td><td class=\"n\">")
          .append(Numbers.share(s.indirect(), s.quotes()))
          .append("</td></tr>\n");
    }
    html.append("</tbody></table></section>\n");
  }

  private void mostQuoted() {
    if (figures.mostQuoted().isEmpty()) {
      return;
    }
    html.append("<section id=\"most-quoted\"><h2>Most quoted documents</h2>\n<table><thead><tr>")
        .append(
            "<th>doc_id</th><th>headline</th><th class=\"n\">quotes</th></tr></thead><tbody>\n");
    for (RunFigures.QuotedDocument d : figures.mostQuoted()) {
      html.append("<tr><td>")
          .append(Html.text(d.docId()))
          .append("</td><td>")
          .append(Html.text(d.headline()))
          .append("</td><td class=\"n\">")
          .append(Numbers.count(d.quotes()))
          .append("</td></tr>\n");
    }
    html.append("</tbody></table></section>\n");
  }

  private void rejections() {
    html.append("<section id=\"rejected\"><h2>Rejected inputs</h2>\n");
    if (figures.rejected() == 0) {
      html.append("<p>None: every input became a row of documents.csv.</p></section>\n");
      return;
    }
    html.append("<table><thead><tr><th>path</th><th>stage</th><th>reason</th><th>detail</th>")
        .append("</tr></thead><tbody>\n");
    for (RunFigures.Rejection r : figures.firstRejected()) {
      html.append("<tr><td class=\"path\">")
          .append(Html.text(r.path()))
          .append("</td><td>")
          .append(Html.text(r.stage()))
          .append("</td><td>")
          .append(Html.text(r.reason()))
          .append("</td><td>")
          .append(Html.text(r.detail()))
          .append("</td></tr>\n");
    }
    html.append("</tbody></table>\n");
    int rest = figures.rejected() - figures.firstRejected().size();
    if (rest > 0) {
      html.append("<p class=\"more\">and ")
          .append(Numbers.count(rest))
          .append(" more in errors.csv.</p>\n");
    }
    html.append("</section>\n");
  }

  private void details() {
    html.append(
        "<section id=\"details\"><h2>Versions and options</h2>\n<table class=\"small\"><tbody>\n");
    row("job", manifest.path("job").asText());
    row("run_date", manifest.path("run_date").asText());
    row("started_at", manifest.path("started_at").asText());
    row("finished_at", manifest.path("finished_at").asText());
    row("runner", manifest.path("runner").asText());
    row("input_folder", manifest.path("input_folder").asText());
    row("input fingerprint", manifest.path("inputs").path("fingerprint_sha256").asText());
    row("newsnlp", manifest.path("newsnlp_version").asText());
    row("Apache OpenNLP", manifest.path("opennlp_version").asText());
    row("Apache Beam", manifest.path("beam_version").asText());
    manifest
        .path("models")
        .fields()
        .forEachRemaining(e -> row("model " + e.getKey(), e.getValue().asText()));
    for (ChartScripts.Library lib : libraries) {
      row(lib.name(), lib.version());
    }
    html.append(
        "</tbody></table>\n<table class=\"small\"><caption>Options as given</caption><tbody>\n");
    JsonNode options = manifest.path("options");
    if (options.size() == 0) {
      row("(none)", "the defaults");
    }
    options.fields().forEachRemaining(e -> row("--" + e.getKey(), e.getValue().asText()));
    html.append("</tbody></table></section>\n");
  }

  private void row(String key, String value) {
    html.append("<tr><th>")
        .append(Html.text(key))
        .append("</th><td>")
        .append(Html.text(value))
        .append("</td></tr>\n");
  }

  private void scripts() {
    for (ChartScripts.Library lib : libraries) {
      html.append("<script>/*! ")
          .append(lib.name())
          .append(' ')
          .append(lib.version())
          .append(", BSD-3-Clause\n\n")
          .append(lib.licence())
          .append("*/\n")
          .append(lib.script())
          .append("\n</script>\n");
    }
    String data;
    try {
      data = JSON.writeValueAsString(charts);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("chart specifications are maps of plain values", e);
    }
    html.append("<script type=\"application/json\" id=\"report-charts\">")
        .append(Html.scriptJson(data))
        .append("</script>\n<script>\n")
        .append(DRAW)
        .append("</script>\n");
  }

  /** Draws every chart as SVG; a chart that fails says so in its place. */
  private static final String DRAW =
      """
      (function () {
        var specs = JSON.parse(document.getElementById('report-charts').textContent);
        var ids = Object.keys(specs);
        var drawn = 0;
        document.body.setAttribute('data-charts', String(ids.length));
        ids.forEach(function (id) {
          var place = document.getElementById(id);
          vegaEmbed(place, specs[id], {
            renderer: 'svg',
            actions: {export: true, source: false, compiled: false, editor: false}
          }).then(function () {
            place.setAttribute('data-drawn', 'true');
            drawn++;
            document.body.setAttribute('data-charts-drawn', String(drawn));
          }).catch(function (e) {
            place.setAttribute('data-error', 'true');
            place.textContent = 'This chart could not be drawn: ' + e;
          });
        });
      })();
      """;

  private static final String STYLE =
      """
      :root { --ink: #1d2329; --muted: #5b6670; --line: #dde2e6; --accent: #1f5f99; }
      * { box-sizing: border-box; }
      body { margin: 0; color: var(--ink); background: #fff;
        font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
      header { padding: 18px 28px 10px; border-bottom: 3px solid var(--accent); }
      h1 { margin: 0; font-size: 24px; }
      h2 { font-size: 18px; margin: 26px 0 10px; border-bottom: 1px solid var(--line); }
      .sub { margin: 4px 0 0; color: var(--muted); }
      main { padding: 0 28px 20px; max-width: 1280px; }
      .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(165px, 1fr));
        gap: 10px; }
      .card { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
      .card .label { color: var(--muted); font-size: 13px; }
      .card .value { font-size: 24px; font-weight: 600; font-variant-numeric: tabular-nums; }
      .card .note { color: var(--muted); font-size: 12px; min-height: 1em; }
      .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(470px, 1fr));
        gap: 14px 22px; }
      figure.chart { margin: 0; break-inside: avoid; }
      figure.wide { grid-column: 1 / -1; }
      figcaption { font-size: 13px; color: var(--muted); margin-bottom: 4px; }
      figcaption strong { color: var(--ink); font-size: 14px; }
      table { border-collapse: collapse; margin: 6px 0 12px; font-size: 13px; }
      caption { text-align: left; font-weight: 600; padding: 4px 0; }
      th, td { text-align: left; padding: 3px 10px 3px 0; border-bottom: 1px solid var(--line);
        vertical-align: top; }
      td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
      td.path { word-break: break-all; max-width: 420px; }
      table.small th { font-weight: 500; color: var(--muted); }
      .more { color: var(--muted); }
      footer { padding: 10px 28px 24px; color: var(--muted); font-size: 12px; }
      @media print {
        body { font-size: 11pt; }
        header, main, footer { padding-left: 0; padding-right: 0; }
        .grid { display: block; }
        figure.chart { margin-bottom: 14px; }
        .vega-embed details, .vega-actions { display: none !important; }
        section, figure, tr { break-inside: avoid; }
      }
      """;
}
