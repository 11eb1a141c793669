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
 * An object with {@code metadata}, {@code top_logprobs}, {@code temperature},
 * {@code top_p}, {@code user}, {@code safety_identifier}, {@code prompt_cache_key} and 2
 * more.
 *
 * @param metadata Set of 16 key-value pairs that can be attached to an object. This can
 * be useful for storing additional information about the object in a structured format,
 * and querying for objects via API or the dashboard.
 * <p>
 * Keys are strings with a maximum length of 64 characters. Values are strings with a
 * maximum length of 512 characters.
 * @param topLogprobs An integer between 0 and 20 specifying the number of most likely
 * tokens to return at each token position, each with an associated log probability.
 * @param temperature What sampling temperature to use, between 0 and 2. Higher values
 * like 0.8 will make the output more random, while lower values like 0.2 will make it
 * more focused and deterministic. We generally recommend altering this or {@code top_p}
 * but not both.
 * @param topP An alternative to sampling with temperature, called nucleus sampling, where
 * the model considers the results of the tokens with top_p probability mass. So 0.1 means
 * only the tokens comprising the top 10% probability mass are considered.
 * <p>
 * We generally recommend altering this or {@code temperature} but not both.
 * @param user This field is being replaced by {@code safety_identifier} and
 * {@code prompt_cache_key}. Use {@code prompt_cache_key} instead to maintain caching
 * optimizations. A stable identifier for your end-users. Used to boost cache hit rates by
 * better bucketing similar requests and to help OpenAI detect and prevent abuse. <a href=
 * "https://platform.openai.com/docs/guides/safety-best-practices#safety-identifiers">Learn
 * more</a>.
 * <p>
 * <strong>Deprecated:</strong> This field is being replaced by {@code safety_identifier}
 * and {@code prompt_cache_key}.
 * @param safetyIdentifier A stable identifier used to help detect users of your
 * application that may be violating OpenAI's usage policies. The IDs should be a string
 * that uniquely identifies each user, with a maximum length of 64 characters. We
 * recommend hashing their username or email address, in order to avoid sending us any
 * identifying information. <a href=
 * "https://platform.openai.com/docs/guides/safety-best-practices#safety-identifiers">Learn
 * more</a>.
 * @param promptCacheKey Used by OpenAI to cache responses for similar requests to
 * optimize your cache hit rates. Replaces the {@code user} field.
 * <a href="https://platform.openai.com/docs/guides/prompt-caching">Learn more</a>.
 * @param serviceTier Specifies the processing type used for serving the request.
 * <ul>
 * <li>If set to 'auto', then the request will be processed with the service tier
 * configured in the Project settings. Unless otherwise configured, the Project will use
 * 'default'.</li>
 * <li>If set to 'default', then the request will be processed with the standard pricing
 * and performance for the selected model.</li>
 * <li>If set to
 * '<a href="https://platform.openai.com/docs/guides/flex-processing">flex</a>' or
 * '<a href="https://openai.com/api-priority-processing/">priority</a>', then the request
 * will be processed with the corresponding service tier.</li>
 * <li>When not set, the default behavior is 'auto'.</li>
 * </ul>
 * <p>
 * When the {@code service_tier} parameter is set, the response body will include the
 * {@code service_tier} value based on the processing mode actually used to serve the
 * request. This response value may be different from the value set in the parameter.
 * @param promptCacheRetention The retention policy for the prompt cache. Set to
 * {@code 24h} to enable extended prompt caching, which keeps cached prefixes active for
 * longer, up to a maximum of 24 hours. <a href=
 * "https://platform.openai.com/docs/guides/prompt-caching#prompt-cache-retention">Learn
 * more</a>.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ModelResponseProperties.Reader.class)
public record ModelResponseProperties(@JsonProperty("metadata") @Nullable Map<String, String> metadata,
		@JsonProperty("top_logprobs") @Nullable Long topLogprobs,
		@JsonProperty("temperature") @Nullable Double temperature, @JsonProperty("top_p") @Nullable Double topP,
		@JsonProperty("user") @Nullable String user,
		@JsonProperty("safety_identifier") @Nullable String safetyIdentifier,
		@JsonProperty("prompt_cache_key") @Nullable String promptCacheKey,
		@JsonProperty("service_tier") @Nullable ServiceTier serviceTier,
		@JsonProperty("prompt_cache_retention") ModelResponseProperties.@Nullable PromptCacheRetention promptCacheRetention,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ModelResponseProperties}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param metadata Set of 16 key-value pairs that can be attached to an object.
	 * @param topLogprobs An integer between 0 and 20 specifying the number of most likely
	 * tokens to return at each token position, each with an associated log probability.
	 * @param temperature What sampling temperature to use, between 0 and 2.
	 * @param topP An alternative to sampling with temperature, called nucleus sampling,
	 * where the model considers the results of the tokens with top_p probability mass.
	 * @param user This field is being replaced by {@code safety_identifier} and
	 * {@code prompt_cache_key}.
	 * @param safetyIdentifier A stable identifier used to help detect users of your
	 * application that may be violating OpenAI's usage policies.
	 * @param promptCacheKey Used by OpenAI to cache responses for similar requests to
	 * optimize your cache hit rates.
	 * @param serviceTier Specifies the processing type used for serving the request.
	 * @param promptCacheRetention The retention policy for the prompt cache.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ModelResponseProperties {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * This field is being replaced by {@code safety_identifier} and
	 * {@code prompt_cache_key}. Use {@code prompt_cache_key} instead to maintain caching
	 * optimizations. A stable identifier for your end-users. Used to boost cache hit
	 * rates by better bucketing similar requests and to help OpenAI detect and prevent
	 * abuse. <a href=
	 * "https://platform.openai.com/docs/guides/safety-best-practices#safety-identifiers">Learn
	 * more</a>.
	 * <p>
	 * <strong>Deprecated:</strong> This field is being replaced by
	 * {@code safety_identifier} and {@code prompt_cache_key}.
	 * @return its value, or null when absent
	 * @deprecated This field is being replaced by {@code safety_identifier} and
	 * {@code prompt_cache_key}.
	 */
	@Deprecated
	@JsonProperty("user")
	public @Nullable String user() {
		return this.user;
	}

	/**
	 * A builder of {@link ModelResponseProperties}.
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
	 * The retention policy for the prompt cache. Set to {@code 24h} to enable extended
	 * prompt caching, which keeps cached prefixes active for longer, up to a maximum of
	 * 24 hours. <a href=
	 * "https://platform.openai.com/docs/guides/prompt-caching#prompt-cache-retention">Learn
	 * more</a>.
	 * <p>
	 * An open set: values this version does not know are kept as they are.
	 *
	 * @param value the value as the API spells it
	 */
	public static record PromptCacheRetention(@JsonValue String value) {
		/**
		 * The value {@code in_memory}.
		 */
		public static final PromptCacheRetention IN_MEMORY = new PromptCacheRetention("in_memory");

		/**
		 * The value {@code 24h}.
		 */
		public static final PromptCacheRetention V24H = new PromptCacheRetention("24h");

		/**
		 * Creates a value, rejecting null; {@link #of(String)} gives the constant for a
		 * known one.
		 * @param value the value as the API spells it
		 */
		public PromptCacheRetention {
			Objects.requireNonNull(value, "'value' must not be null");
		}

		/**
		 * The value for the given text: a constant when it is known.
		 * @param value the value as the API spells it
		 * @return the value
		 */
		@JsonCreator
		public static PromptCacheRetention of(String value) {
			return switch (value) {
				case "in_memory" -> IN_MEMORY;
				case "24h" -> V24H;
				default -> new PromptCacheRetention(value);
			};
		}

		/**
		 * Whether this version of the client knows the value.
		 * @return whether the value is one of the constants
		 */
		public boolean isKnown() {
			return switch (this.value) {
				case "in_memory", "24h" -> true;
				default -> false;
			};
		}

		@Override
		public String toString() {
			return this.value;
		}
	}

	/**
	 * Builds a {@link ModelResponseProperties}.
	 */
	public static final class Builder {

		private @Nullable Map<String, String> metadata;

		private @Nullable Long topLogprobs;

		private @Nullable Double temperature;

		private @Nullable Double topP;

		private @Nullable String user;

		private @Nullable String safetyIdentifier;

		private @Nullable String promptCacheKey;

		private @Nullable ServiceTier serviceTier;

		private @Nullable PromptCacheRetention promptCacheRetention;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ModelResponseProperties source) {
			this.metadata = (source.metadata() != null) ? new LinkedHashMap<>(source.metadata()) : null;
			this.topLogprobs = source.topLogprobs();
			this.temperature = source.temperature();
			this.topP = source.topP();
			this.user = source.user();
			this.safetyIdentifier = source.safetyIdentifier();
			this.promptCacheKey = source.promptCacheKey();
			this.serviceTier = source.serviceTier();
			this.promptCacheRetention = source.promptCacheRetention();
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
		 * An integer between 0 and 20 specifying the number of most likely tokens to
		 * return at each token position, each with an associated log probability.
		 * @param topLogprobs the value
		 * @return this builder
		 */
		public Builder topLogprobs(@Nullable Long topLogprobs) {
			this.topLogprobs = topLogprobs;
			return this;
		}

		/**
		 * What sampling temperature to use, between 0 and 2.
		 * @param temperature the value
		 * @return this builder
		 */
		public Builder temperature(@Nullable Double temperature) {
			this.temperature = temperature;
			return this;
		}

		/**
		 * An alternative to sampling with temperature, called nucleus sampling, where the
		 * model considers the results of the tokens with top_p probability mass.
		 * @param topP the value
		 * @return this builder
		 */
		public Builder topP(@Nullable Double topP) {
			this.topP = topP;
			return this;
		}

		/**
		 * This field is being replaced by {@code safety_identifier} and
		 * {@code prompt_cache_key}.
		 * @param user the value
		 * @return this builder
		 * @deprecated This field is being replaced by {@code safety_identifier} and
		 * {@code prompt_cache_key}.
		 */
		@Deprecated
		public Builder user(@Nullable String user) {
			this.user = user;
			return this;
		}

		/**
		 * A stable identifier used to help detect users of your application that may be
		 * violating OpenAI's usage policies.
		 * @param safetyIdentifier the value
		 * @return this builder
		 */
		public Builder safetyIdentifier(@Nullable String safetyIdentifier) {
			this.safetyIdentifier = safetyIdentifier;
			return this;
		}

		/**
		 * Used by OpenAI to cache responses for similar requests to optimize your cache
		 * hit rates.
		 * @param promptCacheKey the value
		 * @return this builder
		 */
		public Builder promptCacheKey(@Nullable String promptCacheKey) {
			this.promptCacheKey = promptCacheKey;
			return this;
		}

		/**
		 * Specifies the processing type used for serving the request.
		 * @param serviceTier the value
		 * @return this builder
		 */
		public Builder serviceTier(@Nullable ServiceTier serviceTier) {
			this.serviceTier = serviceTier;
			return this;
		}

		/**
		 * Specifies the processing type used for serving the request.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder serviceTier(String value) {
			return serviceTier(ServiceTier.of(value));
		}

		/**
		 * The retention policy for the prompt cache.
		 * @param promptCacheRetention the value
		 * @return this builder
		 */
		public Builder promptCacheRetention(@Nullable PromptCacheRetention promptCacheRetention) {
			this.promptCacheRetention = promptCacheRetention;
			return this;
		}

		/**
		 * The retention policy for the prompt cache.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder promptCacheRetention(String value) {
			return promptCacheRetention(PromptCacheRetention.of(value));
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
		public ModelResponseProperties build() {
			return new ModelResponseProperties(
					(this.metadata != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(this.metadata)) : null,
					this.topLogprobs, this.temperature, this.topP, this.user, this.safetyIdentifier,
					this.promptCacheKey, this.serviceTier, this.promptCacheRetention, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ModelResponseProperties} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ModelResponseProperties> {

		Reader() {
			super(ModelResponseProperties.class, "metadata", "top_logprobs", "temperature", "top_p", "user",
					"safety_identifier", "prompt_cache_key", "service_tier", "prompt_cache_retention");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 7 -> ServiceTier.of(value);
				case 8 -> PromptCacheRetention.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ModelResponseProperties create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ModelResponseProperties((Map<String, String>) values[0], (Long) values[1], (Double) values[2],
					(Double) values[3], (String) values[4], (String) values[5], (String) values[6],
					(ServiceTier) values[7], (PromptCacheRetention) values[8], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ModelResponseProperties} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ModelResponseProperties> {

		Writer() {
			super(ModelResponseProperties.class, "metadata", "top_logprobs", "temperature", "top_p", "user",
					"safety_identifier", "prompt_cache_key", "service_tier", "prompt_cache_retention");
		}

		@Override
		protected @Nullable Object value(ModelResponseProperties record, int index) {
			return switch (index) {
				case 0 -> record.metadata();
				case 1 -> record.topLogprobs();
				case 2 -> record.temperature();
				case 3 -> record.topP();
				case 4 -> record.user();
				case 5 -> record.safetyIdentifier();
				case 6 -> record.promptCacheKey();
				case 7 -> record.serviceTier();
				case 8 -> record.promptCacheRetention();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ModelResponseProperties record) {
			return record.additionalProperties();
		}

	}
}
