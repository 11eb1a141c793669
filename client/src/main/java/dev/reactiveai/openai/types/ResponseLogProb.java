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
 * A logprob is the logarithmic probability that the model assigns to producing a
 * particular token at a given position in the sequence. Less-negative (higher) logprob
 * values indicate greater model confidence in that token choice.
 *
 * @param token A possible text token.
 * @param logprob The log probability of this token.
 * @param topLogprobs The log probability of the top 20 most likely tokens.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ResponseLogProb.Reader.class)
public record ResponseLogProb(@JsonProperty("token") String token, @JsonProperty("logprob") Double logprob,
		@JsonProperty("top_logprobs") @Nullable List<ResponseLogProb.TopLogprob> topLogprobs,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ResponseLogProb}; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param token A possible text token.
	 * @param logprob The log probability of this token.
	 * @param topLogprobs The log probability of the top 20 most likely tokens.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ResponseLogProb {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link ResponseLogProb}.
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
	 * An item of a {@link ResponseLogProb}'s {@code top_logprobs}.
	 *
	 * @param token A possible text token.
	 * @param logprob The log probability of this token.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = TopLogprob.Reader.class)
	public static record TopLogprob(@JsonProperty("token") @Nullable String token,
			@JsonProperty("logprob") @Nullable Double logprob,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link TopLogprob}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param token A possible text token.
		 * @param logprob The log probability of this token.
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

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(TopLogprob source) {
				this.token = source.token();
				this.logprob = source.logprob();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * A possible text token.
			 * @param token the value
			 * @return this builder
			 */
			public Builder token(@Nullable String token) {
				this.token = token;
				return this;
			}

			/**
			 * The log probability of this token.
			 * @param logprob the value
			 * @return this builder
			 */
			public Builder logprob(@Nullable Double logprob) {
				this.logprob = logprob;
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
				return new TopLogprob(this.token, this.logprob, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link TopLogprob} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<TopLogprob> {

			Reader() {
				super(TopLogprob.class, "token", "logprob");
			}

			@Override
			protected TopLogprob create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new TopLogprob((String) values[0], (Double) values[1], additionalProperties);
			}

		}

		/**
		 * Writes a {@link TopLogprob} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<TopLogprob> {

			Writer() {
				super(TopLogprob.class, "token", "logprob");
			}

			@Override
			protected @Nullable Object value(TopLogprob record, int index) {
				return switch (index) {
					case 0 -> record.token();
					case 1 -> record.logprob();
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
	 * Builds a {@link ResponseLogProb}.
	 */
	public static final class Builder {

		private @Nullable String token;

		private @Nullable Double logprob;

		private @Nullable List<TopLogprob> topLogprobs;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(ResponseLogProb source) {
			this.token = source.token();
			this.logprob = source.logprob();
			this.topLogprobs = (source.topLogprobs() != null) ? new ArrayList<>(source.topLogprobs()) : null;
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A possible text token.
		 * @param token the value (required)
		 * @return this builder
		 */
		public Builder token(@Nullable String token) {
			this.token = token;
			return this;
		}

		/**
		 * The log probability of this token.
		 * @param logprob the value (required)
		 * @return this builder
		 */
		public Builder logprob(@Nullable Double logprob) {
			this.logprob = logprob;
			return this;
		}

		/**
		 * The log probability of the top 20 most likely tokens.
		 * <p>
		 * Takes a copy of the list.
		 * @param topLogprobs the value
		 * @return this builder
		 */
		public Builder topLogprobs(@Nullable List<TopLogprob> topLogprobs) {
			this.topLogprobs = (topLogprobs != null) ? new ArrayList<>(topLogprobs) : null;
			return this;
		}

		/**
		 * The log probability of the top 20 most likely tokens.
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
		public ResponseLogProb build() {
			return new ResponseLogProb(Objects.requireNonNull(this.token, "'token' is required"),
					Objects.requireNonNull(this.logprob, "'logprob' is required"),
					(this.topLogprobs != null) ? Collections.unmodifiableList(new ArrayList<>(this.topLogprobs)) : null,
					this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ResponseLogProb} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ResponseLogProb> {

		Reader() {
			super(ResponseLogProb.class, "token", "logprob", "top_logprobs");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ResponseLogProb create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new ResponseLogProb((String) values[0], (Double) values[1], (List<TopLogprob>) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link ResponseLogProb} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ResponseLogProb> {

		Writer() {
			super(ResponseLogProb.class, "token", "logprob", "top_logprobs");
		}

		@Override
		protected @Nullable Object value(ResponseLogProb record, int index) {
			return switch (index) {
				case 0 -> record.token();
				case 1 -> record.logprob();
				case 2 -> record.topLogprobs();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ResponseLogProb record) {
			return record.additionalProperties();
		}

	}
}
