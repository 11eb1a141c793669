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
 * The log probability of a token.
 *
 * @param token A string (the API description says no more).
 * @param logprob A number (the API description says no more).
 * @param bytes A list of integers (the API description says no more).
 * @param topLogprobs A list of a {@link dev.reactiveai.openai.types.TopLogProb} (the API
 * description says no more).
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = LogProb.Reader.class)
public record LogProb(@JsonProperty("token") String token, @JsonProperty("logprob") Double logprob,
		@JsonProperty("bytes") List<Long> bytes, @JsonProperty("top_logprobs") List<TopLogProb> topLogprobs,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link LogProb}; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param token A string (the API description says no more).
	 * @param logprob A number (the API description says no more).
	 * @param bytes A list of integers (the API description says no more).
	 * @param topLogprobs A list of a {@link dev.reactiveai.openai.types.TopLogProb} (the
	 * API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public LogProb {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link LogProb}.
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
	 * Builds a {@link LogProb}.
	 */
	public static final class Builder {

		private @Nullable String token;

		private @Nullable Double logprob;

		private @Nullable List<Long> bytes;

		private @Nullable List<TopLogProb> topLogprobs;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(LogProb source) {
			this.token = source.token();
			this.logprob = source.logprob();
			this.bytes = (source.bytes() != null) ? new ArrayList<>(source.bytes()) : null;
			this.topLogprobs = (source.topLogprobs() != null) ? new ArrayList<>(source.topLogprobs()) : null;
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
		 * A list of a {@link dev.reactiveai.openai.types.TopLogProb} (the API description
		 * says no more).
		 * <p>
		 * Takes a copy of the list.
		 * @param topLogprobs the value (required)
		 * @return this builder
		 */
		public Builder topLogprobs(@Nullable List<TopLogProb> topLogprobs) {
			this.topLogprobs = (topLogprobs != null) ? new ArrayList<>(topLogprobs) : null;
			return this;
		}

		/**
		 * A list of a {@link dev.reactiveai.openai.types.TopLogProb} (the API description
		 * says no more).
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param topLogprob the item to add
		 * @return this builder
		 */
		public Builder addTopLogprob(TopLogProb topLogprob) {
			Objects.requireNonNull(topLogprob, "'topLogprob' must not be null");
			if (this.topLogprobs == null) {
				this.topLogprobs = new ArrayList<>();
			}
			this.topLogprobs.add(topLogprob);
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
		public LogProb build() {
			return new LogProb(Objects.requireNonNull(this.token, "'token' is required"),
					Objects.requireNonNull(this.logprob, "'logprob' is required"),
					Collections
						.unmodifiableList(new ArrayList<>(Objects.requireNonNull(this.bytes, "'bytes' is required"))),
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.topLogprobs, "'topLogprobs' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link LogProb} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<LogProb> {

		Reader() {
			super(LogProb.class, "token", "logprob", "bytes", "top_logprobs");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected LogProb create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new LogProb((String) values[0], (Double) values[1], (List<Long>) values[2],
					(List<TopLogProb>) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link LogProb} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<LogProb> {

		Writer() {
			super(LogProb.class, "token", "logprob", "bytes", "top_logprobs");
		}

		@Override
		protected @Nullable Object value(LogProb record, int index) {
			return switch (index) {
				case 0 -> record.token();
				case 1 -> record.logprob();
				case 2 -> record.bytes();
				case 3 -> record.topLogprobs();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(LogProb record) {
			return record.additionalProperties();
		}

	}
}
