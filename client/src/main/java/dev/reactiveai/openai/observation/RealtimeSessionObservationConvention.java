package dev.reactiveai.openai.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observation of a realtime session. Implement it, or extend
 * {@link DefaultRealtimeSessionObservationConvention}, to change them.
 */
public interface RealtimeSessionObservationConvention extends ObservationConvention<RealtimeSessionObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof RealtimeSessionObservationContext;
	}

}
