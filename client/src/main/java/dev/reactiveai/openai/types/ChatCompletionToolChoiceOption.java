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
 * Controls which (if any) tool is called by the model. {@code none} means the model will
 * not call any tool and instead generates a message. {@code auto} means the model can
 * pick between generating a message or calling one or more tools. {@code required} means
 * the model must call one or more tools. Specifying a particular tool via {@code {"type":
 * "function", "function": {"name": "my_function"}}} forces the model to call that tool.
 * <p>
 * {@code none} is the default when no tools are present. {@code auto} is the default if
 * tools are present.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = ChatCompletionToolChoiceOption.Deserializer.class)
public sealed interface ChatCompletionToolChoiceOption
		permits ChatCompletionToolChoiceOption.ToolChoiceModeValue, ChatCompletionAllowedToolsChoice,
		ChatCompletionNamedToolChoice, ChatCompletionNamedToolChoiceCustom, ChatCompletionToolChoiceOption.Unknown {

	/**
	 * {@code none} means the model will not call any tool and instead generates a
	 * message. {@code auto} means the model can pick between generating a message or
	 * calling one or more tools. {@code required} means the model must call one or more
	 * tools.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	record ToolChoiceMode(@JsonValue String value) {
		/**
		 * The value {@code none}.
		 */
		public static final ToolChoiceMode NONE = new ToolChoiceMode("none");

		/**
		 * The value {@code auto}.
		 */
		public static final ToolChoiceMode AUTO = new ToolChoiceMode("auto");

		/**
		 * The value {@code required}.
		 */
		public static final ToolChoiceMode REQUIRED = new ToolChoiceMode("required");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public ToolChoiceMode {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static ToolChoiceMode of(String value) {
			return switch (value) {
				case "none" -> NONE;
				case "auto" -> AUTO;
				case "required" -> REQUIRED;
				default -> new ToolChoiceMode(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "none", "auto", "required" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * A {@link ChatCompletionToolChoiceOption} that is a {@code ToolChoiceMode}.
	 *
	 * @param value the value
	 */
	record ToolChoiceModeValue(@JsonValue ToolChoiceMode value) implements ChatCompletionToolChoiceOption {
		/**
		 * Creates a {@link ToolChoiceModeValue}, rejecting a null value.
		 * @param value the value
		 */
		public ToolChoiceModeValue {
			Objects.requireNonNull(value, "'value' must not be null");
		}
	}

	/**
	 * A {@link ChatCompletionToolChoiceOption} that this version of the client does not
	 * recognize, kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements ChatCompletionToolChoiceOption, UnknownVariant {
	}

	/**
	 * Reads a {@link ChatCompletionToolChoiceOption} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<ChatCompletionToolChoiceOption> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<ChatCompletionToolChoiceOption>variants(Unknown::new)
				.discriminator("type")
				.object(ChatCompletionAllowedToolsChoice.class,
						VariantShape.declaring("type", "allowed_tools")
							.requiring("type", "allowed_tools")
							.values("type", "allowed_tools"))
				.object(ChatCompletionNamedToolChoice.class,
						VariantShape.declaring("type", "function")
							.requiring("type", "function")
							.values("type", "function"))
				.object(ChatCompletionNamedToolChoiceCustom.class,
						VariantShape.declaring("type", "custom").requiring("type", "custom").values("type", "custom"))
				.string(ToolChoiceMode.class, ToolChoiceModeValue::new));
		}

	}

}
