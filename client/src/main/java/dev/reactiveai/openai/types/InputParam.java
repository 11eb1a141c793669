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
 * Text, image, or file inputs to the model, used to generate a response.
 * <p>
 * Learn more:
 * <ul>
 * <li><a href="https://platform.openai.com/docs/guides/text">Text inputs and
 * outputs</a></li>
 * <li><a href="https://platform.openai.com/docs/guides/images">Image inputs</a></li>
 * <li><a href="https://platform.openai.com/docs/guides/pdf-files">File inputs</a></li>
 * <li><a href="https://platform.openai.com/docs/guides/conversation-state">Conversation
 * state</a></li>
 * <li><a href="https://platform.openai.com/docs/guides/function-calling">Function
 * calling</a></li>
 * </ul>
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = InputParam.Deserializer.class)
public sealed interface InputParam permits InputParam.StringValue, InputParam.InputItemList, InputParam.Unknown {

	/**
	 * A {@link InputParam} that is a {@code String}.
	 *
	 * @param value the value
	 */
	record StringValue(@JsonValue String value) implements InputParam {
		/**
		 * Creates a {@link StringValue}, rejecting a null value.
		 * @param value the value
		 */
		public StringValue {
			Objects.requireNonNull(value, "'value' must not be null");
		}
	}

	/**
	 * A {@link InputParam} that is a {@code List<InputItem>}.
	 *
	 * @param value the value
	 */
	record InputItemList(@JsonValue List<InputItem> value) implements InputParam {
		/**
		 * Creates a {@link InputItemList}, rejecting a null value.
		 * @param value the value
		 */
		public InputItemList {
			Objects.requireNonNull(value, "'value' must not be null");
		}
	}

	/**
	 * A {@link InputParam} that this version of the client does not recognize, kept as it
	 * came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements InputParam, UnknownVariant {
	}

	/**
	 * Reads a {@link InputParam} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<InputParam> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<InputParam>variants(Unknown::new)
				.string(String.class, StringValue::new)
				.array(new TypeReference<List<InputItem>>() {
				}, InputItemList::new));
		}

	}

}
