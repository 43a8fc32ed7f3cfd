package org.newsnlp.quotes;

/** Who and how: the tokens that name the speaker, and the cue's text (empty when none). */
record Attribution(TokenSpan mention, String cue) {
  Attribution(int mentionStart, int mentionEnd, String cue) {
    this(new TokenSpan(mentionStart, mentionEnd), cue);
  }

  int mentionStart() {
    return mention.start();
  }

  int mentionEnd() {
    return mention.end();
  }
}
