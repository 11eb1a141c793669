// Generated from spec/openai-openapi.json by the generator module. Do not edit.
package dev.reactiveai.openai.types;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
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
 * Represents a completion response from the API. Note: both the streamed and non-streamed
 * response objects share the same shape (unlike the chat endpoint).
 *
 * @param id A unique identifier for the completion.
 * @param choices The list of completion choices the model generated for the input prompt.
 * @param created The Unix timestamp (in seconds) of when the completion was created.
 * @param model The model used for completion.
 * @param systemFingerprint This fingerprint represents the backend configuration that the
 * model runs with.
 * <p>
 * Can be used in conjunction with the {@code seed} request parameter to understand when
 * backend changes have been made that might impact determinism.
 * @param object The object type, which is always "text_completion"
 * @param usage Usage statistics for the completion request.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = Completion.Reader.class)
public record Completion(@JsonProperty("id") String id, @JsonProperty("choices") List<Completion.Choice> choices,
		@JsonProperty("created") Long created, @JsonProperty("model") String model,
		@JsonProperty("system_fingerprint") @Nullable String systemFingerprint, @JsonProperty("object") String object,
		@JsonProperty("usage") @Nullable CompletionUsage usage,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link Completion}, filling in {@code object} with its single possible
	 * value when absent; {@code additionalProperties} becomes an unmodifiable copy, empty
	 * for null.
	 * @param id A unique identifier for the completion.
	 * @param choices The list of completion choices the model generated for the input
	 * prompt.
	 * @param created The Unix timestamp (in seconds) of when the completion was created.
	 * @param model The model used for completion.
	 * @param systemFingerprint This fingerprint represents the backend configuration that
	 * the model runs with.
	 * @param object The object type, which is always "text_completion"
	 * @param usage Usage statistics for the completion request.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public Completion {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link Completion}.
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
	 * An item of a {@link Completion}'s {@code choices}.
	 *
	 * @param finishReason The reason the model stopped generating tokens. This will be
	 * {@code stop} if the model hit a natural stop point or a provided stop sequence,
	 * {@code length} if the maximum number of tokens specified in the request was
	 * reached, or {@code content_filter} if content was omitted due to a flag from our
	 * content filters.
	 * @param index An integer (the API description says no more).
	 * @param logprobs A {@link dev.reactiveai.openai.types.Completion.Choice.Logprobs}
	 * (the API description says no more).
	 * @param text A string (the API description says no more).
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Choice.Reader.class)
	public static record Choice(@JsonProperty("finish_reason") Choice.FinishReason finishReason,
			@JsonProperty("index") Long index, @JsonProperty("logprobs") Choice.@Nullable Logprobs logprobs,
			@JsonProperty("text") String text, @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Choice}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param finishReason The reason the model stopped generating tokens.
		 * @param index An integer (the API description says no more).
		 * @param logprobs A
		 * {@link dev.reactiveai.openai.types.Completion.Choice.Logprobs} (the API
		 * description says no more).
		 * @param text A string (the API description says no more).
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public Choice {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link Choice}.
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
		 * The reason the model stopped generating tokens. This will be {@code stop} if
		 * the model hit a natural stop point or a provided stop sequence, {@code length}
		 * if the maximum number of tokens specified in the request was reached, or
		 * {@code content_filter} if content was omitted due to a flag from our content
		 * filters.
		 * <p>
		 * An open set: values this version does not know are kept as they are.
		 *
		 * @param value the value as the API spells it
		 */
		public static record FinishReason(@JsonValue String value) {
			/**
			 * The value {@code stop}.
			 */
			public static final FinishReason STOP = new FinishReason("stop");

			/**
			 * The value {@code length}.
			 */
			public static final FinishReason LENGTH = new FinishReason("length");

			/**
			 * The value {@code content_filter}.
			 */
			public static final FinishReason CONTENT_FILTER = new FinishReason("content_filter");

			/**
			 * Creates a value, rejecting null; {@link #of(String)} gives the constant for
			 * a known one.
			 * @param value the value as the API spells it
			 */
			public FinishReason {
				Objects.requireNonNull(value, "'value' must not be null");
			}

			/**
			 * The value for the given text: a constant when it is known.
			 * @param value the value as the API spells it
			 * @return the value
			 */
			@JsonCreator
			public static FinishReason of(String value) {
				return switch (value) {
					case "stop" -> STOP;
					case "length" -> LENGTH;
					case "content_filter" -> CONTENT_FILTER;
					default -> new FinishReason(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
			 * @return whether the value is one of the constants
			 */
			public boolean isKnown() {
				return switch (this.value) {
					case "stop", "length", "content_filter" -> true;
					default -> false;
				};
			}

			@Override
			public String toString() {
				return this.value;
			}
		}

		/**
		 * A {@link Choice}'s {@code logprobs}.
		 *
		 * @param textOffset A list of integers (the API description says no more).
		 * @param tokenLogprobs A list of numbers (the API description says no more).
		 * @param tokens A list of strings (the API description says no more).
		 * @param topLogprobs A list of a map of names to numbers (the API description
		 * says no more).
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = Logprobs.Reader.class)
		public static record Logprobs(@JsonProperty("text_offset") @Nullable List<Long> textOffset,
				@JsonProperty("token_logprobs") @Nullable List<Double> tokenLogprobs,
				@JsonProperty("tokens") @Nullable List<String> tokens,
				@JsonProperty("top_logprobs") @Nullable List<Map<String, Double>> topLogprobs,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link Logprobs}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param textOffset A list of integers (the API description says no more).
			 * @param tokenLogprobs A list of numbers (the API description says no more).
			 * @param tokens A list of strings (the API description says no more).
			 * @param topLogprobs A list of a map of names to numbers (the API description
			 * says no more).
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public Logprobs {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link Logprobs}.
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
			 * Builds a {@link Logprobs}.
			 */
			public static final class Builder {

				private @Nullable List<Long> textOffset;

				private @Nullable List<Double> tokenLogprobs;

				private @Nullable List<String> tokens;

				private @Nullable List<Map<String, Double>> topLogprobs;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(Logprobs source) {
					this.textOffset = (source.textOffset() != null) ? new ArrayList<>(source.textOffset()) : null;
					this.tokenLogprobs = (source.tokenLogprobs() != null) ? new ArrayList<>(source.tokenLogprobs())
							: null;
					this.tokens = (source.tokens() != null) ? new ArrayList<>(source.tokens()) : null;
					this.topLogprobs = (source.topLogprobs() != null) ? new ArrayList<>(source.topLogprobs()) : null;
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * A list of integers (the API description says no more).
				 * <p>
				 * Takes a copy of the list.
				 * @param textOffset the value
				 * @return this builder
				 */
				public Builder textOffset(@Nullable List<Long> textOffset) {
					this.textOffset = (textOffset != null) ? new ArrayList<>(textOffset) : null;
					return this;
				}

				/**
				 * A list of integers (the API description says no more).
				 * <p>
				 * Adds one item to the list, after those it has.
				 * @param textOffset the item to add
				 * @return this builder
				 */
				public Builder addTextOffset(Long textOffset) {
					Objects.requireNonNull(textOffset, "'textOffset' must not be null");
					if (this.textOffset == null) {
						this.textOffset = new ArrayList<>();
					}
					this.textOffset.add(textOffset);
					return this;
				}

				/**
				 * A list of numbers (the API description says no more).
				 * <p>
				 * Takes a copy of the list.
				 * @param tokenLogprobs the value
				 * @return this builder
				 */
				public Builder tokenLogprobs(@Nullable List<Double> tokenLogprobs) {
					this.tokenLogprobs = (tokenLogprobs != null) ? new ArrayList<>(tokenLogprobs) : null;
					return this;
				}

				/**
				 * A list of numbers (the API description says no more).
				 * <p>
				 * Adds one item to the list, after those it has.
				 * @param tokenLogprob the item to add
				 * @return this builder
				 */
				public Builder addTokenLogprob(Double tokenLogprob) {
					Objects.requireNonNull(tokenLogprob, "'tokenLogprob' must not be null");
					if (this.tokenLogprobs == null) {
						this.tokenLogprobs = new ArrayList<>();
					}
					this.tokenLogprobs.add(tokenLogprob);
					return this;
				}

				/**
				 * A list of strings (the API description says no more).
				 * <p>
				 * Takes a copy of the list.
				 * @param tokens the value
				 * @return this builder
				 */
				public Builder tokens(@Nullable List<String> tokens) {
					this.tokens = (tokens != null) ? new ArrayList<>(tokens) : null;
					return this;
				}

				/**
				 * A list of strings (the API description says no more).
				 * <p>
				 * Adds one item to the list, after those it has.
				 * @param token the item to add
				 * @return this builder
				 */
				public Builder addToken(String token) {
					Objects.requireNonNull(token, "'token' must not be null");
					if (this.tokens == null) {
						this.tokens = new ArrayList<>();
					}
					this.tokens.add(token);
					return this;
				}

				/**
				 * A list of a map of names to numbers (the API description says no more).
				 * <p>
				 * Takes a copy of the list.
				 * @param topLogprobs the value
				 * @return this builder
				 */
				public Builder topLogprobs(@Nullable List<? extends Map<String, Double>> topLogprobs) {
					this.topLogprobs = (topLogprobs != null) ? new ArrayList<>(topLogprobs) : null;
					return this;
				}

				/**
				 * A list of a map of names to numbers (the API description says no more).
				 * <p>
				 * Adds one item to the list, after those it has.
				 * @param topLogprob the item to add
				 * @return this builder
				 */
				public Builder addTopLogprob(Map<String, Double> topLogprob) {
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
				public Logprobs build() {
					return new Logprobs(
							(this.textOffset != null) ? Collections.unmodifiableList(new ArrayList<>(this.textOffset))
									: null,
							(this.tokenLogprobs != null)
									? Collections.unmodifiableList(new ArrayList<>(this.tokenLogprobs)) : null,
							(this.tokens != null) ? Collections.unmodifiableList(new ArrayList<>(this.tokens)) : null,
							(this.topLogprobs != null) ? Collections.unmodifiableList(new ArrayList<>(this.topLogprobs))
									: null,
							this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link Logprobs} from the parser's tokens; Jackson creates it from
			 * {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<Logprobs> {

				Reader() {
					super(Logprobs.class, "text_offset", "token_logprobs", "tokens", "top_logprobs");
				}

				@Override
				@SuppressWarnings("unchecked")
				protected Logprobs create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new Logprobs((List<Long>) values[0], (List<Double>) values[1], (List<String>) values[2],
							(List<Map<String, Double>>) values[3], additionalProperties);
				}

			}

			/**
			 * Writes a {@link Logprobs} without reflection; the client's mapper finds it
			 * ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<Logprobs> {

				Writer() {
					super(Logprobs.class, "text_offset", "token_logprobs", "tokens", "top_logprobs");
				}

				@Override
				protected @Nullable Object value(Logprobs record, int index) {
					return switch (index) {
						case 0 -> record.textOffset();
						case 1 -> record.tokenLogprobs();
						case 2 -> record.tokens();
						case 3 -> record.topLogprobs();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(Logprobs record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link Choice}.
		 */
		public static final class Builder {

			private @Nullable FinishReason finishReason;

			private @Nullable Long index;

			private @Nullable Logprobs logprobs;

			private @Nullable String text;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Choice source) {
				this.finishReason = source.finishReason();
				this.index = source.index();
				this.logprobs = source.logprobs();
				this.text = source.text();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * The reason the model stopped generating tokens.
			 * @param finishReason the value (required)
			 * @return this builder
			 */
			public Builder finishReason(@Nullable FinishReason finishReason) {
				this.finishReason = finishReason;
				return this;
			}

			/**
			 * The reason the model stopped generating tokens.
			 * <p>
			 * Takes the value as the API spells it, known to this client or not.
			 * @param value the value (required)
			 * @return this builder
			 */
			public Builder finishReason(String value) {
				return finishReason(FinishReason.of(value));
			}

			/**
			 * An integer (the API description says no more).
			 * @param index the value (required)
			 * @return this builder
			 */
			public Builder index(@Nullable Long index) {
				this.index = index;
				return this;
			}

			/**
			 * A {@link dev.reactiveai.openai.types.Completion.Choice.Logprobs} (the API
			 * description says no more).
			 * @param logprobs the value
			 * @return this builder
			 */
			public Builder logprobs(@Nullable Logprobs logprobs) {
				this.logprobs = logprobs;
				return this;
			}

			/**
			 * A string (the API description says no more).
			 * @param text the value (required)
			 * @return this builder
			 */
			public Builder text(@Nullable String text) {
				this.text = text;
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
			public Choice build() {
				return new Choice(Objects.requireNonNull(this.finishReason, "'finishReason' is required"),
						Objects.requireNonNull(this.index, "'index' is required"), this.logprobs,
						Objects.requireNonNull(this.text, "'text' is required"), this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Choice} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Choice> {

			Reader() {
				super(Choice.class, "finish_reason", "index", "logprobs", "text");
			}

			@Override
			protected Object openEnum(int index, String value) {
				return switch (index) {
					case 0 -> FinishReason.of(value);
					default -> super.openEnum(index, value);
				};
			}

			@Override
			protected Choice create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
				return new Choice((FinishReason) values[0], (Long) values[1], (Logprobs) values[2], (String) values[3],
						additionalProperties);
			}

		}

		/**
		 * Writes a {@link Choice} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Choice> {

			Writer() {
				super(Choice.class, "finish_reason", "index", "logprobs", "text");
			}

			@Override
			protected @Nullable Object value(Choice record, int index) {
				return switch (index) {
					case 0 -> record.finishReason();
					case 1 -> record.index();
					case 2 -> record.logprobs();
					case 3 -> record.text();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(Choice record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Builds a {@link Completion}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable List<Choice> choices;

		private @Nullable Long created;

		private @Nullable String model;

		private @Nullable String systemFingerprint;

		private @Nullable String object;

		private @Nullable CompletionUsage usage;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "text_completion";
		}

		private Builder(Completion source) {
			this.id = source.id();
			this.choices = (source.choices() != null) ? new ArrayList<>(source.choices()) : null;
			this.created = source.created();
			this.model = source.model();
			this.systemFingerprint = source.systemFingerprint();
			this.object = source.object();
			this.usage = source.usage();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A unique identifier for the completion.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * The list of completion choices the model generated for the input prompt.
		 * <p>
		 * Takes a copy of the list.
		 * @param choices the value (required)
		 * @return this builder
		 */
		public Builder choices(@Nullable List<Choice> choices) {
			this.choices = (choices != null) ? new ArrayList<>(choices) : null;
			return this;
		}

		/**
		 * The list of completion choices the model generated for the input prompt.
		 * <p>
		 * Adds one item to the list, after those it has.
		 * @param choice the item to add
		 * @return this builder
		 */
		public Builder addChoice(Choice choice) {
			Objects.requireNonNull(choice, "'choice' must not be null");
			if (this.choices == null) {
				this.choices = new ArrayList<>();
			}
			this.choices.add(choice);
			return this;
		}

		/**
		 * The Unix timestamp (in seconds) of when the completion was created.
		 * @param created the value (required)
		 * @return this builder
		 */
		public Builder created(@Nullable Long created) {
			this.created = created;
			return this;
		}

		/**
		 * The model used for completion.
		 * @param model the value (required)
		 * @return this builder
		 */
		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		/**
		 * This fingerprint represents the backend configuration that the model runs with.
		 * @param systemFingerprint the value
		 * @return this builder
		 */
		public Builder systemFingerprint(@Nullable String systemFingerprint) {
			this.systemFingerprint = systemFingerprint;
			return this;
		}

		/**
		 * Usage statistics for the completion request.
		 * @param usage the value
		 * @return this builder
		 */
		public Builder usage(@Nullable CompletionUsage usage) {
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
		public Completion build() {
			return new Completion(Objects.requireNonNull(this.id, "'id' is required"),
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.choices, "'choices' is required"))),
					Objects.requireNonNull(this.created, "'created' is required"),
					Objects.requireNonNull(this.model, "'model' is required"), this.systemFingerprint, this.object,
					this.usage, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link Completion} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<Completion> {

		Reader() {
			super(Completion.class, "id", "choices", "created", "model", "system_fingerprint", "object", "usage");
		}

		@Override
		@SuppressWarnings("unchecked")
		protected Completion create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new Completion((String) values[0], (List<Choice>) values[1], (Long) values[2], (String) values[3],
					(String) values[4], (String) values[5], (CompletionUsage) values[6], additionalProperties);
		}

	}

	/**
	 * Writes a {@link Completion} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<Completion> {

		Writer() {
			super(Completion.class, "id", "choices", "created", "model", "system_fingerprint", "object", "usage");
		}

		@Override
		protected @Nullable Object value(Completion record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.choices();
				case 2 -> record.created();
				case 3 -> record.model();
				case 4 -> record.systemFingerprint();
				case 5 -> record.object();
				case 6 -> record.usage();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(Completion record) {
			return record.additionalProperties();
		}

	}
}
