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
 * not call any tools and instead generates a message. {@code auto} is the default value
 * and means the model can pick between generating a message or calling one or more tools.
 * {@code required} means the model must call one or more tools before responding to the
 * user. Specifying a particular tool like {@code {"type": "file_search"}} or
 * {@code {"type": "function", "function": {"name": "my_function"}}} forces the model to
 * call that tool.
 * <p>
 * One of the variants nested here or implementing this interface; {@link Unknown} holds
 * JSON that this version of the client does not recognize.
 */
@JsonDeserialize(using = AssistantsApiToolChoiceOption.Deserializer.class)
public sealed interface AssistantsApiToolChoiceOption permits AssistantsApiToolChoiceOption.ItemValue,
		AssistantsNamedToolChoice, AssistantsApiToolChoiceOption.Unknown {

	/**
	 * {@code none} means the model will not call any tools and instead generates a
	 * message. {@code auto} means the model can pick between generating a message or
	 * calling one or more tools. {@code required} means the model must call one or more
	 * tools before responding to the user.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	record Item(@JsonValue String value) {
		/**
		 * The value {@code none}.
		 */
		public static final Item NONE = new Item("none");

		/**
		 * The value {@code auto}.
		 */
		public static final Item AUTO = new Item("auto");

		/**
		 * The value {@code required}.
		 */
		public static final Item REQUIRED = new Item("required");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Item {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Item of(String value) {
			return switch (value) {
				case "none" -> NONE;
				case "auto" -> AUTO;
				case "required" -> REQUIRED;
				default -> new Item(value);
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
	 * A {@link AssistantsApiToolChoiceOption} that is a {@code Item}.
	 *
	 * @param value the value
	 */
	record ItemValue(@JsonValue Item value) implements AssistantsApiToolChoiceOption {
		/**
		 * Creates a {@link ItemValue}, rejecting a null value.
		 * @param value the value
		 */
		public ItemValue {
			Objects.requireNonNull(value, "'value' must not be null");
		}
	}

	/**
	 * A {@link AssistantsApiToolChoiceOption} that this version of the client does not
	 * recognize, kept as it came.
	 *
	 * @param json the JSON as it came
	 */
	record Unknown(@JsonValue JsonNode json) implements AssistantsApiToolChoiceOption, UnknownVariant {
	}

	/**
	 * Reads a {@link AssistantsApiToolChoiceOption} into the variant its JSON is.
	 */
	final class Deserializer extends UnionDeserializer<AssistantsApiToolChoiceOption> {

		/**
		 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
		 */
		public Deserializer() {
			super(UnionDeserializer.<AssistantsApiToolChoiceOption>variants(Unknown::new)
				.object(AssistantsNamedToolChoice.class, VariantShape.declaring("type", "function").requiring("type"))
				.string(Item.class, ItemValue::new));
		}

	}

}
