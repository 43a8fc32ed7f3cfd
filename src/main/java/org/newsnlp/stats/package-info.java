/**
 * Per-document statistics ({@link org.newsnlp.stats.DocumentStatsCalculator}): counts over words
 * and sentences; syllables from the CMU Pronouncing Dictionary with a rule-based fallback and
 * numbers counted as spoken ({@link org.newsnlp.stats.Syllables}, {@link
 * org.newsnlp.stats.SyllableDictionary}, {@link org.newsnlp.stats.NumberWords}); the readability
 * formulas with their published constants ({@link org.newsnlp.stats.Readability}) and the
 * Dale–Chall familiar words ({@link org.newsnlp.stats.DaleChallWords}); lexical diversity as
 * textacy defines it ({@link org.newsnlp.stats.LexicalDiversity}). Plain Java: nothing here imports
 * Beam.
 */
package org.newsnlp.stats;
