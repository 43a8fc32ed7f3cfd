/**
 * Running newsnlp as a scheduled job: dated run folders published whole ({@link
 * org.newsnlp.run.RunFolder}), a lock per job and date ({@link org.newsnlp.run.RunLock}), the
 * manifest {@code run.json} ({@link org.newsnlp.run.Manifest}), the record of inputs already seen
 * for incremental runs ({@link org.newsnlp.run.SeenInputs}) and progress lines ({@link
 * org.newsnlp.run.Progress}).
 */
package org.newsnlp.run;
