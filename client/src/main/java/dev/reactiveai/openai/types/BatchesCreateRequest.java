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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The request body of {@code POST /batches}: Creates and executes a batch from an
 * uploaded file of requests.
 *
 * @param inputFileId The ID of an uploaded file that contains requests for the new batch.
 * <p>
 * See <a href="https://platform.openai.com/docs/api-reference/files/create">upload
 * file</a> for how to upload a file.
 * <p>
 * Your input file must be formatted as a
 * <a href="https://platform.openai.com/docs/api-reference/batch/request-input">JSONL
 * file</a>, and must be uploaded with the purpose {@code batch}. The file can contain up
 * to 50,000 requests, and can be up to 200 MB in size.
 * @param endpoint The endpoint to be used for all requests in the batch. Currently
 * {@code /v1/responses}, {@code /v1/chat/completions}, {@code /v1/embeddings},
 * {@code /v1/completions}, {@code /v1/moderations}, {@code /v1/images/generations},
 * {@code /v1/images/edits}, and {@code /v1/videos} are supported. Note that
 * {@code /v1/embeddings} batches are also restricted to a maximum of 50,000 embedding
 * inputs across all requests in the batch.
 * @param completionWindow The time frame within which the batch should be processed.
 * Currently only {@code 24h} is supported.
 * @param metadata Set of 16 key-value pairs that can be attached to an object. This can
 * be useful for storing additional information about the object in a structured format,
 * and querying for objects via API or the dashboard.
 * <p>
 * Keys are strings with a maximum length of 64 characters. Values are strings with a
 * maximum length of 512 characters.
 * @param outputExpiresAfter The expiration policy for the output and/or error file that
 * are generated for a batch.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = BatchesCreateRequest.Reader.class)
public record BatchesCreateRequest(@JsonProperty("input_file_id") String inputFileId,
		@JsonProperty("endpoint") BatchesCreateRequest.Endpoint endpoint,
		@JsonProperty("completion_window") String completionWindow,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonProperty("output_expires_after") @Nullable BatchFileExpirationAfter outputExpiresAfter,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link BatchesCreateRequest}, filling in {@code completion_window} with
	 * its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param inputFileId The ID of an uploaded file that contains requests for the new
	 * batch.
	 * @param endpoint The endpoint to be used for all requests in the batch.
	 * @param completionWindow The time frame within which the batch should be processed.
	 * @param metadata Set of 16 key-value pairs that can be attached to an object.
	 * @param outputExpiresAfter The expiration policy for the output and/or error file
	 * that are generated for a batch.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public BatchesCreateRequest {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link BatchesCreateRequest}.
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
	 * The endpoint to be used for all requests in the batch. Currently
	 * {@code /v1/responses}, {@code /v1/chat/completions}, {@code /v1/embeddings},
	 * {@code /v1/completions}, {@code /v1/moderations}, {@code /v1/images/generations},
	 * {@code /v1/images/edits}, and {@code /v1/videos} are supported. Note that
	 * {@code /v1/embeddings} batches are also restricted to a maximum of 50,000 embedding
	 * inputs across all requests in the batch.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Endpoint(@JsonValue String value) {
		/**
		 * The value {@code /v1/responses}.
		 */
		public static final Endpoint V1_RESPONSES = new Endpoint("/v1/responses");

		/**
		 * The value {@code /v1/chat/completions}.
		 */
		public static final Endpoint V1_CHAT_COMPLETIONS = new Endpoint("/v1/chat/completions");

		/**
		 * The value {@code /v1/embeddings}.
		 */
		public static final Endpoint V1_EMBEDDINGS = new Endpoint("/v1/embeddings");

		/**
		 * The value {@code /v1/completions}.
		 */
		public static final Endpoint V1_COMPLETIONS = new Endpoint("/v1/completions");

		/**
		 * The value {@code /v1/moderations}.
		 */
		public static final Endpoint V1_MODERATIONS = new Endpoint("/v1/moderations");

		/**
		 * The value {@code /v1/images/generations}.
		 */
		public static final Endpoint V1_IMAGES_GENERATIONS = new Endpoint("/v1/images/generations");

		/**
		 * The value {@code /v1/images/edits}.
		 */
		public static final Endpoint V1_IMAGES_EDITS = new Endpoint("/v1/images/edits");

		/**
		 * The value {@code /v1/videos}.
		 */
		public static final Endpoint V1_VIDEOS = new Endpoint("/v1/videos");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public Endpoint {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static Endpoint of(String value) {
			return switch (value) {
				case "/v1/responses" -> V1_RESPONSES;
				case "/v1/chat/completions" -> V1_CHAT_COMPLETIONS;
				case "/v1/embeddings" -> V1_EMBEDDINGS;
				case "/v1/completions" -> V1_COMPLETIONS;
				case "/v1/moderations" -> V1_MODERATIONS;
				case "/v1/images/generations" -> V1_IMAGES_GENERATIONS;
				case "/v1/images/edits" -> V1_IMAGES_EDITS;
				case "/v1/videos" -> V1_VIDEOS;
				default -> new Endpoint(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "/v1/responses", "/v1/chat/completions", "/v1/embeddings", "/v1/completions", "/v1/moderations",
						"/v1/images/generations", "/v1/images/edits", "/v1/videos" ->
					true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link BatchesCreateRequest}.
	 */
	public static final class Builder {

		private @Nullable String inputFileId;

		private @Nullable Endpoint endpoint;

		private @Nullable String completionWindow;

		private @Nullable Map<String, String> metadata;

		private @Nullable BatchFileExpirationAfter outputExpiresAfter;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.completionWindow = "24h";
		}

		private Builder(BatchesCreateRequest source) {
			this.inputFileId = source.inputFileId();
			this.endpoint = source.endpoint();
			this.completionWindow = source.completionWindow();
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
			this.outputExpiresAfter = source.outputExpiresAfter();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The ID of an uploaded file that contains requests for the new batch.
		 * @param inputFileId the value (required)
		 * @return this builder
		 */
		public Builder inputFileId(@Nullable String inputFileId) {
			this.inputFileId = inputFileId;
			return this;
		}

		/**
		 * The endpoint to be used for all requests in the batch.
		 * @param endpoint the value (required)
		 * @return this builder
		 */
		public Builder endpoint(@Nullable Endpoint endpoint) {
			this.endpoint = endpoint;
			return this;
		}

		/**
		 * The endpoint to be used for all requests in the batch.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value (required)
		 * @return this builder
		 */
		public Builder endpoint(String value) {
			return endpoint(Endpoint.of(value));
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
		 * The expiration policy for the output and/or error file that are generated for a
		 * batch.
		 * @param outputExpiresAfter the value
		 * @return this builder
		 */
		public Builder outputExpiresAfter(@Nullable BatchFileExpirationAfter outputExpiresAfter) {
			this.outputExpiresAfter = outputExpiresAfter;
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
		public BatchesCreateRequest build() {
			return new BatchesCreateRequest(Objects.requireNonNull(this.inputFileId, "'inputFileId' is required"),
					Objects.requireNonNull(this.endpoint, "'endpoint' is required"), this.completionWindow,
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.outputExpiresAfter, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link BatchesCreateRequest} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<BatchesCreateRequest> {

		Reader() {
			super(BatchesCreateRequest.class, "input_file_id", "endpoint", "completion_window", "metadata",
					"output_expires_after");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 1 -> Endpoint.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected BatchesCreateRequest create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new BatchesCreateRequest((String) values[0], (Endpoint) values[1], (String) values[2],
					(Map<String, String>) values[3], (BatchFileExpirationAfter) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link BatchesCreateRequest} without reflection; the client's mapper finds
	 * it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<BatchesCreateRequest> {

		Writer() {
			super(BatchesCreateRequest.class, "input_file_id", "endpoint", "completion_window", "metadata",
					"output_expires_after");
		}

		@Override
		protected @Nullable Object value(BatchesCreateRequest record, int index) {
			return switch (index) {
				case 0 -> record.inputFileId();
				case 1 -> record.endpoint();
				case 2 -> record.completionWindow();
				case 3 -> record.metadata();
				case 4 -> record.outputExpiresAfter();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(BatchesCreateRequest record) {
			return record.additionalProperties();
		}

	}
}
