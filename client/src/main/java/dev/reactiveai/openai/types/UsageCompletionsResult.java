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
 * The aggregated completions usage details of the specific time bucket.
 *
 * @param object Always {@code organization.usage.completions.result}.
 * @param inputTokens The aggregated number of text input tokens used, including cached
 * tokens. For customers subscribe to scale tier, this includes scale tier tokens.
 * @param inputCachedTokens The aggregated number of text input tokens that has been
 * cached from previous requests. For customers subscribe to scale tier, this includes
 * scale tier tokens.
 * @param outputTokens The aggregated number of text output tokens used. For customers
 * subscribe to scale tier, this includes scale tier tokens.
 * @param inputAudioTokens The aggregated number of audio input tokens used, including
 * cached tokens.
 * @param outputAudioTokens The aggregated number of audio output tokens used.
 * @param numModelRequests The count of requests made to the model.
 * @param projectId When {@code group_by=project_id}, this field provides the project ID
 * of the grouped usage result.
 * @param userId When {@code group_by=user_id}, this field provides the user ID of the
 * grouped usage result.
 * @param apiKeyId When {@code group_by=api_key_id}, this field provides the API key ID of
 * the grouped usage result.
 * @param model When {@code group_by=model}, this field provides the model name of the
 * grouped usage result.
 * @param batch When {@code group_by=batch}, this field tells whether the grouped usage
 * result is batch or not.
 * @param serviceTier When {@code group_by=service_tier}, this field provides the service
 * tier of the grouped usage result.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = UsageCompletionsResult.Reader.class)
public record UsageCompletionsResult(@JsonProperty("object") String object,
		@JsonProperty("input_tokens") Long inputTokens,
		@JsonProperty("input_cached_tokens") @Nullable Long inputCachedTokens,
		@JsonProperty("output_tokens") Long outputTokens,
		@JsonProperty("input_audio_tokens") @Nullable Long inputAudioTokens,
		@JsonProperty("output_audio_tokens") @Nullable Long outputAudioTokens,
		@JsonProperty("num_model_requests") Long numModelRequests,
		@JsonProperty("project_id") @Nullable String projectId, @JsonProperty("user_id") @Nullable String userId,
		@JsonProperty("api_key_id") @Nullable String apiKeyId, @JsonProperty("model") @Nullable String model,
		@JsonProperty("batch") @Nullable Boolean batch, @JsonProperty("service_tier") @Nullable String serviceTier,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements UsageTimeBucket.ResultItem {

	/**
	 * Creates a {@link UsageCompletionsResult}, filling in {@code object} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param object Always {@code organization.usage.completions.result}.
	 * @param inputTokens The aggregated number of text input tokens used, including
	 * cached tokens.
	 * @param inputCachedTokens The aggregated number of text input tokens that has been
	 * cached from previous requests.
	 * @param outputTokens The aggregated number of text output tokens used.
	 * @param inputAudioTokens The aggregated number of audio input tokens used, including
	 * cached tokens.
	 * @param outputAudioTokens The aggregated number of audio output tokens used.
	 * @param numModelRequests The count of requests made to the model.
	 * @param projectId When {@code group_by=project_id}, this field provides the project
	 * ID of the grouped usage result.
	 * @param userId When {@code group_by=user_id}, this field provides the user ID of the
	 * grouped usage result.
	 * @param apiKeyId When {@code group_by=api_key_id}, this field provides the API key
	 * ID of the grouped usage result.
	 * @param model When {@code group_by=model}, this field provides the model name of the
	 * grouped usage result.
	 * @param batch When {@code group_by=batch}, this field tells whether the grouped
	 * usage result is batch or not.
	 * @param serviceTier When {@code group_by=service_tier}, this field provides the
	 * service tier of the grouped usage result.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public UsageCompletionsResult {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link UsageCompletionsResult}.
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
	 * Builds a {@link UsageCompletionsResult}.
	 */
	public static final class Builder {

		private @Nullable String object;

		private @Nullable Long inputTokens;

		private @Nullable Long inputCachedTokens;

		private @Nullable Long outputTokens;

		private @Nullable Long inputAudioTokens;

		private @Nullable Long outputAudioTokens;

		private @Nullable Long numModelRequests;

		private @Nullable String projectId;

		private @Nullable String userId;

		private @Nullable String apiKeyId;

		private @Nullable String model;

		private @Nullable Boolean batch;

		private @Nullable String serviceTier;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "organization.usage.completions.result";
		}

		private Builder(UsageCompletionsResult source) {
			this.object = source.object();
			this.inputTokens = source.inputTokens();
			this.inputCachedTokens = source.inputCachedTokens();
			this.outputTokens = source.outputTokens();
			this.inputAudioTokens = source.inputAudioTokens();
			this.outputAudioTokens = source.outputAudioTokens();
			this.numModelRequests = source.numModelRequests();
			this.projectId = source.projectId();
			this.userId = source.userId();
			this.apiKeyId = source.apiKeyId();
			this.model = source.model();
			this.batch = source.batch();
			this.serviceTier = source.serviceTier();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The aggregated number of text input tokens used, including cached tokens.
		 * @param inputTokens the value (required)
		 * @return this builder
		 */
		public Builder inputTokens(@Nullable Long inputTokens) {
			this.inputTokens = inputTokens;
			return this;
		}

		/**
		 * The aggregated number of text input tokens that has been cached from previous
		 * requests.
		 * @param inputCachedTokens the value
		 * @return this builder
		 */
		public Builder inputCachedTokens(@Nullable Long inputCachedTokens) {
			this.inputCachedTokens = inputCachedTokens;
			return this;
		}

		/**
		 * The aggregated number of text output tokens used.
		 * @param outputTokens the value (required)
		 * @return this builder
		 */
		public Builder outputTokens(@Nullable Long outputTokens) {
			this.outputTokens = outputTokens;
			return this;
		}

		/**
		 * The aggregated number of audio input tokens used, including cached tokens.
		 * @param inputAudioTokens the value
		 * @return this builder
		 */
		public Builder inputAudioTokens(@Nullable Long inputAudioTokens) {
			this.inputAudioTokens = inputAudioTokens;
			return this;
		}

		/**
		 * The aggregated number of audio output tokens used.
		 * @param outputAudioTokens the value
		 * @return this builder
		 */
		public Builder outputAudioTokens(@Nullable Long outputAudioTokens) {
			this.outputAudioTokens = outputAudioTokens;
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
		 * When {@code group_by=batch}, this field tells whether the grouped usage result
		 * is batch or not.
		 * @param batch the value
		 * @return this builder
		 */
		public Builder batch(@Nullable Boolean batch) {
			this.batch = batch;
			return this;
		}

		/**
		 * When {@code group_by=service_tier}, this field provides the service tier of the
		 * grouped usage result.
		 * @param serviceTier the value
		 * @return this builder
		 */
		public Builder serviceTier(@Nullable String serviceTier) {
			this.serviceTier = serviceTier;
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
		public UsageCompletionsResult build() {
			return new UsageCompletionsResult(this.object,
					Objects.requireNonNull(this.inputTokens, "'inputTokens' is required"), this.inputCachedTokens,
					Objects.requireNonNull(this.outputTokens, "'outputTokens' is required"), this.inputAudioTokens,
					this.outputAudioTokens,
					Objects.requireNonNull(this.numModelRequests, "'numModelRequests' is required"), this.projectId,
					this.userId, this.apiKeyId, this.model, this.batch, this.serviceTier, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link UsageCompletionsResult} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<UsageCompletionsResult> {

		Reader() {
			super(UsageCompletionsResult.class, "object", "input_tokens", "input_cached_tokens", "output_tokens",
					"input_audio_tokens", "output_audio_tokens", "num_model_requests", "project_id", "user_id",
					"api_key_id", "model", "batch", "service_tier");
		}

		@Override
		protected UsageCompletionsResult create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new UsageCompletionsResult((String) values[0], (Long) values[1], (Long) values[2], (Long) values[3],
					(Long) values[4], (Long) values[5], (Long) values[6], (String) values[7], (String) values[8],
					(String) values[9], (String) values[10], (Boolean) values[11], (String) values[12],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link UsageCompletionsResult} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<UsageCompletionsResult> {

		Writer() {
			super(UsageCompletionsResult.class, "object", "input_tokens", "input_cached_tokens", "output_tokens",
					"input_audio_tokens", "output_audio_tokens", "num_model_requests", "project_id", "user_id",
					"api_key_id", "model", "batch", "service_tier");
		}

		@Override
		protected @Nullable Object value(UsageCompletionsResult record, int index) {
			return switch (index) {
				case 0 -> record.object();
				case 1 -> record.inputTokens();
				case 2 -> record.inputCachedTokens();
				case 3 -> record.outputTokens();
				case 4 -> record.inputAudioTokens();
				case 5 -> record.outputAudioTokens();
				case 6 -> record.numModelRequests();
				case 7 -> record.projectId();
				case 8 -> record.userId();
				case 9 -> record.apiKeyId();
				case 10 -> record.model();
				case 11 -> record.batch();
				case 12 -> record.serviceTier();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(UsageCompletionsResult record) {
			return record.additionalProperties();
		}

	}
}
