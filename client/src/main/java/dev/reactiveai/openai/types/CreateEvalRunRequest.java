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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * CreateEvalRunRequest
 *
 * @param name The name of the run.
 * @param metadata Set of 16 key-value pairs that can be attached to an object. This can
 * be useful for storing additional information about the object in a structured format,
 * and querying for objects via API or the dashboard.
 * <p>
 * Keys are strings with a maximum length of 64 characters. Values are strings with a
 * maximum length of 512 characters.
 * @param dataSource Details about the run's data source.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateEvalRunRequest.Reader.class)
public record CreateEvalRunRequest(@JsonProperty("name") @Nullable String name,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonProperty("data_source") CreateEvalRunRequest.DataSource dataSource,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link CreateEvalRunRequest}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param name The name of the run.
	 * @param metadata Set of 16 key-value pairs that can be attached to an object.
	 * @param dataSource Details about the run's data source.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateEvalRunRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateEvalRunRequest}.
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
	 * Details about the run's data source.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = DataSource.Deserializer.class)
	public sealed interface DataSource permits CreateEvalJsonlRunDataSource, CreateEvalCompletionsRunDataSource,
			CreateEvalResponsesRunDataSource, DataSource.Unknown {

		/**
		 * A {@link DataSource} that this version of the client does not recognize, kept
		 * as it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements DataSource, UnknownVariant {
		}

		/**
		 * Reads a {@link DataSource} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<DataSource> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<DataSource>variants(Unknown::new)
					.discriminator("type")
					.object(CreateEvalJsonlRunDataSource.class,
							VariantShape.declaring("type", "source")
								.requiring("type", "source")
								.values("type", "jsonl"))
					.object(CreateEvalCompletionsRunDataSource.class,
							VariantShape.declaring("type", "input_messages", "sampling_params", "model", "source")
								.requiring("type", "source")
								.values("type", "completions"))
					.object(CreateEvalResponsesRunDataSource.class,
							VariantShape.declaring("type", "input_messages", "sampling_params", "model", "source")
								.requiring("type", "source")
								.values("type", "responses")));
			}

		}

	}

	/**
	 * Builds a {@link CreateEvalRunRequest}.
	 */
	public static final class Builder {

		private @Nullable String name;

		private @Nullable Map<String, String> metadata;

		private @Nullable DataSource dataSource;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateEvalRunRequest source) {
			this.name = source.name();
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
			this.dataSource = source.dataSource();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The name of the run.
		 * @param name the value
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
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
		 * Details about the run's data source.
		 * @param dataSource the value (required)
		 * @return this builder
		 */
		public Builder dataSource(@Nullable DataSource dataSource) {
			this.dataSource = dataSource;
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
		public CreateEvalRunRequest build() {
			return new CreateEvalRunRequest(this.name,
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					Objects.requireNonNull(this.dataSource, "'dataSource' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateEvalRunRequest} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateEvalRunRequest> {

		Reader() {
			super(CreateEvalRunRequest.class, "name", "metadata", "data_source");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected CreateEvalRunRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateEvalRunRequest((String) values[0], (Map<String, String>) values[1], (DataSource) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateEvalRunRequest} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateEvalRunRequest> {

		Writer() {
			super(CreateEvalRunRequest.class, "name", "metadata", "data_source");
		}

		@Override
		protected @Nullable Object value(CreateEvalRunRequest record, int index) {
			return switch (index) {
				case 0 -> record.name();
				case 1 -> record.metadata();
				case 2 -> record.dataSource();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateEvalRunRequest record) {
			return record.additionalProperties();
		}

	}
}
