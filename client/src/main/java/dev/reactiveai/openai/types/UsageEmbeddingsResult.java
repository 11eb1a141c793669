// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The aggregated embeddings usage details of the specific time bucket.
 *
 * @param object Always {@code organization.usage.embeddings.result}.
 * @param inputTokens The aggregated number of input tokens used.
 * @param numModelRequests The count of requests made to the model.
 * @param projectId When {@code group_by=project_id}, this field provides the project ID
 * of the grouped usage result.
 * @param userId When {@code group_by=user_id}, this field provides the user ID of the
 * grouped usage result.
 * @param apiKeyId When {@code group_by=api_key_id}, this field provides the API key ID of
 * the grouped usage result.
 * @param model When {@code group_by=model}, this field provides the model name of the
 * grouped usage result.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = UsageEmbeddingsResult.Reader.class)
public record UsageEmbeddingsResult(@JsonProperty("object") String object,
		@JsonProperty("input_tokens") Long inputTokens, @JsonProperty("num_model_requests") Long numModelRequests,
		@JsonProperty("project_id") @Nullable String projectId, @JsonProperty("user_id") @Nullable String userId,
		@JsonProperty("api_key_id") @Nullable String apiKeyId, @JsonProperty("model") @Nullable String model,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements UsageTimeBucket.ResultItem {

	/**
	 * Creates a {@link UsageEmbeddingsResult}, filling in {@code object} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param object Always {@code organization.usage.embeddings.result}.
	 * @param inputTokens The aggregated number of input tokens used.
	 * @param numModelRequests The count of requests made to the model.
	 * @param projectId When {@code group_by=project_id}, this field provides the project
	 * ID of the grouped usage result.
	 * @param userId When {@code group_by=user_id}, this field provides the user ID of the
	 * grouped usage result.
	 * @param apiKeyId When {@code group_by=api_key_id}, this field provides the API key
	 * ID of the grouped usage result.
	 * @param model When {@code group_by=model}, this field provides the model name of the
	 * grouped usage result.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public UsageEmbeddingsResult {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link UsageEmbeddingsResult}.
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
	 * Builds a {@link UsageEmbeddingsResult}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable Long inputTokens;

		private @Nullable Long numModelRequests;

		private @Nullable String projectId;

		private @Nullable String userId;

		private @Nullable String apiKeyId;

		private @Nullable String model;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "organization.usage.embeddings.result";
		}

		private Builder(UsageEmbeddingsResult source) {
			this.object = source.object();
			this.inputTokens = source.inputTokens();
			this.numModelRequests = source.numModelRequests();
			this.projectId = source.projectId();
			this.userId = source.userId();
			this.apiKeyId = source.apiKeyId();
			this.model = source.model();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The aggregated number of input tokens used.
		 * @param inputTokens the value (required)
		 * @return this builder
		 */
		public Builder inputTokens(@Nullable Long inputTokens) {
			this.inputTokens = inputTokens;
			return this;
		}

		/**
		 * The count of requests made to the model.
		 * @param numModelRequests the value (required)
		 * @return this builder
		 */
		public Builder numModelRequests(@Nullable Long numModelRequests) {
			this.numModelRequests = numModelRequests;
			return this;
		}

		/**
		 * When {@code group_by=project_id}, this field provides the project ID of the
		 * grouped usage result.
		 * @param projectId the value
		 * @return this builder
		 */
		public Builder projectId(@Nullable String projectId) {
			this.projectId = projectId;
			return this;
		}

		/**
		 * When {@code group_by=user_id}, this field provides the user ID of the grouped
		 * usage result.
		 * @param userId the value
		 * @return this builder
		 */
		public Builder userId(@Nullable String userId) {
			this.userId = userId;
			return this;
		}

		/**
		 * When {@code group_by=api_key_id}, this field provides the API key ID of the
		 * grouped usage result.
		 * @param apiKeyId the value
		 * @return this builder
		 */
		public Builder apiKeyId(@Nullable String apiKeyId) {
			this.apiKeyId = apiKeyId;
			return this;
		}

		/**
		 * When {@code group_by=model}, this field provides the model name of the grouped
		 * usage result.
		 * @param model the value
		 * @return this builder
		 */
		public Builder model(@Nullable String model) {
			this.model = model;
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
		public UsageEmbeddingsResult build() {
			return new UsageEmbeddingsResult(this.object,
					Objects.requireNonNull(this.inputTokens, "'inputTokens' is required"),
					Objects.requireNonNull(this.numModelRequests, "'numModelRequests' is required"), this.projectId,
					this.userId, this.apiKeyId, this.model, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link UsageEmbeddingsResult} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<UsageEmbeddingsResult> {

		Reader() {
			super(UsageEmbeddingsResult.class, "object", "input_tokens", "num_model_requests", "project_id", "user_id",
					"api_key_id", "model");
		}

		@Override
		protected UsageEmbeddingsResult create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new UsageEmbeddingsResult((String) values[0], (Long) values[1], (Long) values[2], (String) values[3],
					(String) values[4], (String) values[5], (String) values[6], additionalProperties);
		}

	}

	/**
	 * Writes a {@link UsageEmbeddingsResult} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<UsageEmbeddingsResult> {

		Writer() {
			super(UsageEmbeddingsResult.class, "object", "input_tokens", "num_model_requests", "project_id", "user_id",
					"api_key_id", "model");
		}

		@Override
		protected @Nullable Object value(UsageEmbeddingsResult record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.inputTokens();
				case 2 -> record.numModelRequests();
				case 3 -> record.projectId();
				case 4 -> record.userId();
				case 5 -> record.apiKeyId();
				case 6 -> record.model();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(UsageEmbeddingsResult record) {
			return record.additionalProperties();
		}

	}
}
