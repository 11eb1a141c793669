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
 * Emitted when the transcription is complete. Contains the complete transcription text.
 * Only emitted when you <a href=
 * "https://platform.openai.com/docs/api-reference/audio/create-transcription">create a
 * transcription</a> with the {@code Stream} parameter set to {@code true}.
 *
 * @param type The type of the event. Always {@code transcript.text.done}.
 * @param text The text that was transcribed.
 * @param logprobs The log probabilities of the individual tokens in the transcription.
 * Only included if you <a href=
 * "https://platform.openai.com/docs/api-reference/audio/create-transcription">create a
 * transcription</a> with the {@code include[]} parameter set to {@code logprobs}.
 * @param usage Usage statistics for models billed by token usage.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = TranscriptTextDoneEvent.Reader.class)
public record TranscriptTextDoneEvent(@JsonProperty("type") String type, @JsonProperty("text") String text,
		@JsonProperty("logprobs") @Nullable List<TranscriptTextDoneEvent.Logprob> logprobs,
		@JsonProperty("usage") @Nullable TranscriptTextUsageTokens usage,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CreateTranscriptionResponseStreamEvent {

	/**
	 * Creates a {@link TranscriptTextDoneEvent}, filling in {@code type} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param type The type of the event.
	 * @param text The text that was transcribed.
	 * @param logprobs The log probabilities of the individual tokens in the
	 * transcription.
	 * @param usage Usage statistics for models billed by token usage.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public TranscriptTextDoneEvent {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link TranscriptTextDoneEvent}.
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
	 * An item of a {@link TranscriptTextDoneEvent}'s {@code logprobs}.
	 *
	 * @param token The token that was used to generate the log probability.
	 * @param logprob The log probability of the token.
	 * @param bytes The bytes that were used to generate the log probability.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Logprob.Reader.class)
	public static record Logprob(@JsonProperty("token") @Nullable String token,
			@JsonProperty("logprob") @Nullable Double logprob, @JsonProperty("bytes") @Nullable List<Long> bytes,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Logprob}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param token The token that was used to generate the log probability.
		 * @param logprob The log probability of the token.
		 * @param bytes The bytes that were used to generate the log probability.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Logprob {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Logprob}.
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
		 * Builds a {@link Logprob}.
		 */
		public static final class Builder {

			private @Nullable String token;

			private @Nullable Double logprob;

			private @Nullable List<Long> bytes;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Logprob source) {
				this.token = source.token();
				this.logprob = source.logprob();
				this.bytes = (source.bytes() != null) ? new ArrayList<>(source.bytes()) : null;
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The token that was used to generate the log probability.
			 * @param token the value
			 * @return this builder
			 */
			public Builder token(@Nullable String token) {
				this.token = token;
				return this;
			}

			/**
			 * The log probability of the token.
			 * @param logprob the value
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
			 * @param bytes the value
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
			public Logprob build() {
				return new Logprob(this.token, this.logprob,
						(this.bytes != null) ? Collections.unmodifiableList(new ArrayList<>(this.bytes)) : null,
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Logprob} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Logprob> {

			Reader() {
				super(Logprob.class, "token", "logprob", "bytes");
			}

			@Override
			@SuppressWarnings("unchecked")
			protected Logprob create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Logprob((String) values[0], (Double) values[1], (List<Long>) values[2],
						additionalProperties);
			}

		}

		/**
		 * Writes a {@link Logprob} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Logprob> {

			Writer() {
				super(Logprob.class, "token", "logprob", "bytes");
			}

			@Override
			protected @Nullable Object value(Logprob record, int index) {
				return switch (index) {
					case 0 -> record.token();
					case 1 -> record.logprob();
					case 2 -> record.bytes();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Logprob record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link TranscriptTextDoneEvent}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable String text;

		private @Nullable List<Logprob> logprobs;

		private @Nullable TranscriptTextUsageTokens usage;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "transcript.text.done";
		}

		private Builder(TranscriptTextDoneEvent source) {
			this.type = source.type();
			this.text = source.text();
			this.logprobs = (source.logprobs() != null) ? new ArrayList<>(source.logprobs()) : null;
			this.usage = source.usage();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The text that was transcribed.
		 * @param text the value (required)
		 * @return this builder
		 */
		public Builder text(@Nullable String text) {
			this.text = text;
			return this;
		}

		/**
		 * The log probabilities of the individual tokens in the transcription.
		 * <p>
		 * Takes a copy of the list.
		 * @param logprobs the value
		 * @return this builder
		 */
		public Builder logprobs(@Nullable List<Logprob> logprobs) {
			this.logprobs = (logprobs != null) ? new ArrayList<>(logprobs) : null;
			return this;
		}

		/**
		 * The log probabilities of the individual tokens in the transcription.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param logprob the item to add
		 * @return this builder
		 */
		public Builder addLogprob(Logprob logprob) {
			Objects.requireNonNull(logprob, "'logprob' must not be null");
			if (this.logprobs == null) {
				this.logprobs = new ArrayList<>();
			}
			this.logprobs.add(logprob);
			return this;
		}

		/**
		 * Usage statistics for models billed by token usage.
		 * @param usage the value
		 * @return this builder
		 */
		public Builder usage(@Nullable TranscriptTextUsageTokens usage) {
			this.usage = usage;
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
		public TranscriptTextDoneEvent build() {
			return new TranscriptTextDoneEvent(this.type, Objects.requireNonNull(this.text, "'text' is required"),
					(this.logprobs != null) ? Collections.unmodifiableList(new ArrayList<>(this.logprobs)) : null,
					this.usage, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link TranscriptTextDoneEvent} from the parser's tokens; Jackson creates
	 * it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<TranscriptTextDoneEvent> {

		Reader() {
			super(TranscriptTextDoneEvent.class, "type", "text", "logprobs", "usage");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected TranscriptTextDoneEvent create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new TranscriptTextDoneEvent((String) values[0], (String) values[1], (List<Logprob>) values[2],
					(TranscriptTextUsageTokens) values[3], additionalProperties);
		}

	}

	/**
	 * Writes a {@link TranscriptTextDoneEvent} without reflection; the client's mapper
	 * finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<TranscriptTextDoneEvent> {

		Writer() {
			super(TranscriptTextDoneEvent.class, "type", "text", "logprobs", "usage");
		}

		@Override
		protected @Nullable Object value(TranscriptTextDoneEvent record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.text();
				case 2 -> record.logprobs();
				case 3 -> record.usage();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(TranscriptTextDoneEvent record) {
			return record.additionalProperties();
		}

	}
}
