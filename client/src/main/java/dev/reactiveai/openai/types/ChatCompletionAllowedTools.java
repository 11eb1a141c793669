// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Constrains the tools available to the model to a pre-defined set.
 *
 * @param mode Constrains the tools available to the model to a pre-defined set.
 * <p>
 * {@code auto} allows the model to pick from among the allowed tools and generate a
 * message.
 * <p>
 * {@code required} requires the model to call one or more of the allowed tools.
 * @param tools A list of tool definitions that the model should be allowed to call.
 * <p>
 * For the Chat Completions API, the list of tool definitions might look like: <pre>{@code
 * [
 *   { "type": "function", "function": { "name": "get_weather" } },
 *   { "type": "function", "function": { "name": "get_time" } }
 * ]
 * }</pre>
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ChatCompletionAllowedTools.Reader.class)
public record ChatCompletionAllowedTools(@JsonProperty("mode") ChatCompletionAllowedTools.Mode mode,
		@JsonProperty("tools") List<Map<String, Object>> tools,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ChatCompletionAllowedTools}; {@code additionalProperties} becomes
	 * an unmodifiable copy, empty for null.
	 * @param mode Constrains the tools available to the model to a pre-defined set.
	 * @param tools A list of tool definitions that the model should be allowed to call.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ChatCompletionAllowedTools {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ChatCompletionAllowedTools}.
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
	 * Constrains the tools available to the model to a pre-defined set.
	 * <p>
	 * {@code auto} allows the model to pick from among the allowed tools and generate a
	 * message.
	 * <p>
	 * {@code required} requires the model to call one or more of the allowed tools.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Mode(@JsonValue String value) {
		/**
		 * The value {@code auto}.
		 */
		public static final Mode AUTO = new Mode("auto");

		/**
		 * The value {@code required}.
		 */
		public static final Mode REQUIRED = new Mode("required");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Mode {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Mode of(String value) {
			return switch (value) {
				case "auto" -> AUTO;
				case "required" -> REQUIRED;
				default -> new Mode(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "auto", "required" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link ChatCompletionAllowedTools}.
	 */
	public static final class Builder {

		private @Nullable Mode mode;

		private @Nullable List<Map<String, Object>> tools;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ChatCompletionAllowedTools source) {
			this.mode = source.mode();
			this.tools = (source.tools() != null) ? new ArrayList<>(source.tools()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Constrains the tools available to the model to a pre-defined set.
		 * @param mode the value (required)
		 * @return this builder
		 */
		public Builder mode(@Nullable Mode mode) {
			this.mode = mode;
			return this;
		}

		/**
		 * Constrains the tools available to the model to a pre-defined set.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder mode(String value) {
			return mode(Mode.of(value));
		}

		/**
		 * A list of tool definitions that the model should be allowed to call.
		 * <p>
		 * Takes a copy of the list.
		 * @param tools the value (required)
		 * @return this builder
		 */
		public Builder tools(@Nullable List<? extends Map<String, Object>> tools) {
			this.tools = (tools != null) ? new ArrayList<>(tools) : null;
			return this;
		}

		/**
		 * A list of tool definitions that the model should be allowed to call.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param tool the item to add
		 * @return this builder
		 */
		public Builder addTool(Map<String, Object> tool) {
			Objects.requireNonNull(tool, "'tool' must not be null");
			if (this.tools == null) {
				this.tools = new ArrayList<>();
			}
			this.tools.add(tool);
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
		public ChatCompletionAllowedTools build() {
			return new ChatCompletionAllowedTools(Objects.requireNonNull(this.mode, "'mode' is required"),
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.tools, "'tools' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ChatCompletionAllowedTools} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ChatCompletionAllowedTools> {

		Reader() {
			super(ChatCompletionAllowedTools.class, "mode", "tools");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 0 -> Mode.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ChatCompletionAllowedTools create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ChatCompletionAllowedTools((Mode) values[0], (List<Map<String, Object>>) values[1],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ChatCompletionAllowedTools} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ChatCompletionAllowedTools> {

		Writer() {
			super(ChatCompletionAllowedTools.class, "mode", "tools");
		}

		@Override
		protected @Nullable Object value(ChatCompletionAllowedTools record, int index) {
			return switch (index) {
				case 0 -> record.mode();
				case 1 -> record.tools();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ChatCompletionAllowedTools record) {
			return record.additionalProperties();
		}

	}
}
