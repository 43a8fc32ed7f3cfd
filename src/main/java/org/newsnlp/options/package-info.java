/**
 * Command-line options ({@link org.newsnlp.options.NewsNlpOptions}, composed of small mixins) and
 * named jobs: files of option values under {@code pipelines/} ({@link
 * org.newsnlp.options.JobFile}).
 */
package org.newsnlp.options;
