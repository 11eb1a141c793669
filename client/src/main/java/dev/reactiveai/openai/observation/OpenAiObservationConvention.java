package dev.reactiveai.openai.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observation of a call. Implement it, or extend
 * {@link DefaultOpenAiObservationConvention}, to change them.
 */
public interface OpenAiObservationConvention extends ObservationConvention<OpenAiObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof OpenAiObservationContext;
	}

}
