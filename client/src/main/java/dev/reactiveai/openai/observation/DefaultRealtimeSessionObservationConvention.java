package dev.reactiveai.openai.observation;

import dev.reactiveai.openai.observation.RealtimeObservationDocumentation.HighCardinalityKeyNames;
import dev.reactiveai.openai.observation.RealtimeObservationDocumentation.LowCardinalityKeyNames;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;

/**
 * The convention realtime sessions use unless told otherwise: observation
 * {@code gen_ai.realtime.session}, named {@code "realtime {model}"}, with the keys of
 * {@link RealtimeObservationDocumentation#REALTIME_SESSION}.
 */
public class DefaultRealtimeSessionObservationConvention implements RealtimeSessionObservationConvention {

	/** The observation's name; Micrometer derives meter names from it. */
	public static final String NAME = "gen_ai.realtime.session";

	/** The {@code gen_ai.operation.name} of realtime sessions and their responses. */
	public static final String OPERATION_NAME = "realtime";

	static final String NONE = "none";

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(RealtimeSessionObservationContext context) {
		String model = context.getRequestModel();
		return (model != null) ? OPERATION_NAME + " " + model : OPERATION_NAME;
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(RealtimeSessionObservationContext context) {
		Integer closeCode = context.getCloseCode();
		RealtimeSessionObservationContext.Outcome outcome = context.getOutcome();
		return common(context).and(KeyValue.of(LowCardinalityKeyNames.ERROR_TYPE, errorType(context)),
				KeyValue.of(LowCardinalityKeyNames.OUTCOME, (outcome != null) ? outcome.tagValue() : NONE),
				KeyValue.of(LowCardinalityKeyNames.CLOSE_CODE, (closeCode != null) ? closeCode.toString() : NONE));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(RealtimeSessionObservationContext context) {
		return KeyValues.of(KeyValue.of(HighCardinalityKeyNames.RESPONSES, Integer.toString(context.getResponses())));
	}

	/**
	 * The tags a session and its responses share: operation, provider, model, server and
	 * client.
	 * @param session the session
	 * @return the tags
	 */
	static KeyValues common(RealtimeSessionObservationContext session) {
		String model = session.getRequestModel();
		return KeyValues.of(KeyValue.of(LowCardinalityKeyNames.OPERATION_NAME, OPERATION_NAME),
				KeyValue.of(LowCardinalityKeyNames.PROVIDER_NAME, "openai"),
				KeyValue.of(LowCardinalityKeyNames.REQUEST_MODEL, (model != null) ? model : NONE),
				KeyValue.of(LowCardinalityKeyNames.SERVER_ADDRESS, session.getServerAddress()),
				KeyValue.of(LowCardinalityKeyNames.SERVER_PORT, Integer.toString(session.getServerPort())),
				KeyValue.of(LowCardinalityKeyNames.CLIENT_NAME, session.getClientName()));
	}

	static String errorType(Observation.Context context) {
		Throwable error = context.getError();
		return (error != null) ? error.getClass().getSimpleName() : NONE;
	}

}
