package dev.reactiveai.openai.observation;

import dev.reactiveai.openai.observation.RealtimeObservationDocumentation.HighCardinalityKeyNames;
import dev.reactiveai.openai.observation.RealtimeObservationDocumentation.LowCardinalityKeyNames;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

/**
 * The convention responses of realtime sessions use unless told otherwise: observation
 * {@code gen_ai.realtime.response}, named {@code "realtime {model}"}, with the keys of
 * {@link RealtimeObservationDocumentation#REALTIME_RESPONSE}.
 */
public class DefaultRealtimeResponseObservationConvention implements RealtimeResponseObservationConvention {

	/** The observation's name; Micrometer derives meter names from it. */
	public static final String NAME = "gen_ai.realtime.response";

	private static final String NONE = DefaultRealtimeSessionObservationConvention.NONE;

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(RealtimeResponseObservationContext context) {
		String model = context.getSession().getRequestModel();
		String operation = DefaultRealtimeSessionObservationConvention.OPERATION_NAME;
		return (model != null) ? operation + " " + model : operation;
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(RealtimeResponseObservationContext context) {
		RealtimeResponseObservationContext.Outcome outcome = context.getOutcome();
		String status = context.getStatus();
		return DefaultRealtimeSessionObservationConvention.common(context.getSession())
			.and(KeyValue.of(LowCardinalityKeyNames.ERROR_TYPE,
					DefaultRealtimeSessionObservationConvention.errorType(context)),
					KeyValue.of(LowCardinalityKeyNames.OUTCOME, (outcome != null) ? outcome.tagValue() : NONE),
					KeyValue.of(LowCardinalityKeyNames.RESPONSE_STATUS, (status != null) ? status : NONE));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(RealtimeResponseObservationContext context) {
		KeyValues values = KeyValues.empty();
		if (context.getResponseId() != null) {
			values = values.and(KeyValue.of(HighCardinalityKeyNames.RESPONSE_ID, context.getResponseId()));
		}
		if (context.getFinishReason() != null) {
			values = values.and(KeyValue.of(HighCardinalityKeyNames.FINISH_REASONS, context.getFinishReason()));
		}
		if (context.getInputTokens() != null) {
			values = values
				.and(KeyValue.of(HighCardinalityKeyNames.USAGE_INPUT_TOKENS, context.getInputTokens().toString()));
		}
		if (context.getOutputTokens() != null) {
			values = values
				.and(KeyValue.of(HighCardinalityKeyNames.USAGE_OUTPUT_TOKENS, context.getOutputTokens().toString()));
		}
		return values;
	}

}
