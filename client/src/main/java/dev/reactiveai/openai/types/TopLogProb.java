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
 * The top log probability of a token.
 *
 * @param token A string (the API description says no more).
 * @param logprob A number (the API description says no more).
 * @param bytes A list of integers (the API description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = TopLogProb.Reader.class)
public record TopLogProb(@JsonProperty("token") String token, @JsonProperty("logprob") Double logprob,
		@JsonProperty("bytes") List<Long> bytes,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link TopLogProb}; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param token A string (the API description says no more).
	 * @param logprob A number (the API description says no more).
	 * @param bytes A list of integers (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public TopLogProb {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link TopLogProb}.
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
	 * Builds a {@link TopLogProb}.
	 */
	public static final class Builder {

		private @Nullable String token;

		private @Nullable Double logprob;

		private @Nullable List<Long> bytes;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(TopLogProb source) {
			this.token = source.token();
			this.logprob = source.logprob();
			this.bytes = (source.bytes() != null) ? new ArrayList<>(source.bytes()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A string (the API description says no more).
		 * @param token the value (required)
		 * @return this builder
		 */
		public Builder token(@Nullable String token) {
			this.token = token;
			return this;
		}

		/**
		 * A number (the API description says no more).
		 * @param logprob the value (required)
		 * @return this builder
		 */
		public Builder logprob(@Nullable Double logprob) {
			this.logprob = logprob;
			return this;
		}

		/**
		 * A list of integers (the API description says no more).
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
		 * A list of integers (the API description says no more).
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
		public TopLogProb build() {
			return new TopLogProb(Objects.requireNonNull(this.token, "'token' is required"),
					Objects.requireNonNull(this.logprob, "'logprob' is required"),
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.bytes, "'bytes' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link TopLogProb} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<TopLogProb> {

		Reader() {
			super(TopLogProb.class, "token", "logprob", "bytes");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected TopLogProb create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new TopLogProb((String) values[0], (Double) values[1], (List<Long>) values[2], additionalProperties);
		}

	}

	/**
	 * Writes a {@link TopLogProb} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<TopLogProb> {

		Writer() {
			super(TopLogProb.class, "token", "logprob", "bytes");
		}

		@Override
		protected @Nullable Object value(TopLogProb record, int index) {
			return switch (index) {
				case 0 -> record.token();
				case 1 -> record.logprob();
				case 2 -> record.bytes();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(TopLogProb record) {
			return record.additionalProperties();
		}

	}
}
