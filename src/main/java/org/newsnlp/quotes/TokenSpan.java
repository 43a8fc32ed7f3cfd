package org.newsnlp.quotes;

/** A run of tokens {@code [start, end)} of one article, by token index. */
record TokenSpan(int start, int end) {}
