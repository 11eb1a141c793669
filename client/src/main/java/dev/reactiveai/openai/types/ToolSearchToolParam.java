// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Hosted or BYOT tool search configuration for deferred tools.
 *
 * @param type The type of the tool. Always {@code tool_search}.
 * @param execution Whether tool search is executed by the server or by the client.
 * @param description Description shown to the model for a client-executed tool search
 * tool.
 * @param parameters A map of names to any JSON values (the API description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ToolSearchToolParam.Reader.class)
public record ToolSearchToolParam(@JsonProperty("type") String type,
		@JsonProperty("execution") @Nullable ToolSearchExecutionType execution,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("parameters") @Nullable Map<String, Object> parameters,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements Tool {

	/**
	 * Creates a {@link ToolSearchToolParam}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the tool.
	 * @param execution Whether tool search is executed by the server or by the client.
	 * @param description Description shown to the model for a client-executed tool search
	 * tool.
	 * @param parameters A map of names to any JSON values (the API description says no
	 * more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ToolSearchToolParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ToolSearchToolParam}.
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
	 * Builds a {@link ToolSearchToolParam}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable ToolSearchExecutionType execution;

		private @Nullable String description;

		private @Nullable Map<String, Object> parameters;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "tool_search";
		}

		private Builder(ToolSearchToolParam source) {
			this.type = source.type();
			this.execution = source.execution();
			this.description = source.description();
			this.parameters = (source.parameters() != null) ? new LinkedHashMap<>(source.parameters()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Whether tool search is executed by the server or by the client.
		 * @param execution the value
		 * @return this builder
		 */
		public Builder execution(@Nullable ToolSearchExecutionType execution) {
			this.execution = execution;
			return this;
		}

		/**
		 * Whether tool search is executed by the server or by the client.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder execution(String value) {
			return execution(ToolSearchExecutionType.of(value));
		}

		/**
		 * Description shown to the model for a client-executed tool search tool.
		 * @param description the value
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * A map of names to any JSON values (the API description says no more).
		 * <p>
		 * Takes a copy of the map.
		 * @param parameters the value
		 * @return this builder
		 */
		public Builder parameters(@Nullable Map<String, ?> parameters) {
			this.parameters = (parameters != null) ? new LinkedHashMap<>(parameters) : null;
			return this;
		}

		/**
		 * A map of names to any JSON values (the API description says no more).
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putParameter(String key, Object value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.parameters == null) {
				this.parameters = new LinkedHashMap<>();
			}
			this.parameters.put(key, value);
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
		public ToolSearchToolParam build() {
			return new ToolSearchToolParam(
					this.type, this.execution, this.description, (this.parameters != null)
							? Collections.unmodifiableMap(new LinkedHashMap<>(this.parameters)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ToolSearchToolParam} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ToolSearchToolParam> {

		Reader() {
			super(ToolSearchToolParam.class, "type", "execution", "description", "parameters");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 1 -> ToolSearchExecutionType.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ToolSearchToolParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ToolSearchToolParam((String) values[0], (ToolSearchExecutionType) values[1], (String) values[2],
					(Map<String, Object>) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ToolSearchToolParam} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ToolSearchToolParam> {

		Writer() {
			super(ToolSearchToolParam.class, "type", "execution", "description", "parameters");
		}

		@Override
		protected @Nullable Object value(ToolSearchToolParam record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.execution();
				case 2 -> record.description();
				case 3 -> record.parameters();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ToolSearchToolParam record) {
			return record.additionalProperties();
		}

	}
}
