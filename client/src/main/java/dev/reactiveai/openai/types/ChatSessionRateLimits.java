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
 * Active per-minute request limit for the session.
 *
 * @param maxRequestsPer1Minute Maximum allowed requests per one-minute window.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ChatSessionRateLimits.Reader.class)
public record ChatSessionRateLimits(@JsonProperty("max_requests_per_1_minute") Long maxRequestsPer1Minute,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ChatSessionRateLimits}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param maxRequestsPer1Minute Maximum allowed requests per one-minute window.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ChatSessionRateLimits {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ChatSessionRateLimits}.
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
	 * Builds a {@link ChatSessionRateLimits}.
	 */
	public static final class Builder {

		private @Nullable Long maxRequestsPer1Minute;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ChatSessionRateLimits source) {
			this.maxRequestsPer1Minute = source.maxRequestsPer1Minute();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Maximum allowed requests per one-minute window.
		 * @param maxRequestsPer1Minute the value (required)
		 * @return this builder
		 */
		public Builder maxRequestsPer1Minute(@Nullable Long maxRequestsPer1Minute) {
			this.maxRequestsPer1Minute = maxRequestsPer1Minute;
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
		public ChatSessionRateLimits build() {
			return new ChatSessionRateLimits(
					Objects.requireNonNull(this.maxRequestsPer1Minute, "'maxRequestsPer1Minute' is required"),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ChatSessionRateLimits} from the parser's tokens; Jackson creates it
	 * from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ChatSessionRateLimits> {

		Reader() {
			super(ChatSessionRateLimits.class, "max_requests_per_1_minute");
		}

		@Override
		protected ChatSessionRateLimits create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ChatSessionRateLimits((Long) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ChatSessionRateLimits} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ChatSessionRateLimits> {

		Writer() {
			super(ChatSessionRateLimits.class, "max_requests_per_1_minute");
		}

		@Override
		protected @Nullable Object value(ChatSessionRateLimits record, int index) {
			return switch (index) {
				case 0 -> record.maxRequestsPer1Minute();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ChatSessionRateLimits record) {
			return record.additionalProperties();
		}

	}
}
