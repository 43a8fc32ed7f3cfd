/**
 * Per-document statistics: counts over tokens and words ({@link
 * org.newsnlp.stats.DocumentStatsCalculator}), syllables ({@link org.newsnlp.stats.Syllables}) and
 * readability formulas ({@link org.newsnlp.stats.Readability}). Plain Java: nothing here imports
 * Beam.
 */
package org.newsnlp.stats;
