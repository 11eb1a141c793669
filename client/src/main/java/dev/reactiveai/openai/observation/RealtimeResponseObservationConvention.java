package dev.reactiveai.openai.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observation of a response of a realtime session. Implement it, or
 * extend {@link DefaultRealtimeResponseObservationConvention}, to change them.
 */
public interface RealtimeResponseObservationConvention
		extends ObservationConvention<RealtimeResponseObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof RealtimeResponseObservationContext;
	}

}
