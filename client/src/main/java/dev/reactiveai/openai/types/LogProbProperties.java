// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A log probability object.
 *
 * @param token The token that was used to generate the log probability.
 * @param logprob The log probability of the token.
 * @param bytes The bytes that were used to generate the log probability.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = LogProbProperties.Reader.class)
public record LogProbProperties(@JsonProperty("token") String token, @JsonProperty("logprob") Double logprob,
		@JsonProperty("bytes") List<Long> bytes,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link LogProbProperties}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param token The token that was used to generate the log probability.
	 * @param logprob The log probability of the token.
	 * @param bytes The bytes that were used to generate the log probability.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public LogProbProperties {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link LogProbProperties}.
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
	 * Builds a {@link LogProbProperties}.
	 */
	public static final class Builder {

		private @Nullable String token;

		private @Nullable Double logprob;

		private @Nullable List<Long> bytes;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(LogProbProperties source) {
			this.token = source.token();
			this.logprob = source.logprob();
			this.bytes = (source.bytes() != null) ? new ArrayList<>(source.bytes()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The token that was used to generate the log probability.
		 * @param token the value (required)
		 * @return this builder
		 */
		public Builder token(@Nullable String token) {
			this.token = token;
			return this;
		}

		/**
		 * The log probability of the token.
		 * @param logprob the value (required)
		 * @return this builder
		 */
		public Builder logprob(@Nullable Double logprob) {
			this.logprob = logprob;
			return this;
		}

		/**
		 * The bytes that were used to generate the log probability.
		 * <p>
		 * Takes a copy of the list.
		 * @param bytes the value (required)
		 * @return this builder
		 */
		public Builder bytes(@Nullable List<Long> bytes) {
			this.bytes = (bytes != null) ? new ArrayList<>(bytes) : null;
			return this;
		}

		/**
		 * The bytes that were used to generate the log probability.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param byteValue the item to add
		 * @return this builder
		 */
		public Builder addByte(Long byteValue) {
			Objects.requireNonNull(byteValue, "'byteValue' must not be null");
			if (this.bytes == null) {
				this.bytes = new ArrayList<>();
			}
			this.bytes.add(byteValue);
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
		public LogProbProperties build() {
			return new LogProbProperties(Objects.requireNonNull(this.token, "'token' is required"),
					Objects.requireNonNull(this.logprob, "'logprob' is required"),
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.bytes, "'bytes' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link LogProbProperties} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<LogProbProperties> {

		Reader() {
			super(LogProbProperties.class, "token", "logprob", "bytes");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected LogProbProperties create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new LogProbProperties((String) values[0], (Double) values[1], (List<Long>) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link LogProbProperties} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<LogProbProperties> {

		Writer() {
			super(LogProbProperties.class, "token", "logprob", "bytes");
		}

		@Override
		protected @Nullable Object value(LogProbProperties record, int index) {
			return switch (index) {
				case 0 -> record.token();
				case 1 -> record.logprob();
				case 2 -> record.bytes();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(LogProbProperties record) {
			return record.additionalProperties();
		}

	}
}
