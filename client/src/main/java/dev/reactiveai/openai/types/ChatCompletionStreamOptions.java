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
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Options for streaming response. Only set this when you set {@code stream: true}.
 *
 * @param includeUsage If set, an additional chunk will be streamed before the
 * {@code data: [DONE]} message. The {@code usage} field on this chunk shows the token
 * usage statistics for the entire request, and the {@code choices} field will always be
 * an empty array.
 * <p>
 * All other chunks will also include a {@code usage} field, but with a null value.
 * <strong>NOTE:</strong> If the stream is interrupted, you may not receive the final
 * usage chunk which contains the total token usage for the request.
 * @param includeObfuscation When true, stream obfuscation will be enabled. Stream
 * obfuscation adds random characters to an {@code obfuscation} field on streaming delta
 * events to normalize payload sizes as a mitigation to certain side-channel attacks.
 * These obfuscation fields are included by default, but add a small amount of overhead to
 * the data stream. You can set {@code include_obfuscation} to false to optimize for
 * bandwidth if you trust the network links between your application and the OpenAI API.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ChatCompletionStreamOptions.Reader.class)
public record ChatCompletionStreamOptions(@JsonProperty("include_usage") @Nullable Boolean includeUsage,
		@JsonProperty("include_obfuscation") @Nullable Boolean includeObfuscation,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ChatCompletionStreamOptions}; {@code additionalProperties} becomes
	 * an unmodifiable copy, empty for null.
	 * @param includeUsage If set, an additional chunk will be streamed before the
	 * {@code data: [DONE]} message.
	 * @param includeObfuscation When true, stream obfuscation will be enabled.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ChatCompletionStreamOptions {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ChatCompletionStreamOptions}.
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
		 * If set, an additional chunk will be streamed before the {@code data: [DONE]}
		 * message.
		 * @param includeUsage the value
		 * @return this builder
		 */
		public Builder includeUsage(@Nullable Boolean includeUsage) {
			this.includeUsage = includeUsage;
			return this;
		}

		/**
		 * When true, stream obfuscation will be enabled.
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

	/**
	 * Reads a {@link ChatCompletionStreamOptions} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ChatCompletionStreamOptions> {

		Reader() {
			super(ChatCompletionStreamOptions.class, "include_usage", "include_obfuscation");
		}

		@Override
		protected ChatCompletionStreamOptions create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ChatCompletionStreamOptions((Boolean) values[0], (Boolean) values[1], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ChatCompletionStreamOptions} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ChatCompletionStreamOptions> {

		Writer() {
			super(ChatCompletionStreamOptions.class, "include_usage", "include_obfuscation");
		}

		@Override
		protected @Nullable Object value(ChatCompletionStreamOptions record, int index) {
			return switch (index) {
				case 0 -> record.includeUsage();
				case 1 -> record.includeObfuscation();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ChatCompletionStreamOptions record) {
			return record.additionalProperties();
		}

	}
}
