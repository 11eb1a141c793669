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
 * A StoredCompletionsRunDataSource configuration describing a set of filters
 *
 * @param type The type of source. Always {@code stored_completions}.
 * @param metadata Set of 16 key-value pairs that can be attached to an object. This can
 * be useful for storing additional information about the object in a structured format,
 * and querying for objects via API or the dashboard.
 * <p>
 * Keys are strings with a maximum length of 64 characters. Values are strings with a
 * maximum length of 512 characters.
 * @param model An optional model to filter by (e.g., 'gpt-4o').
 * @param createdAfter An optional Unix timestamp to filter items created after this time.
 * @param createdBefore An optional Unix timestamp to filter items created before this
 * time.
 * @param limit An optional maximum number of items to return.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = EvalStoredCompletionsSource.Reader.class)
public record EvalStoredCompletionsSource(@JsonProperty("type") String type,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata, @JsonProperty("model") @Nullable String model,
		@JsonProperty("created_after") @Nullable Long createdAfter,
		@JsonProperty("created_before") @Nullable Long createdBefore, @JsonProperty("limit") @Nullable Long limit,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CreateEvalCompletionsRunDataSource.Source {

	/**
	 * Creates a {@link EvalStoredCompletionsSource}, filling in {@code type} with its
	 * single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of source.
	 * @param metadata Set of 16 key-value pairs that can be attached to an object.
	 * @param model An optional model to filter by (e.g., 'gpt-4o').
	 * @param createdAfter An optional Unix timestamp to filter items created after this
	 * time.
	 * @param createdBefore An optional Unix timestamp to filter items created before this
	 * time.
	 * @param limit An optional maximum number of items to return.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public EvalStoredCompletionsSource {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link EvalStoredCompletionsSource}.
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
	 * Builds a {@link EvalStoredCompletionsSource}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable Map<String, String> metadata;

		private @Nullable String model;

		private @Nullable Long createdAfter;

		private @Nullable Long createdBefore;

		private @Nullable Long limit;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "stored_completions";
		}

		private Builder(EvalStoredCompletionsSource source) {
			this.type = source.type();
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
			this.model = source.model();
			this.createdAfter = source.createdAfter();
			this.createdBefore = source.createdBefore();
			this.limit = source.limit();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set of 16 key-value pairs that can be attached to an object.
		 * <p>
		 * Takes a copy of the map.
		 * @param metadata the value
		 * @return this builder
		 */
		public Builder metadata(@Nullable Map<String, String> metadata) {
			this.metadata = (metadata != null) ? new LinkedHashMap<>(metadata) : null;
			return this;
		}

		/**
		 * Set of 16 key-value pairs that can be attached to an object.
		 * <p>
		 * Puts one entry in the map, replacing the value of a name it has.
		 * @param key the entry's name
		 * @param value its value
		 * @return this builder
		 */
		public Builder putMetadata(String key, String value) {
			Objects.requireNonNull(key, "'key' must not be null");
			Objects.requireNonNull(value, "'value' must not be null");
			if (this.metadata == null) {
				this.metadata = new LinkedHashMap<>();
			}
			this.metadata.put(key, value);
			return this;
		}

		/**
		 * An optional model to filter by (e.g., 'gpt-4o').
		 * @param model the value
		 * @return this builder
		 */
		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		/**
		 * An optional Unix timestamp to filter items created after this time.
		 * @param createdAfter the value
		 * @return this builder
		 */
		public Builder createdAfter(@Nullable Long createdAfter) {
			this.createdAfter = createdAfter;
			return this;
		}

		/**
		 * An optional Unix timestamp to filter items created before this time.
		 * @param createdBefore the value
		 * @return this builder
		 */
		public Builder createdBefore(@Nullable Long createdBefore) {
			this.createdBefore = createdBefore;
			return this;
		}

		/**
		 * An optional maximum number of items to return.
		 * @param limit the value
		 * @return this builder
		 */
		public Builder limit(@Nullable Long limit) {
			this.limit = limit;
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
		public EvalStoredCompletionsSource build() {
			return new EvalStoredCompletionsSource(this.type,
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.model, this.createdAfter, this.createdBefore, this.limit, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link EvalStoredCompletionsSource} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<EvalStoredCompletionsSource> {

		Reader() {
			super(EvalStoredCompletionsSource.class, "type", "metadata", "model", "created_after", "created_before",
					"limit");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected EvalStoredCompletionsSource create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new EvalStoredCompletionsSource((String) values[0], (Map<String, String>) values[1],
					(String) values[2], (Long) values[3], (Long) values[4], (Long) values[5], additionalProperties);
		}

	}

	/**
	 * Writes a {@link EvalStoredCompletionsSource} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<EvalStoredCompletionsSource> {

		Writer() {
			super(EvalStoredCompletionsSource.class, "type", "metadata", "model", "created_after", "created_before",
					"limit");
		}

		@Override
		protected @Nullable Object value(EvalStoredCompletionsSource record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.metadata();
				case 2 -> record.model();
				case 3 -> record.createdAfter();
				case 4 -> record.createdBefore();
				case 5 -> record.limit();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(EvalStoredCompletionsSource record) {
			return record.additionalProperties();
		}

	}
}
