package org.newsnlp.options;

/** Every option of newsnlp, by purpose; {@code --help} lists them ({@link Help}). */
public interface NewsNlpOptions extends InputOptions, JsonOptions, OutputOptions, RunOptions {}
