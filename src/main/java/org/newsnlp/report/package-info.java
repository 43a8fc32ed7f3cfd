/**
 * The run report, {@code report.html}: one self-contained page written beside a run's tables from
 * those tables and the run's manifest, as the run's last step before it is published. Figures are
 * read from the tables ({@link org.newsnlp.report.RunFigures}), earlier nights from their manifests
 * ({@link org.newsnlp.report.RunHistory}); the page ({@link org.newsnlp.report.ReportPage}) draws
 * them with Vega-Lite, whose scripts are inlined ({@link org.newsnlp.report.ChartScripts}), and
 * escapes every text taken from the inputs ({@link org.newsnlp.report.Html}). Plain Java: no Beam.
 */
package org.newsnlp.report;
