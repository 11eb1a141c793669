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
import dev.reactiveai.openai.json.internal.VariantShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Details of the tool call.
 *
 * @param type Always {@code tool_calls}.
 * @param toolCalls An array of tool calls the run step was involved in. These can be
 * associated with one of three types of tools: {@code code_interpreter},
 * {@code file_search}, or {@code function}.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RunStepDetailsToolCallsObject.Reader.class)
public record RunStepDetailsToolCallsObject(@JsonProperty("type") String type,
		@JsonProperty("tool_calls") List<RunStepDetailsToolCallsObject.ToolCall> toolCalls,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements RunStep.StepDetails {

	/**
	 * Creates a {@link RunStepDetailsToolCallsObject}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type Always {@code tool_calls}.
	 * @param toolCalls An array of tool calls the run step was involved in.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RunStepDetailsToolCallsObject {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RunStepDetailsToolCallsObject}.
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
	 * An item of a {@link RunStepDetailsToolCallsObject}'s {@code tool_calls}.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = ToolCall.Deserializer.class)
	public sealed interface ToolCall permits RunStepDetailsToolCallsCodeObject, RunStepDetailsToolCallsFileSearchObject,
			RunStepDetailsToolCallsFunctionObject, ToolCall.Unknown {

		/**
		 * A {@link ToolCall} that this version of the client does not recognize, kept as
		 * it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements ToolCall, UnknownVariant {
		}

		/**
		 * Reads a {@link ToolCall} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<ToolCall> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<ToolCall>variants(Unknown::new)
					.discriminator("type")
					.object(RunStepDetailsToolCallsCodeObject.class,
							VariantShape.declaring("id", "type", "code_interpreter")
								.requiring("id", "type", "code_interpreter")
								.values("type", "code_interpreter"))
					.object(RunStepDetailsToolCallsFileSearchObject.class,
							VariantShape.declaring("id", "type", "file_search")
								.requiring("id", "type", "file_search")
								.values("type", "file_search"))
					.object(RunStepDetailsToolCallsFunctionObject.class,
							VariantShape.declaring("id", "type", "function")
								.requiring("id", "type", "function")
								.values("type", "function")));
			}

		}

	}

	/**
	 * Builds a {@link RunStepDetailsToolCallsObject}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable List<ToolCall> toolCalls;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "tool_calls";
		}

		private Builder(RunStepDetailsToolCallsObject source) {
			this.type = source.type();
			this.toolCalls = (source.toolCalls() != null) ? new ArrayList<>(source.toolCalls()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * An array of tool calls the run step was involved in.
		 * <p>
		 * Takes a copy of the list.
		 * @param toolCalls the value (required)
		 * @return this builder
		 */
		public Builder toolCalls(@Nullable List<? extends ToolCall> toolCalls) {
			this.toolCalls = (toolCalls != null) ? new ArrayList<>(toolCalls) : null;
			return this;
		}

		/**
		 * An array of tool calls the run step was involved in.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param toolCall the item to add
		 * @return this builder
		 */
		public Builder addToolCall(ToolCall toolCall) {
			Objects.requireNonNull(toolCall, "'toolCall' must not be null");
			if (this.toolCalls == null) {
				this.toolCalls = new ArrayList<>();
			}
			this.toolCalls.add(toolCall);
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
		public RunStepDetailsToolCallsObject build() {
			return new RunStepDetailsToolCallsObject(this.type,
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.toolCalls, "'toolCalls' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RunStepDetailsToolCallsObject} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RunStepDetailsToolCallsObject> {

		Reader() {
			super(RunStepDetailsToolCallsObject.class, "type", "tool_calls");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected RunStepDetailsToolCallsObject create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RunStepDetailsToolCallsObject((String) values[0], (List<ToolCall>) values[1],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link RunStepDetailsToolCallsObject} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RunStepDetailsToolCallsObject> {

		Writer() {
			super(RunStepDetailsToolCallsObject.class, "type", "tool_calls");
		}

		@Override
		protected @Nullable Object value(RunStepDetailsToolCallsObject record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.toolCalls();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RunStepDetailsToolCallsObject record) {
			return record.additionalProperties();
		}

	}
}
