// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnionDeserializer;
import dev.reactiveai.openai.json.UnknownVariant;
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
 * @param model the {@code model} property
 * @param input the {@code input} property
 * @param previousResponseId the {@code previous_response_id} property
 * @param tools the {@code tools} property
 * @param text the {@code text} property
 * @param reasoning the {@code reasoning} property
 * @param truncation The truncation strategy to use for the model response.
 * @param instructions the {@code instructions} property
 * @param conversation the {@code conversation} property
 * @param toolChoice the {@code tool_choice} property
 * @param parallelToolCalls the {@code parallel_tool_calls} property
 * @param additionalProperties properties that this version of the client does not know
 */
public record TokenCountsBody(@JsonProperty("model") @Nullable String model,
		@JsonProperty("input") TokenCountsBody.@Nullable Input input,
		@JsonProperty("previous_response_id") @Nullable String previousResponseId,
		@JsonProperty("tools") @Nullable List<Tool> tools, @JsonProperty("text") @Nullable ResponseTextParam text,
		@JsonProperty("reasoning") @Nullable Reasoning reasoning,
		@JsonProperty("truncation") @Nullable TruncationEnum truncation,
		@JsonProperty("instructions") @Nullable String instructions,
		@JsonProperty("conversation") @Nullable ConversationParam conversation,
		@JsonProperty("tool_choice") @Nullable ToolChoiceParam toolChoice,
		@JsonProperty("parallel_tool_calls") @Nullable Boolean parallelToolCalls,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public TokenCountsBody {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link TokenCountsBody}.
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder that starts from this value.
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

			public Deserializer() {
				super(UnionDeserializer.<Input>variants(Unknown::new)
					.string(String.class, StringValue::new)
					.array(new TypeReference<List<InputItem>>() {
					}, InputItemList::new));
			}

		}

	}

	/**
	 * Builds a {@link TokenCountsBody}.
	 */
	public static final class Builder {

		private @Nullable String model;

		private @Nullable Input input;

		private @Nullable String previousResponseId;

		private @Nullable List<Tool> tools;

		private @Nullable ResponseTextParam text;

		private @Nullable Reasoning reasoning;

		private @Nullable TruncationEnum truncation;

		private @Nullable String instructions;

		private @Nullable ConversationParam conversation;

		private @Nullable ToolChoiceParam toolChoice;

		private @Nullable Boolean parallelToolCalls;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(TokenCountsBody source) {
			this.model = source.model();
			this.input = source.input();
			this.previousResponseId = source.previousResponseId();
			this.tools = source.tools();
			this.text = source.text();
			this.reasoning = source.reasoning();
			this.truncation = source.truncation();
			this.instructions = source.instructions();
			this.conversation = source.conversation();
			this.toolChoice = source.toolChoice();
			this.parallelToolCalls = source.parallelToolCalls();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code model}.
		 * @param model the value
		 * @return this builder
		 */
		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		/**
		 * Set {@code input}.
		 * @param input the value
		 * @return this builder
		 */
		public Builder input(@Nullable Input input) {
			this.input = input;
			return this;
		}

		/**
		 * Set {@code input} to a {@link Input.StringValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder input(String value) {
			return input(new Input.StringValue(value));
		}

		/**
		 * Set {@code input} to a {@link Input.InputItemList}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder input(List<InputItem> value) {
			return input(new Input.InputItemList(value));
		}

		/**
		 * Set {@code previous_response_id}.
		 * @param previousResponseId the value
		 * @return this builder
		 */
		public Builder previousResponseId(@Nullable String previousResponseId) {
			this.previousResponseId = previousResponseId;
			return this;
		}

		/**
		 * Set {@code tools}.
		 * @param tools the value
		 * @return this builder
		 */
		public Builder tools(@Nullable List<Tool> tools) {
			this.tools = tools;
			return this;
		}

		/**
		 * Set {@code text}.
		 * @param text the value
		 * @return this builder
		 */
		public Builder text(@Nullable ResponseTextParam text) {
			this.text = text;
			return this;
		}

		/**
		 * Set {@code reasoning}.
		 * @param reasoning the value
		 * @return this builder
		 */
		public Builder reasoning(@Nullable Reasoning reasoning) {
			this.reasoning = reasoning;
			return this;
		}

		/**
		 * Set {@code truncation}: The truncation strategy to use for the model response.
		 * - `auto`: If the input to this Response exceeds the model's context window
		 * size, the model will truncate the response to fit the context window by
		 * dropping items from the beginning of the conversation. - `disabled` (default):
		 * If the input size will exceed the context window size for a model, the request
		 * will fail with a 400 error.
		 * @param truncation the value
		 * @return this builder
		 */
		public Builder truncation(@Nullable TruncationEnum truncation) {
			this.truncation = truncation;
			return this;
		}

		/**
		 * Set {@code truncation} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder truncation(String value) {
			return truncation(TruncationEnum.of(value));
		}

		/**
		 * Set {@code instructions}.
		 * @param instructions the value
		 * @return this builder
		 */
		public Builder instructions(@Nullable String instructions) {
			this.instructions = instructions;
			return this;
		}

		/**
		 * Set {@code conversation}.
		 * @param conversation the value
		 * @return this builder
		 */
		public Builder conversation(@Nullable ConversationParam conversation) {
			this.conversation = conversation;
			return this;
		}

		/**
		 * Set {@code conversation} to a {@link ConversationParam.StringValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder conversation(String value) {
			return conversation(new ConversationParam.StringValue(value));
		}

		/**
		 * Set {@code tool_choice}.
		 * @param toolChoice the value
		 * @return this builder
		 */
		public Builder toolChoice(@Nullable ToolChoiceParam toolChoice) {
			this.toolChoice = toolChoice;
			return this;
		}

		/**
		 * Set {@code tool_choice} to a {@link ToolChoiceParam.ToolChoiceOptionsValue}.
		 * @param value the value
		 * @return this builder
		 */
		public Builder toolChoice(ToolChoiceOptions value) {
			return toolChoice(new ToolChoiceParam.ToolChoiceOptionsValue(value));
		}

		/**
		 * Set {@code parallel_tool_calls}.
		 * @param parallelToolCalls the value
		 * @return this builder
		 */
		public Builder parallelToolCalls(@Nullable Boolean parallelToolCalls) {
			this.parallelToolCalls = parallelToolCalls;
			return this;
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
		public TokenCountsBody build() {
			return new TokenCountsBody(this.model, this.input, this.previousResponseId, this.tools, this.text,
					this.reasoning, this.truncation, this.instructions, this.conversation, this.toolChoice,
					this.parallelToolCalls, this.additionalProperties);
		}

	}
}
