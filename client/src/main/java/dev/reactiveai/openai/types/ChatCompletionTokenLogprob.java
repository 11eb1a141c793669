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
 * An object with {@code token}, {@code logprob}, {@code bytes} and {@code top_logprobs}.
 *
 * @param token The token.
 * @param logprob The log probability of this token, if it is within the top 20 most
 * likely tokens. Otherwise, the value {@code -9999.0} is used to signify that the token
 * is very unlikely.
 * @param bytes A list of integers representing the UTF-8 bytes representation of the
 * token. Useful in instances where characters are represented by multiple tokens and
 * their byte representations must be combined to generate the correct text
 * representation. Can be {@code null} if there is no bytes representation for the token.
 * @param topLogprobs List of the most likely tokens and their log probability, at this
 * token position. In rare cases, there may be fewer than the number of requested
 * {@code top_logprobs} returned.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ChatCompletionTokenLogprob.Reader.class)
public record ChatCompletionTokenLogprob(@JsonProperty("token") String token, @JsonProperty("logprob") Double logprob,
		@JsonProperty("bytes") @Nullable List<Long> bytes,
		@JsonProperty("top_logprobs") List<ChatCompletionTokenLogprob.TopLogprob> topLogprobs,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ChatCompletionTokenLogprob}; {@code additionalProperties} becomes
	 * an unmodifiable copy, empty for null.
	 * @param token The token.
	 * @param logprob The log probability of this token, if it is within the top 20 most
	 * likely tokens.
	 * @param bytes A list of integers representing the UTF-8 bytes representation of the
	 * token.
	 * @param topLogprobs List of the most likely tokens and their log probability, at
	 * this token position.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ChatCompletionTokenLogprob {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ChatCompletionTokenLogprob}.
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
	 * An item of a {@link ChatCompletionTokenLogprob}'s {@code top_logprobs}.
	 *
	 * @param token The token.
	 * @param logprob The log probability of this token, if it is within the top 20 most
	 * likely tokens. Otherwise, the value {@code -9999.0} is used to signify that the
	 * token is very unlikely.
	 * @param bytes A list of integers representing the UTF-8 bytes representation of the
	 * token. Useful in instances where characters are represented by multiple tokens and
	 * their byte representations must be combined to generate the correct text
	 * representation. Can be {@code null} if there is no bytes representation for the
	 * token.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = TopLogprob.Reader.class)
	public static record TopLogprob(@JsonProperty("token") String token, @JsonProperty("logprob") Double logprob,
			@JsonProperty("bytes") @Nullable List<Long> bytes,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link TopLogprob}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param token The token.
		 * @param logprob The log probability of this token, if it is within the top 20
		 * most likely tokens.
		 * @param bytes A list of integers representing the UTF-8 bytes representation of
		 * the token.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public TopLogprob {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link TopLogprob}.
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
		 * Builds a {@link TopLogprob}.
		 */
		public static final class Builder {

			private @Nullable String token;

			private @Nullable Double logprob;

			private @Nullable List<Long> bytes;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(TopLogprob source) {
				this.token = source.token();
				this.logprob = source.logprob();
				this.bytes = (source.bytes() != null) ? new ArrayList<>(source.bytes()) : null;
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The token.
			 * @param token the value (required)
			 * @return this builder
			 */
			public Builder token(@Nullable String token) {
				this.token = token;
				return this;
			}

			/**
			 * The log probability of this token, if it is within the top 20 most likely
			 * tokens.
			 * @param logprob the value (required)
			 * @return this builder
			 */
			public Builder logprob(@Nullable Double logprob) {
				this.logprob = logprob;
				return this;
			}

			/**
			 * A list of integers representing the UTF-8 bytes representation of the
			 * token.
			 * <p>
			 * Takes a copy of the list.
			 * @param bytes the value
			 * @return this builder
			 */
			public Builder bytes(@Nullable List<Long> bytes) {
				this.bytes = (bytes != null) ? new ArrayList<>(bytes) : null;
				return this;
			}

			/**
			 * A list of integers representing the UTF-8 bytes representation of the
			 * token.
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
			public TopLogprob build() {
				return new TopLogprob(Objects.requireNonNull(this.token, "'token' is required"),
						Objects.requireNonNull(this.logprob, "'logprob' is required"),
						(this.bytes != null) ? Collections.unmodifiableList(new ArrayList<>(this.bytes)) : null,
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link TopLogprob} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<TopLogprob> {

			Reader() {
				super(TopLogprob.class, "token", "logprob", "bytes");
			}

			@Override
			@SuppressWarnings("unchecked")
			protected TopLogprob create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new TopLogprob((String) values[0], (Double) values[1], (List<Long>) values[2],
						additionalProperties);
			}

		}

		/**
		 * Writes a {@link TopLogprob} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<TopLogprob> {

			Writer() {
				super(TopLogprob.class, "token", "logprob", "bytes");
			}

			@Override
			protected @Nullable Object value(TopLogprob record, int index) {
				return switch (index) {
					case 0 -> record.token();
					case 1 -> record.logprob();
					case 2 -> record.bytes();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(TopLogprob record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link ChatCompletionTokenLogprob}.
	 */
	public static final class Builder {

		private @Nullable String token;

		private @Nullable Double logprob;

		private @Nullable List<Long> bytes;

		private @Nullable List<TopLogprob> topLogprobs;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ChatCompletionTokenLogprob source) {
			this.token = source.token();
			this.logprob = source.logprob();
			this.bytes = (source.bytes() != null) ? new ArrayList<>(source.bytes()) : null;
			this.topLogprobs = (source.topLogprobs() != null) ? new ArrayList<>(source.topLogprobs()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The token.
		 * @param token the value (required)
		 * @return this builder
		 */
		public Builder token(@Nullable String token) {
			this.token = token;
			return this;
		}

		/**
		 * The log probability of this token, if it is within the top 20 most likely
		 * tokens.
		 * @param logprob the value (required)
		 * @return this builder
		 */
		public Builder logprob(@Nullable Double logprob) {
			this.logprob = logprob;
			return this;
		}

		/**
		 * A list of integers representing the UTF-8 bytes representation of the token.
		 * <p>
		 * Takes a copy of the list.
		 * @param bytes the value
		 * @return this builder
		 */
		public Builder bytes(@Nullable List<Long> bytes) {
			this.bytes = (bytes != null) ? new ArrayList<>(bytes) : null;
			return this;
		}

		/**
		 * A list of integers representing the UTF-8 bytes representation of the token.
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
		 * List of the most likely tokens and their log probability, at this token
		 * position.
		 * <p>
		 * Takes a copy of the list.
		 * @param topLogprobs the value (required)
		 * @return this builder
		 */
		public Builder topLogprobs(@Nullable List<TopLogprob> topLogprobs) {
			this.topLogprobs = (topLogprobs != null) ? new ArrayList<>(topLogprobs) : null;
			return this;
		}

		/**
		 * List of the most likely tokens and their log probability, at this token
		 * position.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param topLogprob the item to add
		 * @return this builder
		 */
		public Builder addTopLogprob(TopLogprob topLogprob) {
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
		public ChatCompletionTokenLogprob build() {
			return new ChatCompletionTokenLogprob(Objects.requireNonNull(this.token, "'token' is required"),
					Objects.requireNonNull(this.logprob, "'logprob' is required"),
					(this.bytes != null) ? Collections.unmodifiableList(new ArrayList<>(this.bytes)) : null,
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.topLogprobs, "'topLogprobs' is required"))),
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ChatCompletionTokenLogprob} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ChatCompletionTokenLogprob> {

		Reader() {
			super(ChatCompletionTokenLogprob.class, "token", "logprob", "bytes", "top_logprobs");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ChatCompletionTokenLogprob create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ChatCompletionTokenLogprob((String) values[0], (Double) values[1], (List<Long>) values[2],
					(List<TopLogprob>) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ChatCompletionTokenLogprob} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ChatCompletionTokenLogprob> {

		Writer() {
			super(ChatCompletionTokenLogprob.class, "token", "logprob", "bytes", "top_logprobs");
		}

		@Override
		protected @Nullable Object value(ChatCompletionTokenLogprob record, int index) {
			return switch (index) {
				case 0 -> record.token();
				case 1 -> record.logprob();
				case 2 -> record.bytes();
				case 3 -> record.topLogprobs();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ChatCompletionTokenLogprob record) {
			return record.additionalProperties();
		}

	}
}
