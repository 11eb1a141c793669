// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * @param inputFileId The ID of an uploaded file that contains requests for the new batch.
 * @param endpoint The endpoint to be used for all requests in the batch.
 * @param completionWindow The time frame within which the batch should be processed.
 * @param metadata the {@code metadata} property
 * @param outputExpiresAfter The expiration policy for the output and/or error file that
 * are generated for a batch.
 * @param additionalProperties properties that this version of the client does not know
 */
public record BatchesCreateRequest(@JsonProperty("input_file_id") String inputFileId,
		@JsonProperty("endpoint") BatchesCreateRequest.Endpoint endpoint,
		@JsonProperty("completion_window") String completionWindow,
		@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonProperty("output_expires_after") @Nullable BatchFileExpirationAfter outputExpiresAfter,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public BatchesCreateRequest {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link BatchesCreateRequest}.
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
	 * The endpoint to be used for all requests in the batch. Currently `/v1/responses`,
	 * `/v1/chat/completions`, `/v1/embeddings`, `/v1/completions`, `/v1/moderations`,
	 * `/v1/images/generations`, `/v1/images/edits`, and `/v1/videos` are supported. Note
	 * that `/v1/embeddings` batches are also restricted to a maximum of 50,000 embedding
	 * inputs across all requests in the batch.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record Endpoint(@JsonValue String value) {
		public static final Endpoint V1_RESPONSES = new Endpoint("/v1/responses");

		public static final Endpoint V1_CHAT_COMPLETIONS = new Endpoint("/v1/chat/completions");

		public static final Endpoint V1_EMBEDDINGS = new Endpoint("/v1/embeddings");

		public static final Endpoint V1_COMPLETIONS = new Endpoint("/v1/completions");

		public static final Endpoint V1_MODERATIONS = new Endpoint("/v1/moderations");

		public static final Endpoint V1_IMAGES_GENERATIONS = new Endpoint("/v1/images/generations");

		public static final Endpoint V1_IMAGES_EDITS = new Endpoint("/v1/images/edits");

		public static final Endpoint V1_VIDEOS = new Endpoint("/v1/videos");

		public Endpoint {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
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
			this.metadata = source.metadata();
			this.outputExpiresAfter = source.outputExpiresAfter();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code input_file_id}: The ID of an uploaded file that contains requests
		 * for the new batch.
		 *
		 * See [upload file](/docs/api-reference/files/create) for how to upload a file.
		 *
		 * Your input file must be formatted as a [JSONL
		 * file](/docs/api-reference/batch/request-input), and must be uploaded with the
		 * purpose `batch`. The file can contain up to 50,000 requests, and can be up to
		 * 200 MB in size.
		 * @param inputFileId the value (required)
		 * @return this builder
		 */
		public Builder inputFileId(@Nullable String inputFileId) {
			this.inputFileId = inputFileId;
			return this;
		}

		/**
		 * Set {@code endpoint}: The endpoint to be used for all requests in the batch.
		 * Currently `/v1/responses`, `/v1/chat/completions`, `/v1/embeddings`,
		 * `/v1/completions`, `/v1/moderations`, `/v1/images/generations`,
		 * `/v1/images/edits`, and `/v1/videos` are supported. Note that `/v1/embeddings`
		 * batches are also restricted to a maximum of 50,000 embedding inputs across all
		 * requests in the batch.
		 * @param endpoint the value (required)
		 * @return this builder
		 */
		public Builder endpoint(@Nullable Endpoint endpoint) {
			this.endpoint = endpoint;
			return this;
		}

		/**
		 * Set {@code endpoint} to a value, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder endpoint(String value) {
			return endpoint(Endpoint.of(value));
		}

		/**
		 * Set {@code completion_window}: The time frame within which the batch should be
		 * processed. Currently only `24h` is supported.
		 * @param completionWindow the value (required)
		 * @return this builder
		 */
		public Builder completionWindow(@Nullable String completionWindow) {
			this.completionWindow = completionWindow;
			return this;
		}

		/**
		 * Set {@code metadata}.
		 * @param metadata the value
		 * @return this builder
		 */
		public Builder metadata(@Nullable Map<String, String> metadata) {
			this.metadata = metadata;
			return this;
		}

		/**
		 * Set {@code output_expires_after}: The expiration policy for the output and/or
		 * error file that are generated for a batch.
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
					this.metadata, this.outputExpiresAfter, this.additionalProperties);
		}

	}
}
