// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The conversation that this response belongs to. Items from this conversation are
 * prepended to {@code input_items} for this response request. Input items and output
 * items from this response are automatically added to this conversation after this
 * response completes.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = ConversationParam.Deserializer.class)
public sealed interface ConversationParam
		permits ConversationParam.StringValue, ConversationObjectParam, ConversationParam.Unknown {

	/**
	 * A {@link ConversationParam} that is a {@code String}.
	 *
	 * @param value the value
	 */
	record StringValue(@JsonValue String value) implements ConversationParam {
		/**
		 * Creates a {@link StringValue}, rejecting a null value.
		 * @param value the value
		 */
		public StringValue {
			Objects.requireNonNull(value, "'value' must not be null");
		}
	}

	/**
	 * A {@link ConversationParam} that this version of the client does not recognize,
	 * kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements ConversationParam, UnknownVariant {
	}

	/**
	 * Reads a {@link ConversationParam} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<ConversationParam> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<ConversationParam>variants(Unknown::new)
				.object(ConversationObjectParam.class, VariantShape.declaring("id").requiring("id"))
				.string(String.class, StringValue::new));
		}

	}

}
