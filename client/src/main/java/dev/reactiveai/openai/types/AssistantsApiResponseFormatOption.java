// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Specifies the format that the model must output. Compatible with
 * <a href="https://platform.openai.com/docs/models#gpt-4o">GPT-4o</a>,
 * <a href="https://platform.openai.com/docs/models#gpt-4-turbo-and-gpt-4">GPT-4
 * Turbo</a>, and all GPT-3.5 Turbo models since {@code gpt-3.5-turbo-1106}.
 * <p>
 * Setting to {@code { "type": "json_schema", "json_schema": {...} }} enables Structured
 * Outputs which ensures the model will match your supplied JSON schema. Learn more in the
 * <a href="https://platform.openai.com/docs/guides/structured-outputs">Structured Outputs
 * guide</a>.
 * <p>
 * Setting to {@code { "type": "json_object" }} enables JSON mode, which ensures the
 * message the model generates is valid JSON.
 * <p>
 * <strong>Important:</strong> when using JSON mode, you <strong>must</strong> also
 * instruct the model to produce JSON yourself via a system or user message. Without this,
 * the model may generate an unending stream of whitespace until the generation reaches
 * the token limit, resulting in a long-running and seemingly "stuck" request. Also note
 * that the message content may be partially cut off if {@code finish_reason="length"},
 * which indicates the generation exceeded {@code max_tokens} or the conversation exceeded
 * the max context length.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = AssistantsApiResponseFormatOption.Deserializer.class)
public sealed interface AssistantsApiResponseFormatOption
		permits AssistantsApiResponseFormatOption.AutoValue, ResponseFormatText, ResponseFormatJsonObject,
		ResponseFormatJsonSchema, AssistantsApiResponseFormatOption.Unknown {

	/**
	 * {@code auto} is the default value
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	record Auto(@JsonValue String value) {
		/**
		 * The value {@code auto}.
		 */
		public static final Auto AUTO = new Auto("auto");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Auto {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Auto of(String value) {
			return switch (value) {
				case "auto" -> AUTO;
				default -> new Auto(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "auto" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * A {@link AssistantsApiResponseFormatOption} that is a {@code Auto}.
	 *
	 * @param value the value
	 */
	record AutoValue(@JsonValue Auto value) implements AssistantsApiResponseFormatOption {
		/**
		 * Creates a {@link AutoValue}, rejecting a null value.
		 * @param value the value
		 */
		public AutoValue {
			Objects.requireNonNull(value, "'value' must not be null");
		}
	}

	/**
	 * A {@link AssistantsApiResponseFormatOption} that this version of the client does
	 * not recognize, kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements AssistantsApiResponseFormatOption, UnknownVariant {
	}

	/**
	 * Reads a {@link AssistantsApiResponseFormatOption} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<AssistantsApiResponseFormatOption> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<AssistantsApiResponseFormatOption>variants(Unknown::new)
				.discriminator("type")
				.object(ResponseFormatText.class,
						VariantShape.declaring("type").requiring("type").values("type", "text"))
				.object(ResponseFormatJsonObject.class,
						VariantShape.declaring("type").requiring("type").values("type", "json_object"))
				.object(ResponseFormatJsonSchema.class,
						VariantShape.declaring("type", "json_schema")
							.requiring("type", "json_schema")
							.values("type", "json_schema"))
				.string(Auto.class, AutoValue::new));
		}

	}

}
