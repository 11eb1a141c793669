// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Options for streaming response. Only set this when you set `stream: true`.
 *
 * @param includeUsage If set, an additional chunk will be streamed before the `data:
 * [DONE]` message.
 * @param includeObfuscation When true, stream obfuscation will be enabled.
 * @param additionalProperties properties that this version of the client does not know
 */
public record ChatCompletionStreamOptions(@JsonProperty("include_usage") @Nullable Boolean includeUsage,
		@JsonProperty("include_obfuscation") @Nullable Boolean includeObfuscation,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	public ChatCompletionStreamOptions {
		additionalProperties = (additionalProperties != null)
				? Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties)) : Map.of();
	}

	/**
	 * A builder of {@link ChatCompletionStreamOptions}.
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
	 * Builds a {@link ChatCompletionStreamOptions}.
	 */
	public static final class Builder {

		private @Nullable Boolean includeUsage;

		private @Nullable Boolean includeObfuscation;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ChatCompletionStreamOptions source) {
			this.includeUsage = source.includeUsage();
			this.includeObfuscation = source.includeObfuscation();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Set {@code include_usage}: If set, an additional chunk will be streamed before
		 * the `data: [DONE]` message. The `usage` field on this chunk shows the token
		 * usage statistics for the entire request, and the `choices` field will always be
		 * an empty array.
		 *
		 * All other chunks will also include a `usage` field, but with a null value.
		 * **NOTE:** If the stream is interrupted, you may not receive the final usage
		 * chunk which contains the total token usage for the request.
		 * @param includeUsage the value
		 * @return this builder
		 */
		public Builder includeUsage(@Nullable Boolean includeUsage) {
			this.includeUsage = includeUsage;
			return this;
		}

		/**
		 * Set {@code include_obfuscation}: When true, stream obfuscation will be enabled.
		 * Stream obfuscation adds random characters to an `obfuscation` field on
		 * streaming delta events to normalize payload sizes as a mitigation to certain
		 * side-channel attacks. These obfuscation fields are included by default, but add
		 * a small amount of overhead to the data stream. You can set
		 * `include_obfuscation` to false to optimize for bandwidth if you trust the
		 * network links between your application and the OpenAI API.
		 * @param includeObfuscation the value
		 * @return this builder
		 */
		public Builder includeObfuscation(@Nullable Boolean includeObfuscation) {
			this.includeObfuscation = includeObfuscation;
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
		public ChatCompletionStreamOptions build() {
			return new ChatCompletionStreamOptions(this.includeUsage, this.includeObfuscation,
					this.additionalProperties);
		}

	}
}
