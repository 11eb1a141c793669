// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Not supported with latest reasoning models {@code o3} and {@code o4-mini}.
 * <p>
 * Up to 4 sequences where the API will stop generating further tokens. The returned text
 * will not contain the stop sequence.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = StopConfiguration.Deserializer.class)
public sealed interface StopConfiguration
		permits StopConfiguration.StringValue, StopConfiguration.StringList, StopConfiguration.Unknown {

	/**
	 * A {@link StopConfiguration} that is a {@code String}.
	 *
	 * @param value the value
	 */
	record StringValue(@JsonValue String value) implements StopConfiguration {
		/**
		 * Creates a {@link StringValue}, rejecting a null value.
		 * @param value the value
		 */
		public StringValue {
			Objects.requireNonNull(value, "'value' must not be null");
		}
	}

	/**
	 * A {@link StopConfiguration} that is a {@code List<String>}.
	 *
	 * @param value the value
	 */
	record StringList(@JsonValue List<String> value) implements StopConfiguration {
		/**
		 * Creates a {@link StringList}, rejecting a null value.
		 * @param value the value
		 */
		public StringList {
			Objects.requireNonNull(value, "'value' must not be null");
		}
	}

	/**
	 * A {@link StopConfiguration} that this version of the client does not recognize,
	 * kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements StopConfiguration, UnknownVariant {
	}

	/**
	 * Reads a {@link StopConfiguration} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<StopConfiguration> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<StopConfiguration>variants(Unknown::new)
				.string(String.class, StringValue::new)
				.array(new TypeReference<List<String>>() {
				}, StringList::new));
		}

	}

}
