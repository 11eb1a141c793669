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
 * Controls request rate limits for the session.
 *
 * @param maxRequestsPer1Minute Maximum number of requests allowed per minute for the
 * session. Defaults to 10.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = RateLimitsParam.Reader.class)
public record RateLimitsParam(@JsonProperty("max_requests_per_1_minute") @Nullable Long maxRequestsPer1Minute,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link RateLimitsParam}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param maxRequestsPer1Minute Maximum number of requests allowed per minute for the
	 * session.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public RateLimitsParam {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link RateLimitsParam}.
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
	 * Builds a {@link RateLimitsParam}.
	 */
	public static final class Builder {

		private @Nullable Long maxRequestsPer1Minute;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(RateLimitsParam source) {
			this.maxRequestsPer1Minute = source.maxRequestsPer1Minute();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Maximum number of requests allowed per minute for the session.
		 * @param maxRequestsPer1Minute the value
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
		public RateLimitsParam build() {
			return new RateLimitsParam(this.maxRequestsPer1Minute, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link RateLimitsParam} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<RateLimitsParam> {

		Reader() {
			super(RateLimitsParam.class, "max_requests_per_1_minute");
		}

		@Override
		protected RateLimitsParam create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new RateLimitsParam((Long) values[0], additionalProperties);
		}

	}

	/**
	 * Writes a {@link RateLimitsParam} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<RateLimitsParam> {

		Writer() {
			super(RateLimitsParam.class, "max_requests_per_1_minute");
		}

		@Override
		protected @Nullable Object value(RateLimitsParam record, int index) {
			return switch (index) {
				case 0 -> record.maxRequestsPer1Minute();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(RateLimitsParam record) {
			return record.additionalProperties();
		}

	}
}
