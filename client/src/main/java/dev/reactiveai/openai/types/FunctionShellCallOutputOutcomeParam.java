// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The exit or timeout outcome associated with this shell call.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = FunctionShellCallOutputOutcomeParam.Deserializer.class)
public sealed interface FunctionShellCallOutputOutcomeParam permits FunctionShellCallOutputTimeoutOutcomeParam,
		FunctionShellCallOutputExitOutcomeParam, FunctionShellCallOutputOutcomeParam.Unknown {

	/**
	 * A {@link FunctionShellCallOutputOutcomeParam} that this version of the client does
	 * not recognize, kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements FunctionShellCallOutputOutcomeParam, UnknownVariant {
	}

	/**
	 * Reads a {@link FunctionShellCallOutputOutcomeParam} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<FunctionShellCallOutputOutcomeParam> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<FunctionShellCallOutputOutcomeParam>variants(Unknown::new)
				.discriminator("type")
				.object(FunctionShellCallOutputTimeoutOutcomeParam.class,
						VariantShape.declaring("type").requiring("type").values("type", "timeout"))
				.object(FunctionShellCallOutputExitOutcomeParam.class,
						VariantShape.declaring("type", "exit_code")
							.requiring("type", "exit_code")
							.values("type", "exit")));
		}

	}

}
