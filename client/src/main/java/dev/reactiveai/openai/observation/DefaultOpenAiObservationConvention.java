package dev.reactiveai.openai.observation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.reactiveai.openai.observation.OpenAiObservationDocumentation.HighCardinalityKeyNames;
import dev.reactiveai.openai.observation.OpenAiObservationDocumentation.LowCardinalityKeyNames;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;

/**
 * The convention the client uses unless told otherwise: observation
 * {@code gen_ai.client.operation}, named {@code "{operation} {model}"} as the GenAI
 * conventions name spans, with the keys of {@link OpenAiObservationDocumentation}.
 */
public class DefaultOpenAiObservationConvention implements OpenAiObservationConvention {

	/** The observation's name; Micrometer derives meter names from it. */
	public static final String NAME = "gen_ai.client.operation";

	private static final String NONE = "none";

	private static final KeyValue PROVIDER = KeyValue.of(LowCardinalityKeyNames.PROVIDER_NAME, "openai");

	/** The operations the conventions name; every other keeps its OpenAI operation id. */
	private static final Map<String, String> OPERATION_NAMES = Map.of("createChatCompletion", "chat", "createResponse",
			"chat", "createCompletion", "text_completion", "createEmbedding", "embeddings");

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(OpenAiObservationContext context) {
		String model = context.getRequestModel();
		return (model != null) ? operationName(context) + " " + model : operationName(context);
	}

	/**
	 * The values are listed in the order of their keys: {@link KeyValues} sorts what it
	 * is given, which costs little when it is sorted already, and observations ask for
	 * them as each call starts and ends.
	 */
	@Override
	public KeyValues getLowCardinalityKeyValues(OpenAiObservationContext context) {
		return KeyValues.of(
				KeyValue.of(LowCardinalityKeyNames.ERROR_TYPE,
						(context.getError() != null) ? context.getError().getClass().getSimpleName() : NONE),
				KeyValue.of(LowCardinalityKeyNames.OPERATION_NAME, operationName(context)), PROVIDER,
				KeyValue.of(LowCardinalityKeyNames.REQUEST_MODEL, orNone(context.getRequestModel())),
				KeyValue.of(LowCardinalityKeyNames.RESPONSE_MODEL, orNone(context.getResponseModel())),
				KeyValue.of(LowCardinalityKeyNames.CLIENT_NAME, context.getClientName()),
				KeyValue.of(LowCardinalityKeyNames.OPERATION_ID, context.getOperationId()),
				KeyValue.of(LowCardinalityKeyNames.OUTCOME, outcome(context)),
				KeyValue.of(LowCardinalityKeyNames.SERVER_ADDRESS, context.getServerAddress()),
				KeyValue.of(LowCardinalityKeyNames.SERVER_PORT, Integer.toString(context.getServerPort())));
	}

	/**
	 * The values present, in the order of their keys, made into {@link KeyValues} at once
	 * rather than one by one, each of which would sort them again.
	 */
	@Override
	public KeyValues getHighCardinalityKeyValues(OpenAiObservationContext context) {
		List<KeyValue> values = new ArrayList<>(5);
		if (!context.getFinishReasons().isEmpty()) {
			values.add(KeyValue.of(HighCardinalityKeyNames.RESPONSE_FINISH_REASONS,
					String.join(",", context.getFinishReasons())));
		}
		if (context.getResponseId() != null) {
			values.add(KeyValue.of(HighCardinalityKeyNames.RESPONSE_ID, context.getResponseId()));
		}
		if (context.getInputTokens() != null) {
			values.add(KeyValue.of(HighCardinalityKeyNames.USAGE_INPUT_TOKENS, context.getInputTokens().toString()));
		}
		if (context.getOutputTokens() != null) {
			values.add(KeyValue.of(HighCardinalityKeyNames.USAGE_OUTPUT_TOKENS, context.getOutputTokens().toString()));
		}
		if (context.getRequestId() != null) {
			values.add(KeyValue.of(HighCardinalityKeyNames.REQUEST_ID, context.getRequestId()));
		}
		return KeyValues.of(values);
	}

	/**
	 * The {@code gen_ai.operation.name} of a call.
	 * @param context the call
	 * @return the conventions' name of the operation, or its OpenAI operation id
	 */
	protected String operationName(OpenAiObservationContext context) {
		return OPERATION_NAMES.getOrDefault(context.getOperationId(), context.getOperationId());
	}

	private static String outcome(OpenAiObservationContext context) {
		if (context.getError() != null) {
			return "error";
		}
		return context.isCancelled() ? "cancelled" : "success";
	}

	private static String orNone(@Nullable String value) {
		return (value != null) ? value : NONE;
	}

}
