package org.newsnlp;

import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;

/**
 * Pipelines for transform tests: the direct runner with its immutability and encodability checks
 * on.
 */
public final class TestPipelines {
  private TestPipelines() {}

  public static Pipeline withChecks() {
    DirectOptions options = PipelineOptionsFactory.create().as(DirectOptions.class);
    options.setEnforceImmutability(true);
    options.setEnforceEncodability(true);
    return Pipeline.create(options);
  }
}
