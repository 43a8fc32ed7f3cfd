package org.newsnlp.options;

/** Every option of newsnlp; {@code --help=org.newsnlp.options.NewsNlpOptions} lists them. */
public interface NewsNlpOptions
    extends InputOptions, OutputOptions, JobOptions, RunOptions, StatsOptions, ScaleOptions {}
