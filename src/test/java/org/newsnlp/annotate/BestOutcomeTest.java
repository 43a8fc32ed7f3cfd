package org.newsnlp.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

/**
 * The best outcome from the summed parameters must be the model's own best outcome from its
 * probabilities: for every lemmatizer context of the seeds, invented sentences and (when present)
 * every 20th news article, and for the POS model's contexts too.
 */
class BestOutcomeTest {
  @Test
  void isTheModelsBestOutcome() throws IOException {
    List<String> texts =
        SampleTexts.seedsInventedAndNews(
            "The mice were running faster than the cats; she'd've gone.", "a", "3,000 ... !!!");
    Models models = Models.english();
    POSTaggerME tagger = new POSTaggerME(models.pos());
    MaxentModel lemmaModel = (MaxentModel) models.lemmas().getArtifact("lemmatizer.model");
    LemmatizerContextGenerator lemmaContexts = models.lemmas().getFactory().getContextGenerator();
    MaxentModel posModel = (MaxentModel) models.pos().getArtifact("pos.model");
    BestOutcome lemmas = new BestOutcome(lemmaModel);
    BestOutcome tags = new BestOutcome(posModel);
    var posContexts = models.pos().getFactory().getPOSContextGenerator(0);
    long compared = 0;
    for (String[] words : SampleTexts.sentenceWords(texts, models)) {
      String[] posTags = tagger.tag(words);
      String[] outcomes = new String[words.length];
      for (int i = 0; i < words.length; i++) {
        String[] context = lemmaContexts.getContext(i, words, posTags, outcomes);
        outcomes[i] = lemmaModel.getBestOutcome(lemmaModel.eval(context));
        assertEquals(outcomes[i], lemmas.of(context), words[i]);
        String[] posContext = posContexts.getContext(i, words, posTags, new Object[0]);
        assertEquals(posModel.getBestOutcome(posModel.eval(posContext)), tags.of(posContext));
        compared++;
      }
    }
    assertTrue(compared > 1_000, "compared " + compared + " tokens");
  }
}
