// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.reactiveai.openai.json.UnknownVariant;
import dev.reactiveai.openai.json.internal.AdditionalProperties;
import dev.reactiveai.openai.json.internal.RecordDeserializer;
import dev.reactiveai.openai.json.internal.RecordSerializer;
import dev.reactiveai.openai.json.internal.UnionDeserializer;
import dev.reactiveai.openai.json.internal.VariantShape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Represents a transcription response returned by model, based on the provided input.
 *
 * @param text The transcribed text.
 * @param logprobs The log probabilities of the tokens in the transcription. Only returned
 * with the models {@code gpt-4o-transcribe} and {@code gpt-4o-mini-transcribe} if
 * {@code logprobs} is added to the {@code include} array.
 * @param usage Token usage statistics for the request.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateTranscriptionResponseJson.Reader.class)
public record CreateTranscriptionResponseJson(@JsonProperty("text") String text,
		@JsonProperty("logprobs") @Nullable List<CreateTranscriptionResponseJson.Logprob> logprobs,
		@JsonProperty("usage") CreateTranscriptionResponseJson.@Nullable Usage usage,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			AudioTranscriptionsCreateResponse {

	/**
	 * Creates a {@link CreateTranscriptionResponseJson}; {@code additionalProperties}
	 * becomes an unmodifiable copy, empty for null.
	 * @param text The transcribed text.
	 * @param logprobs The log probabilities of the tokens in the transcription.
	 * @param usage Token usage statistics for the request.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateTranscriptionResponseJson {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateTranscriptionResponseJson}.
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
	 * An item of a {@link CreateTranscriptionResponseJson}'s {@code logprobs}.
	 *
	 * @param token The token in the transcription.
	 * @param logprob The log probability of the token.
	 * @param bytes The bytes of the token.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Logprob.Reader.class)
	public static record Logprob(@JsonProperty("token") @Nullable String token,
			@JsonProperty("logprob") @Nullable Double logprob, @JsonProperty("bytes") @Nullable List<Double> bytes,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Logprob}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param token The token in the transcription.
		 * @param logprob The log probability of the token.
		 * @param bytes The bytes of the token.
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

			private @Nullable List<Double> bytes;

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
			 * The token in the transcription.
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
			 * The bytes of the token.
			 * <p>
			 * Takes a copy of the list.
			 * @param bytes the value
			 * @return this builder
			 */
			public Builder bytes(@Nullable List<Double> bytes) {
				this.bytes = (bytes != null) ? new ArrayList<>(bytes) : null;
				return this;
			}

			/**
			 * The bytes of the token.
			 * <p>
			 * Adds one item to the list, after those it has.
			 * @param byteValue the item to add
			 * @return this builder
			 */
			public Builder addByte(Double byteValue) {
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
				return new Logprob((String) values[0], (Double) values[1], (List<Double>) values[2],
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
	 * Token usage statistics for the request.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Usage.Deserializer.class)
	public sealed interface Usage permits TranscriptTextUsageTokens, TranscriptTextUsageDuration, Usage.Unknown {

		/**
		 * A {@link Usage} that this version of the client does not recognize, kept as it
		 * came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Usage, UnknownVariant {
		}

		/**
		 * Reads a {@link Usage} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Usage> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Usage>variants(Unknown::new)
					.discriminator("type")
					.object(TranscriptTextUsageTokens.class, VariantShape
						.declaring("type", "input_tokens", "input_token_details", "output_tokens", "total_tokens")
						.requiring("type", "input_tokens", "output_tokens", "total_tokens")
						.values("type", "tokens"))
					.object(TranscriptTextUsageDuration.class,
							VariantShape.declaring("type", "seconds")
								.requiring("type", "seconds")
								.values("type", "duration")));
			}

		}

	}

	/**
	 * Builds a {@link CreateTranscriptionResponseJson}.
	 */
	public static final class Builder {

		private @Nullable String text;

		private @Nullable List<Logprob> logprobs;

		private @Nullable Usage usage;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
		}

		private Builder(CreateTranscriptionResponseJson source) {
			this.text = source.text();
			this.logprobs = (source.logprobs() != null) ? new ArrayList<>(source.logprobs()) : null;
			this.usage = source.usage();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * The transcribed text.
		 * @param text the value (required)
		 * @return this builder
		 */
		public Builder text(@Nullable String text) {
			this.text = text;
			return this;
		}

		/**
		 * The log probabilities of the tokens in the transcription.
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
		 * The log probabilities of the tokens in the transcription.
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
		 * Token usage statistics for the request.
		 * @param usage the value
		 * @return this builder
		 */
		public Builder usage(@Nullable Usage usage) {
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
		public CreateTranscriptionResponseJson build() {
			return new CreateTranscriptionResponseJson(Objects.requireNonNull(this.text, "'text' is required"),
					(this.logprobs != null) ? Collections.unmodifiableList(new ArrayList<>(this.logprobs)) : null,
					this.usage, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateTranscriptionResponseJson} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateTranscriptionResponseJson> {

		Reader() {
			super(CreateTranscriptionResponseJson.class, "text", "logprobs", "usage");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected CreateTranscriptionResponseJson create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateTranscriptionResponseJson((String) values[0], (List<Logprob>) values[1], (Usage) values[2],
					additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateTranscriptionResponseJson} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateTranscriptionResponseJson> {

		Writer() {
			super(CreateTranscriptionResponseJson.class, "text", "logprobs", "usage");
		}

		@Override
		protected @Nullable Object value(CreateTranscriptionResponseJson record, int index) {
			return switch (index) {
				case 0 -> record.text();
				case 1 -> record.logprobs();
				case 2 -> record.usage();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateTranscriptionResponseJson record) {
			return record.additionalProperties();
		}

	}
}
