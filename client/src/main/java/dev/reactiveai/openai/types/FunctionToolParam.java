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
 * An object with {@code name}, {@code description}, {@code parameters}, {@code strict},
 * {@code type} and {@code defer_loading}.
 *
 * @param name A string (the API description says no more).
 * @param description A string (the API description says no more).
 * @param parameters A map of names to any JSON values (the API description says no more).
 * @param strict A boolean (the API description says no more).
 * @param type Always {@code function}.
 * @param deferLoading Whether this function should be deferred and discovered via tool
 * search.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = FunctionToolParam.Reader.class)
public record FunctionToolParam(@JsonProperty("name") String name,
		@JsonProperty("description") @Nullable String description,
		@JsonProperty("parameters") @Nullable Map<String, Object> parameters,
		@JsonProperty("strict") @Nullable Boolean strict, @JsonProperty("type") String type,
		@JsonProperty("defer_loading") @Nullable Boolean deferLoading,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements NamespaceToolParam.Tool {

	/**
	 * Creates a {@link FunctionToolParam}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param name A string (the API description says no more).
	 * @param description A string (the API description says no more).
	 * @param parameters A map of names to any JSON values (the API description says no
	 * more).
	 * @param strict A boolean (the API description says no more).
	 * @param type Always {@code function}.
	 * @param deferLoading Whether this function should be deferred and discovered via
	 * tool search.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public FunctionToolParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link FunctionToolParam}.
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
	 * Builds a {@link FunctionToolParam}.
	 */
	public static final class Builder {

		private @Nullable String name;

		private @Nullable String description;

		private @Nullable Map<String, Object> parameters;

		private @Nullable Boolean strict;

		private @Nullable String type;

		private @Nullable Boolean deferLoading;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "function";
		}

		private Builder(FunctionToolParam source) {
			this.name = source.name();
			this.description = source.description();
			this.parameters = (source.parameters() != null) ? new LinkedHashMap<>(source.parameters()) : null;
			this.strict = source.strict();
			this.type = source.type();
			this.deferLoading = source.deferLoading();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A string (the API description says no more).
		 * @param name the value (required)
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * A string (the API description says no more).
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
		 * A boolean (the API description says no more).
		 * @param strict the value
		 * @return this builder
		 */
		public Builder strict(@Nullable Boolean strict) {
			this.strict = strict;
			return this;
		}

		/**
		 * Whether this function should be deferred and discovered via tool search.
		 * @param deferLoading the value
		 * @return this builder
		 */
		public Builder deferLoading(@Nullable Boolean deferLoading) {
			this.deferLoading = deferLoading;
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
		public FunctionToolParam build() {
			return new FunctionToolParam(
					Objects.requireNonNull(this.name, "'name' is required"), this.description, (this.parameters != null)
							? Collections.unmodifiableMap(new LinkedHashMap<>(this.parameters)) : null,
					this.strict, this.type, this.deferLoading, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link FunctionToolParam} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<FunctionToolParam> {

		Reader() {
			super(FunctionToolParam.class, "name", "description", "parameters", "strict", "type", "defer_loading");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected FunctionToolParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new FunctionToolParam((String) values[0], (String) values[1], (Map<String, Object>) values[2],
					(Boolean) values[3], (String) values[4], (Boolean) values[5], additionalProperties);
		}

	}

	/**
	 * Writes a {@link FunctionToolParam} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<FunctionToolParam> {

		Writer() {
			super(FunctionToolParam.class, "name", "description", "parameters", "strict", "type", "defer_loading");
		}

		@Override
		protected @Nullable Object value(FunctionToolParam record, int index) {
			return switch (index) {
				case 0 -> record.name();
				case 1 -> record.description();
				case 2 -> record.parameters();
				case 3 -> record.strict();
				case 4 -> record.type();
				case 5 -> record.deferLoading();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(FunctionToolParam record) {
			return record.additionalProperties();
		}

	}
}
