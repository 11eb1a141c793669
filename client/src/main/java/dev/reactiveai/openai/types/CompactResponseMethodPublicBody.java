// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The request body of {@code POST /responses/compact}: Compact a conversation.
 *
 * @param model Model ID used to generate the response, like {@code gpt-5} or {@code o3}.
 * OpenAI offers a wide range of models with different capabilities, performance
 * characteristics, and price points. Refer to the
 * <a href="https://platform.openai.com/docs/models">model guide</a> to browse and compare
 * available models.
 * @param input Text, image, or file inputs to the model, used to generate a response
 * @param previousResponseId The unique ID of the previous response to the model. Use this
 * to create multi-turn conversations. Learn more about
 * <a href="https://platform.openai.com/docs/guides/conversation-state">conversation
 * state</a>. Cannot be used in conjunction with {@code conversation}.
 * @param instructions A system (or developer) message inserted into the model's context.
 * When used along with {@code previous_response_id}, the instructions from a previous
 * response will not be carried over to the next response. This makes it simple to swap
 * out system (or developer) messages in new responses.
 * @param promptCacheKey A key to use when reading from or writing to the prompt cache.
 * @param promptCacheRetention A
 * {@link dev.reactiveai.openai.types.PromptCacheRetentionEnum} (the API description says
 * no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CompactResponseMethodPublicBody.Reader.class)
public record CompactResponseMethodPublicBody(@JsonProperty("model") @Nullable ModelIdsCompaction model,
		@JsonProperty("input") CompactResponseMethodPublicBody.@Nullable Input input,
		@JsonProperty("previous_response_id") @Nullable String previousResponseId,
		@JsonProperty("instructions") @Nullable String instructions,
		@JsonProperty("prompt_cache_key") @Nullable String promptCacheKey,
		@JsonProperty("prompt_cache_retention") @Nullable PromptCacheRetentionEnum promptCacheRetention,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CompactResponseMethodPublicBody}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param model Model ID used to generate the response, like {@code gpt-5} or
	 * {@code o3}.
	 * @param input Text, image, or file inputs to the model, used to generate a response
	 * @param previousResponseId The unique ID of the previous response to the model.
	 * @param instructions A system (or developer) message inserted into the model's
	 * context.
	 * @param promptCacheKey A key to use when reading from or writing to the prompt
	 * cache.
	 * @param promptCacheRetention A
	 * {@link dev.reactiveai.openai.types.PromptCacheRetentionEnum} (the API description
	 * says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CompactResponseMethodPublicBody {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CompactResponseMethodPublicBody}.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
	 * @return a builder with this value's properties
	 */
	public Builder toBuilder() {
		return new Builder(this);
	}

	/**
	 * Text, image, or file inputs to the model, used to generate a response
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Input.Deserializer.class)
	public sealed interface Input permits Input.StringValue, Input.InputItemList, Input.Unknown {

		/**
		 * A {@link Input} that is a {@code String}.
		 *
		 * @param value the value
		 */
		record StringValue(@JsonValue String value) implements Input {
			/**
			 * Creates a {@link StringValue}, rejecting a null value.
			 * @param value the value
			 */
			public StringValue {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link Input} that is a {@code List<InputItem>}.
		 *
		 * @param value the value
		 */
		record InputItemList(@JsonValue List<InputItem> value) implements Input {
			/**
			 * Creates a {@link InputItemList}, rejecting a null value.
			 * @param value the value
			 */
			public InputItemList {
				Objects.requireNonNull(value, "'value' must not be null");
			}
		}

		/**
		 * A {@link Input} that this version of the client does not recognize, kept as it
		 * came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Input, UnknownVariant {
		}

		/**
		 * Reads a {@link Input} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Input> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Input>variants(Unknown::new)
					.string(String.class, StringValue::new)
					.array(new TypeReference<List<InputItem>>() {
					}, InputItemList::new));
			}

		}

	}

	/**
	 * Builds a {@link CompactResponseMethodPublicBody}.
	 */
	public static final class Builder {

		private @Nullable ModelIdsCompaction model;

		private @Nullable Input input;

		private @Nullable String previousResponseId;

		private @Nullable String instructions;

		private @Nullable String promptCacheKey;

		private @Nullable PromptCacheRetentionEnum promptCacheRetention;

		/**
		 * The list that {@code input} holds and its adder adds to, until the value is
		 * built.
		 */
		private @Nullable List<InputItem> inputAdded;

		private Input.@Nullable InputItemList inputAddedTo;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CompactResponseMethodPublicBody source) {
			this.model = source.model();
			this.input = source.input();
			this.previousResponseId = source.previousResponseId();
			this.instructions = source.instructions();
			this.promptCacheKey = source.promptCacheKey();
			this.promptCacheRetention = source.promptCacheRetention();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Model ID used to generate the response, like {@code gpt-5} or {@code o3}.
		 * @param model the value
		 * @return this builder
		 */
		public Builder model(@Nullable ModelIdsCompaction model) {
			this.model = model;
			return this;
		}

		/**
		 * Model ID used to generate the response, like {@code gpt-5} or {@code o3}.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder model(String value) {
			return model(ModelIdsCompaction.of(value));
		}

		/**
		 * Text, image, or file inputs to the model, used to generate a response
		 * @param input the value
		 * @return this builder
		 */
		public Builder input(@Nullable Input input) {
			this.input = input;
			return this;
		}

		/**
		 * Text, image, or file inputs to the model, used to generate a response
		 * <p>
		 * Takes the value of a {@link Input.StringValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder input(String value) {
			return input(new Input.StringValue(value));
		}

		/**
		 * Text, image, or file inputs to the model, used to generate a response
		 * <p>
		 * Takes the value of a {@link Input.InputItemList}, copying the list.
		 * @param value the value
		 * @return this builder
		 */
		public Builder input(List<? extends InputItem> value) {
			return input(new Input.InputItemList(Collections.unmodifiableList(new ArrayList<>(value))));
		}

		/**
		 * Text, image, or file inputs to the model, used to generate a response
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param input the item to add
		 * @return this builder
		 */
		public Builder addInput(InputItem input) {
			Objects.requireNonNull(input, "'input' must not be null");
			if (this.inputAdded == null || this.input != this.inputAddedTo) {
				List<InputItem> items = new ArrayList<>();
				if (this.input instanceof Input.InputItemList held) {
					items.addAll(held.value());
				}
				else if (this.input != null) {
					throw new IllegalStateException("Cannot add to 'input', which holds a "
							+ this.input.getClass().getSimpleName() + ", not a list: set it to a list first");
				}
				this.inputAdded = items;
				this.inputAddedTo = new Input.InputItemList(Collections.unmodifiableList(items));
				this.input = this.inputAddedTo;
			}
			this.inputAdded.add(input);
			return this;
		}

		/**
		 * Adds an answer's items (a response's {@code output}) to {@code input}, after
		 * those it has, each as {@link OutputItem#asInput() its input form}.
		 * @param outputItems the items to add
		 * @return this builder
		 */
		public Builder addInputs(List<? extends OutputItem> outputItems) {
			Objects.requireNonNull(outputItems, "'outputItems' must not be null");
			for (OutputItem outputItem : outputItems) {
				addInput(outputItem.asInput());
			}
			return this;
		}

		/**
		 * The unique ID of the previous response to the model.
		 * @param previousResponseId the value
		 * @return this builder
		 */
		public Builder previousResponseId(@Nullable String previousResponseId) {
			this.previousResponseId = previousResponseId;
			return this;
		}

		/**
		 * A system (or developer) message inserted into the model's context.
		 * @param instructions the value
		 * @return this builder
		 */
		public Builder instructions(@Nullable String instructions) {
			this.instructions = instructions;
			return this;
		}

		/**
		 * A key to use when reading from or writing to the prompt cache.
		 * @param promptCacheKey the value
		 * @return this builder
		 */
		public Builder promptCacheKey(@Nullable String promptCacheKey) {
			this.promptCacheKey = promptCacheKey;
			return this;
		}

		/**
		 * A {@link dev.reactiveai.openai.types.PromptCacheRetentionEnum} (the API
		 * description says no more).
		 * @param promptCacheRetention the value
		 * @return this builder
		 */
		public Builder promptCacheRetention(@Nullable PromptCacheRetentionEnum promptCacheRetention) {
			this.promptCacheRetention = promptCacheRetention;
			return this;
		}

		/**
		 * A {@link dev.reactiveai.openai.types.PromptCacheRetentionEnum} (the API
		 * description says no more).
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder promptCacheRetention(String value) {
			return promptCacheRetention(PromptCacheRetentionEnum.of(value));
		}

		/**
		 * Set a property that this version of the client does not know.
		 * @param name the property's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder additionalProperty(String name, @Nullable Object value) {
			this.additionalProperties.put(name, value);
			return this;
		}

		/**
		 * Build the value.
		 * @return the value
		 */
		public CompactResponseMethodPublicBody build() {
			CompactResponseMethodPublicBody value = new CompactResponseMethodPublicBody(this.model, this.input,
					this.previousResponseId, this.instructions, this.promptCacheKey, this.promptCacheRetention,
					this.additionalProperties);
			// The value holds the lists added to: the next add starts another.
			this.inputAdded = null;
			this.inputAddedTo = null;
			return value;
		}

	}

	/**
	 * Reads a {@link CompactResponseMethodPublicBody} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CompactResponseMethodPublicBody> {

		Reader() {
			super(CompactResponseMethodPublicBody.class, "model", "input", "previous_response_id", "instructions",
					"prompt_cache_key", "prompt_cache_retention");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 0 -> ModelIdsCompaction.of(value);
				case 5 -> PromptCacheRetentionEnum.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		protected CompactResponseMethodPublicBody create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CompactResponseMethodPublicBody((ModelIdsCompaction) values[0], (Input) values[1],
					(String) values[2], (String) values[3], (String) values[4], (PromptCacheRetentionEnum) values[5],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link CompactResponseMethodPublicBody} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CompactResponseMethodPublicBody> {

		Writer() {
			super(CompactResponseMethodPublicBody.class, "model", "input", "previous_response_id", "instructions",
					"prompt_cache_key", "prompt_cache_retention");
		}

		@Override
		protected @Nullable Object value(CompactResponseMethodPublicBody record, int index) {
			return switch (index) {
				case 0 -> record.model();
				case 1 -> record.input();
				case 2 -> record.previousResponseId();
				case 3 -> record.instructions();
				case 4 -> record.promptCacheKey();
				case 5 -> record.promptCacheRetention();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CompactResponseMethodPublicBody record) {
			return record.additionalProperties();
		}

	}
}
