package dev.reactiveai.openai.observation;

import dev.reactiveai.openai.observation.OpenAiObservationDocumentation.LowCardinalityKeyNames;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.jspecify.annotations.Nullable;

/**
 * Records the tokens of each realtime response, as {@code response.done}'s usage reported
 * them, into the token usage histogram of the calls
 * ({@value OpenAiMeterObservationHandler#TOKEN_USAGE}), with
 * {@code gen_ai.operation.name} {@code realtime}. The tags are those of the calls'
 * default convention, so that one meter name has one set of tag keys, as Prometheus
 * requires.
 */
public class RealtimeMeterObservationHandler implements ObservationHandler<RealtimeResponseObservationContext> {

	/**
	 * The {@code openai.operation.id} of a realtime response, which has no operation id.
	 */
	static final String OPERATION_ID = "realtime.response";

	private static final String NONE = "none";

	private final MeterRegistry registry;

	/**
	 * Record into a registry.
	 * @param registry the registry
	 */
	public RealtimeMeterObservationHandler(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return context instanceof RealtimeResponseObservationContext;
	}

	@Override
	public void onStop(RealtimeResponseObservationContext context) {
		if (context.getInputTokens() == null && context.getOutputTokens() == null) {
			return;
		}
		Tags tags = tags(context);
		record(tags, "input", context.getInputTokens());
		record(tags, "output", context.getOutputTokens());
	}

	private void record(Tags tags, String type, @Nullable Long tokens) {
		if (tokens == null) {
			return;
		}
		OpenAiMeterObservationHandler.tokenUsage(this.registry, tags, type).record(tokens);
	}

	private static Tags tags(RealtimeResponseObservationContext context) {
		RealtimeSessionObservationContext session = context.getSession();
		String model = (session.getRequestModel() != null) ? session.getRequestModel() : NONE;
		RealtimeResponseObservationContext.Outcome outcome = context.getOutcome();
		return Tags.of(LowCardinalityKeyNames.ERROR_TYPE.asString(),
				DefaultRealtimeSessionObservationConvention.errorType(context),
				LowCardinalityKeyNames.OPERATION_NAME.asString(),
				DefaultRealtimeSessionObservationConvention.OPERATION_NAME,
				LowCardinalityKeyNames.PROVIDER_NAME.asString(), "openai",
				LowCardinalityKeyNames.REQUEST_MODEL.asString(), model,
				LowCardinalityKeyNames.RESPONSE_MODEL.asString(), model, LowCardinalityKeyNames.CLIENT_NAME.asString(),
				session.getClientName(), LowCardinalityKeyNames.OPERATION_ID.asString(), OPERATION_ID,
				LowCardinalityKeyNames.OUTCOME.asString(), (outcome != null) ? outcome.tagValue() : NONE,
				LowCardinalityKeyNames.SERVER_ADDRESS.asString(), session.getServerAddress(),
				LowCardinalityKeyNames.SERVER_PORT.asString(), Integer.toString(session.getServerPort()));
	}

}
