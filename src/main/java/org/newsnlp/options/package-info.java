/**
 * The command line: options by purpose ({@link org.newsnlp.options.NewsNlpOptions}, composed of
 * {@link org.newsnlp.options.InputOptions}, {@link org.newsnlp.options.OutputOptions} and {@link
 * org.newsnlp.options.RunOptions}), named jobs ({@link org.newsnlp.options.JobFile}: files of
 * option values under {@code pipelines/}), the checks made before any work ({@link
 * org.newsnlp.options.OptionChecks}) and the {@code --help} and {@code --version} texts ({@link
 * org.newsnlp.options.Help}).
 */
package org.newsnlp.options;
