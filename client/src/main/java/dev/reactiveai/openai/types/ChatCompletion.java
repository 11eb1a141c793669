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
 * Represents a chat completion response returned by model, based on the provided input.
 *
 * @param id A unique identifier for the chat completion.
 * @param choices A list of chat completion choices. Can be more than one if {@code n} is
 * greater than 1.
 * @param created The Unix timestamp (in seconds) of when the chat completion was created.
 * @param model The model used for the chat completion.
 * @param serviceTier Specifies the processing type used for serving the request.
 * <ul>
 * <li>If set to 'auto', then the request will be processed with the service tier
 * configured in the Project settings. Unless otherwise configured, the Project will use
 * 'default'.</li>
 * <li>If set to 'default', then the request will be processed with the standard pricing
 * and performance for the selected model.</li>
 * <li>If set to
 * '<a href="https://platform.openai.com/docs/guides/flex-processing">flex</a>' or
 * '<a href="https://openai.com/api-priority-processing/">priority</a>', then the request
 * will be processed with the corresponding service tier.</li>
 * <li>When not set, the default behavior is 'auto'.</li>
 * </ul>
 * <p>
 * When the {@code service_tier} parameter is set, the response body will include the
 * {@code service_tier} value based on the processing mode actually used to serve the
 * request. This response value may be different from the value set in the parameter.
 * @param systemFingerprint This fingerprint represents the backend configuration that the
 * model runs with.
 * <p>
 * Can be used in conjunction with the {@code seed} request parameter to understand when
 * backend changes have been made that might impact determinism.
 * <p>
 * <strong>Deprecated:</strong> The API description marks it deprecated and names no
 * replacement.
 * @param object The object type, which is always {@code chat.completion}.
 * @param usage Usage statistics for the completion request.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = ChatCompletion.Reader.class)
public record ChatCompletion(@JsonProperty("id") String id,
		@JsonProperty("choices") List<ChatCompletion.Choice> choices, @JsonProperty("created") Long created,
		@JsonProperty("model") String model, @JsonProperty("service_tier") @Nullable ServiceTier serviceTier,
		@JsonProperty("system_fingerprint") @Nullable String systemFingerprint, @JsonProperty("object") String object,
		@JsonProperty("usage") @Nullable CompletionUsage usage,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

	/**
	 * Creates a {@link ChatCompletion}, filling in {@code object} with its single
	 * possible value when absent; {@code additionalProperties} becomes an unmodifiable
	 * copy, empty for null.
	 * @param id A unique identifier for the chat completion.
	 * @param choices A list of chat completion choices.
	 * @param created The Unix timestamp (in seconds) of when the chat completion was
	 * created.
	 * @param model The model used for the chat completion.
	 * @param serviceTier Specifies the processing type used for serving the request.
	 * @param systemFingerprint This fingerprint represents the backend configuration that
	 * the model runs with.
	 * @param object The object type, which is always {@code chat.completion}.
	 * @param usage Usage statistics for the completion request.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public ChatCompletion {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * This fingerprint represents the backend configuration that the model runs with.
	 * <p>
	 * Can be used in conjunction with the {@code seed} request parameter to understand
	 * when backend changes have been made that might impact determinism.
	 * <p>
	 * <strong>Deprecated:</strong> The API description marks it deprecated and names no
	 * replacement.
	 * @return its value, or null when absent
	 * @deprecated The API description marks it deprecated and names no replacement.
	 */
	@Deprecated
	@JsonProperty("system_fingerprint")
	public @Nullable String systemFingerprint() {
		return this.systemFingerprint;
	}

	/**
	 * A builder of {@link ChatCompletion}.
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
	 * An item of a {@link ChatCompletion}'s {@code choices}.
	 *
	 * @param finishReason The reason the model stopped generating tokens. This will be
	 * {@code stop} if the model hit a natural stop point or a provided stop sequence,
	 * {@code length} if the maximum number of tokens specified in the request was
	 * reached, {@code content_filter} if content was omitted due to a flag from our
	 * content filters, {@code tool_calls} if the model called a tool, or
	 * {@code function_call} (deprecated) if the model called a function.
	 * @param index The index of the choice in the list of choices.
	 * @param message A chat completion message generated by the model.
	 * @param logprobs Log probability information for the choice.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = Choice.Reader.class)
	public static record Choice(@JsonProperty("finish_reason") Choice.FinishReason finishReason,
			@JsonProperty("index") Long index, @JsonProperty("message") ChatCompletionResponseMessage message,
			@JsonProperty("logprobs") Choice.@Nullable Logprobs logprobs,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link Choice}; {@code additionalProperties} becomes an unmodifiable
		 * copy, empty for null.
		 * @param finishReason The reason the model stopped generating tokens.
		 * @param index The index of the choice in the list of choices.
		 * @param message A chat completion message generated by the model.
		 * @param logprobs Log probability information for the choice.
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
		 * if the maximum number of tokens specified in the request was reached,
		 * {@code content_filter} if content was omitted due to a flag from our content
		 * filters, {@code tool_calls} if the model called a tool, or
		 * {@code function_call} (deprecated) if the model called a function.
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
			 * The value {@code tool_calls}.
			 */
			public static final FinishReason TOOL_CALLS = new FinishReason("tool_calls");

			/**
			 * The value {@code content_filter}.
			 */
			public static final FinishReason CONTENT_FILTER = new FinishReason("content_filter");

			/**
			 * The value {@code function_call}.
			 */
			public static final FinishReason FUNCTION_CALL = new FinishReason("function_call");

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
					case "tool_calls" -> TOOL_CALLS;
					case "content_filter" -> CONTENT_FILTER;
					case "function_call" -> FUNCTION_CALL;
					default -> new FinishReason(value);
				};
			}

			/**
			 * Whether this version of the client knows the value.
			 * @return whether the value is one of the constants
			 */
			public boolean isKnown() {
				return switch (this.value) {
					case "stop", "length", "tool_calls", "content_filter", "function_call" -> true;
					default -> false;
				};
			}

			@Override
			public String toString() {
				return this.value;
			}
		}

		/**
		 * Log probability information for the choice.
		 *
		 * @param content A list of message content tokens with log probability
		 * information.
		 * @param refusal A list of message refusal tokens with log probability
		 * information.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = Logprobs.Reader.class)
		public static record Logprobs(@JsonProperty("content") @Nullable List<ChatCompletionTokenLogprob> content,
				@JsonProperty("refusal") @Nullable List<ChatCompletionTokenLogprob> refusal,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link Logprobs}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param content A list of message content tokens with log probability
			 * information.
			 * @param refusal A list of message refusal tokens with log probability
			 * information.
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

				private @Nullable List<ChatCompletionTokenLogprob> content;

				private @Nullable List<ChatCompletionTokenLogprob> refusal;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(Logprobs source) {
					this.content = (source.content() != null) ? new ArrayList<>(source.content()) : null;
					this.refusal = (source.refusal() != null) ? new ArrayList<>(source.refusal()) : null;
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * A list of message content tokens with log probability information.
				 * <p>
				 * Takes a copy of the list.
				 * @param content the value
				 * @return this builder
				 */
				public Builder content(@Nullable List<ChatCompletionTokenLogprob> content) {
					this.content = (content != null) ? new ArrayList<>(content) : null;
					return this;
				}

				/**
				 * A list of message content tokens with log probability information.
				 * <p>
				 * Adds one item to the list, after those it has.
				 * @param content the item to add
				 * @return this builder
				 */
				public Builder addContent(ChatCompletionTokenLogprob content) {
					Objects.requireNonNull(content, "'content' must not be null");
					if (this.content == null) {
						this.content = new ArrayList<>();
					}
					this.content.add(content);
					return this;
				}

				/**
				 * A list of message refusal tokens with log probability information.
				 * <p>
				 * Takes a copy of the list.
				 * @param refusal the value
				 * @return this builder
				 */
				public Builder refusal(@Nullable List<ChatCompletionTokenLogprob> refusal) {
					this.refusal = (refusal != null) ? new ArrayList<>(refusal) : null;
					return this;
				}

				/**
				 * A list of message refusal tokens with log probability information.
				 * <p>
				 * Adds one item to the list, after those it has.
				 * @param refusal the item to add
				 * @return this builder
				 */
				public Builder addRefusal(ChatCompletionTokenLogprob refusal) {
					Objects.requireNonNull(refusal, "'refusal' must not be null");
					if (this.refusal == null) {
						this.refusal = new ArrayList<>();
					}
					this.refusal.add(refusal);
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
							(this.content != null) ? Collections.unmodifiableList(new ArrayList<>(this.content)) : null,
							(this.refusal != null) ? Collections.unmodifiableList(new ArrayList<>(this.refusal)) : null,
							this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link Logprobs} from the parser's tokens; Jackson creates it from
			 * {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<Logprobs> {

				Reader() {
					super(Logprobs.class, "content", "refusal");
				}

				@Override
				@SuppressWarnings("unchecked")
				protected Logprobs create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new Logprobs((List<ChatCompletionTokenLogprob>) values[0],
							(List<ChatCompletionTokenLogprob>) values[1], additionalProperties);
				}

			}

			/**
			 * Writes a {@link Logprobs} without reflection; the client's mapper finds it
			 * ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<Logprobs> {

				Writer() {
					super(Logprobs.class, "content", "refusal");
				}

				@Override
				protected @Nullable Object value(Logprobs record, int index) {
					return switch (index) {
						case 0 -> record.content();
						case 1 -> record.refusal();
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

			private @Nullable ChatCompletionResponseMessage message;

			private @Nullable Logprobs logprobs;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(Choice source) {
				this.finishReason = source.finishReason();
				this.index = source.index();
				this.message = source.message();
				this.logprobs = source.logprobs();
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
			 * The index of the choice in the list of choices.
			 * @param index the value (required)
			 * @return this builder
			 */
			public Builder index(@Nullable Long index) {
				this.index = index;
				return this;
			}

			/**
			 * A chat completion message generated by the model.
			 * @param message the value (required)
			 * @return this builder
			 */
			public Builder message(@Nullable ChatCompletionResponseMessage message) {
				this.message = message;
				return this;
			}

			/**
			 * Log probability information for the choice.
			 * @param logprobs the value
			 * @return this builder
			 */
			public Builder logprobs(@Nullable Logprobs logprobs) {
				this.logprobs = logprobs;
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
						Objects.requireNonNull(this.index, "'index' is required"),
						Objects.requireNonNull(this.message, "'message' is required"), this.logprobs,
						this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link Choice} from the parser's tokens; Jackson creates it from
		 * {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<Choice> {

			Reader() {
				super(Choice.class, "finish_reason", "index", "message", "logprobs");
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
				return new Choice((FinishReason) values[0], (Long) values[1], (ChatCompletionResponseMessage) values[2],
						(Logprobs) values[3], additionalProperties);
			}

		}

		/**
		 * Writes a {@link Choice} without reflection; the client's mapper finds it
		 * ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<Choice> {

			Writer() {
				super(Choice.class, "finish_reason", "index", "message", "logprobs");
			}

			@Override
			protected @Nullable Object value(Choice record, int index) {
				return switch (index) {
					case 0 -> record.finishReason();
					case 1 -> record.index();
					case 2 -> record.message();
					case 3 -> record.logprobs();
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
	 * Builds a {@link ChatCompletion}.
	 */
	public static final class Builder {

		private @Nullable String id;

		private @Nullable List<Choice> choices;

		private @Nullable Long created;

		private @Nullable String model;

		private @Nullable ServiceTier serviceTier;

		private @Nullable String systemFingerprint;

		private @Nullable String object;

		private @Nullable CompletionUsage usage;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.object = "chat.completion";
		}

		private Builder(ChatCompletion source) {
			this.id = source.id();
			this.choices = (source.choices() != null) ? new ArrayList<>(source.choices()) : null;
			this.created = source.created();
			this.model = source.model();
			this.serviceTier = source.serviceTier();
			this.systemFingerprint = source.systemFingerprint();
			this.object = source.object();
			this.usage = source.usage();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * A unique identifier for the chat completion.
		 * @param id the value (required)
		 * @return this builder
		 */
		public Builder id(@Nullable String id) {
			this.id = id;
			return this;
		}

		/**
		 * A list of chat completion choices.
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
		 * A list of chat completion choices.
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
		 * The Unix timestamp (in seconds) of when the chat completion was created.
		 * @param created the value (required)
		 * @return this builder
		 */
		public Builder created(@Nullable Long created) {
			this.created = created;
			return this;
		}

		/**
		 * The model used for the chat completion.
		 * @param model the value (required)
		 * @return this builder
		 */
		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		/**
		 * Specifies the processing type used for serving the request.
		 * @param serviceTier the value
		 * @return this builder
		 */
		public Builder serviceTier(@Nullable ServiceTier serviceTier) {
			this.serviceTier = serviceTier;
			return this;
		}

		/**
		 * Specifies the processing type used for serving the request.
		 * <p>
		 * Takes the value as the API spells it, known to this client or not.
		 * @param value the value
		 * @return this builder
		 */
		public Builder serviceTier(String value) {
			return serviceTier(ServiceTier.of(value));
		}

		/**
		 * This fingerprint represents the backend configuration that the model runs with.
		 * @param systemFingerprint the value
		 * @return this builder
		 * @deprecated The API description marks it deprecated and names no replacement.
		 */
		@Deprecated
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
		public ChatCompletion build() {
			return new ChatCompletion(Objects.requireNonNull(this.id, "'id' is required"),
					Collections.unmodifiableList(
							new ArrayList<>(Objects.requireNonNull(this.choices, "'choices' is required"))),
					Objects.requireNonNull(this.created, "'created' is required"),
					Objects.requireNonNull(this.model, "'model' is required"), this.serviceTier, this.systemFingerprint,
					this.object, this.usage, this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link ChatCompletion} from the parser's tokens; Jackson creates it from
	 * {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<ChatCompletion> {

		Reader() {
			super(ChatCompletion.class, "id", "choices", "created", "model", "service_tier", "system_fingerprint",
					"object", "usage");
		}

		@Override
		protected Object openEnum(int index, String value) {
			return switch (index) {
				case 4 -> ServiceTier.of(value);
				default -> super.openEnum(index, value);
			};
		}

		@Override
		@SuppressWarnings("unchecked")
		protected ChatCompletion create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
			return new ChatCompletion((String) values[0], (List<Choice>) values[1], (Long) values[2],
					(String) values[3], (ServiceTier) values[4], (String) values[5], (String) values[6],
					(CompletionUsage) values[7], additionalProperties);
		}

	}

	/**
	 * Writes a {@link ChatCompletion} without reflection; the client's mapper finds it
	 * ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<ChatCompletion> {

		Writer() {
			super(ChatCompletion.class, "id", "choices", "created", "model", "service_tier", "system_fingerprint",
					"object", "usage");
		}

		@Override
		protected @Nullable Object value(ChatCompletion record, int index) {
			return switch (index) {
				case 0 -> record.id();
				case 1 -> record.choices();
				case 2 -> record.created();
				case 3 -> record.model();
				case 4 -> record.serviceTier();
				case 5 -> record.systemFingerprint();
				case 6 -> record.object();
				case 7 -> record.usage();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(ChatCompletion record) {
			return record.additionalProperties();
		}

	}
}
