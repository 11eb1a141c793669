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
 * A ResponsesRunDataSource object describing a model sampling configuration.
 *
 * @param type The type of run data source. Always {@code responses}.
 * @param inputMessages Used when sampling from a model. Dictates the structure of the
 * messages passed into the model. Can either be a reference to a prebuilt trajectory (ie,
 * {@code item.input_trajectory}), or a template with variable references to the
 * {@code item} namespace.
 * @param samplingParams A
 * {@link dev.reactiveai.openai.types.CreateEvalResponsesRunDataSource.SamplingParams}
 * (the API description says no more).
 * @param model The name of the model to use for generating completions (e.g. "o3-mini").
 * @param source Determines what populates the {@code item} namespace in this run's data
 * source.
 * @param additionalProperties properties that this version of the client does not know
 */
@JsonDeserialize(using = CreateEvalResponsesRunDataSource.Reader.class)
public record CreateEvalResponsesRunDataSource(@JsonProperty("type") String type,
		@JsonProperty("input_messages") CreateEvalResponsesRunDataSource.@Nullable InputMessages inputMessages,
		@JsonProperty("sampling_params") CreateEvalResponsesRunDataSource.@Nullable SamplingParams samplingParams,
		@JsonProperty("model") @Nullable String model,
		@JsonProperty("source") CreateEvalResponsesRunDataSource.Source source,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
		implements
			CreateEvalRunRequest.DataSource,
			EvalRun.DataSource {

	/**
	 * Creates a {@link CreateEvalResponsesRunDataSource}, filling in {@code type} with
	 * its single possible value when absent; {@code additionalProperties} becomes an
	 * unmodifiable copy, empty for null.
	 * @param type The type of run data source.
	 * @param inputMessages Used when sampling from a model.
	 * @param samplingParams A
	 * {@link dev.reactiveai.openai.types.CreateEvalResponsesRunDataSource.SamplingParams}
	 * (the API description says no more).
	 * @param model The name of the model to use for generating completions (e.g.
	 * "o3-mini").
	 * @param source Determines what populates the {@code item} namespace in this run's
	 * data source.
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	public CreateEvalResponsesRunDataSource {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A builder of {@link CreateEvalResponsesRunDataSource}.
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
	 * Used when sampling from a model. Dictates the structure of the messages passed into
	 * the model. Can either be a reference to a prebuilt trajectory (ie,
	 * {@code item.input_trajectory}), or a template with variable references to the
	 * {@code item} namespace.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = InputMessages.Deserializer.class)
	public sealed interface InputMessages permits InputMessages.InputMessagesTemplate,
			InputMessages.InputMessagesItemReference, InputMessages.Unknown {

		/**
		 * InputMessagesTemplate
		 *
		 * @param type The type of input messages. Always {@code template}.
		 * @param template A list of chat messages forming the prompt or context. May
		 * include variable references to the {@code item} namespace, ie
		 * &#123;&#123;item.name&#125;&#125;.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = InputMessagesTemplate.Reader.class)
		record InputMessagesTemplate(@JsonProperty("type") String type,
				@JsonProperty("template") List<InputMessagesTemplate.TemplateItem> template,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements InputMessages {

			/**
			 * Creates a {@link InputMessagesTemplate}, filling in {@code type} with its
			 * single possible value when absent; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param type The type of input messages.
			 * @param template A list of chat messages forming the prompt or context.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public InputMessagesTemplate {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link InputMessagesTemplate}.
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
			 * An item of a {@link InputMessagesTemplate}'s {@code template}.
			 * <p>
			 * One of the variants nested here or implementing this interface;
			 * {@link Unknown} holds JSON that this version of the client does not
			 * recognize.
			 */
			@JsonDeserialize(using = TemplateItem.Deserializer.class)
			public sealed interface TemplateItem permits TemplateItem.ChatMessage, EvalItem, TemplateItem.Unknown {

				/**
				 * ChatMessage
				 *
				 * @param role The role of the message (e.g. "system", "assistant",
				 * "user").
				 * @param content The content of the message.
				 * @param additionalProperties properties that this version of the client
				 * does not know
				 */
				@JsonDeserialize(using = ChatMessage.Reader.class)
				record ChatMessage(@JsonProperty("role") String role, @JsonProperty("content") String content,
						@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties)
						implements
							TemplateItem {

					/**
					 * Creates a {@link ChatMessage}; {@code additionalProperties} becomes
					 * an unmodifiable copy, empty for null.
					 * @param role The role of the message (e.g. "system", "assistant",
					 * "user").
					 * @param content The content of the message.
					 * @param additionalProperties properties that this version of the
					 * client does not know
					 */
					public ChatMessage {
						additionalProperties = AdditionalProperties.copyOf(additionalProperties);
					}

					/**
					 * A builder of {@link ChatMessage}.
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
					 * Builds a {@link ChatMessage}.
					 */
					public static final class Builder {

						private @Nullable String role;

						private @Nullable String content;

						private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

						private Builder() {
						}

						private Builder(ChatMessage source) {
							this.role = source.role();
							this.content = source.content();
							this.additionalProperties.putAll(source.additionalProperties());
						}

						/**
						 * The role of the message (e.g. "system", "assistant", "user").
						 * @param role the value (required)
						 * @return this builder
						 */
						public Builder role(@Nullable String role) {
							this.role = role;
							return this;
						}

						/**
						 * The content of the message.
						 * @param content the value (required)
						 * @return this builder
						 */
						public Builder content(@Nullable String content) {
							this.content = content;
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
						public ChatMessage build() {
							return new ChatMessage(Objects.requireNonNull(this.role, "'role' is required"),
									Objects.requireNonNull(this.content, "'content' is required"),
									this.additionalProperties);
						}

					}

					/**
					 * Reads a {@link ChatMessage} from the parser's tokens; Jackson
					 * creates it from {@code @JsonDeserialize}.
					 */
					static final class Reader extends RecordDeserializer<ChatMessage> {

						Reader() {
							super(ChatMessage.class, "role", "content");
						}

						@Override
						protected ChatMessage create(@Nullable Object[] values,
								@Nullable Map<String, Object> additionalProperties) {
							return new ChatMessage((String) values[0], (String) values[1], additionalProperties);
						}

					}

					/**
					 * Writes a {@link ChatMessage} without reflection; the client's
					 * mapper finds it ({@code GeneratedWriters}).
					 */
					static final class Writer extends RecordSerializer<ChatMessage> {

						Writer() {
							super(ChatMessage.class, "role", "content");
						}

						@Override
						protected @Nullable Object value(ChatMessage record, int index) {
							return switch (index) {
								case 0 -> record.role();
								case 1 -> record.content();
								default -> throw new IndexOutOfBoundsException(index);
							};
						}

						@Override
						protected Map<String, Object> additionalProperties(ChatMessage record) {
							return record.additionalProperties();
						}

					}
				}

				/**
				 * A {@link TemplateItem} that this version of the client does not
				 * recognize, kept as it came.
				 *
				 * @param json the JSON as it came
				 */
				record Unknown(@JsonValue JsonNode json) implements TemplateItem, UnknownVariant {
				}

				/**
				 * Reads a {@link TemplateItem} into the variant its JSON is.
				 */
				final class Deserializer extends UnionDeserializer<TemplateItem> {

					/**
					 * Creates the deserializer; Jackson does, from
					 * {@code @JsonDeserialize}.
					 */
					public Deserializer() {
						super(UnionDeserializer.<TemplateItem>variants(Unknown::new)
							.object(ChatMessage.class,
									VariantShape.declaring("role", "content").requiring("role", "content"))
							.object(EvalItem.class,
									VariantShape.declaring("role", "content", "type")
										.requiring("role", "content")
										.values("type", "message")
										.values("role", "user", "assistant", "system", "developer")));
					}

				}

			}

			/**
			 * Builds a {@link InputMessagesTemplate}.
			 */
			public static final class Builder {

				private @Nullable String type;

				private @Nullable List<TemplateItem> template;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
					this.type = "template";
				}

				private Builder(InputMessagesTemplate source) {
					this.type = source.type();
					this.template = (source.template() != null) ? new ArrayList<>(source.template()) : null;
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * A list of chat messages forming the prompt or context.
				 * <p>
				 * Takes a copy of the list.
				 * @param template the value (required)
				 * @return this builder
				 */
				public Builder template(@Nullable List<? extends TemplateItem> template) {
					this.template = (template != null) ? new ArrayList<>(template) : null;
					return this;
				}

				/**
				 * A list of chat messages forming the prompt or context.
				 * <p>
				 * Adds one item to the list, after those it has.
				 * @param template the item to add
				 * @return this builder
				 */
				public Builder addTemplate(TemplateItem template) {
					Objects.requireNonNull(template, "'template' must not be null");
					if (this.template == null) {
						this.template = new ArrayList<>();
					}
					this.template.add(template);
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
				public InputMessagesTemplate build() {
					return new InputMessagesTemplate(this.type,
							Collections.unmodifiableList(
									new ArrayList<>(Objects.requireNonNull(this.template, "'template' is required"))),
							this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link InputMessagesTemplate} from the parser's tokens; Jackson
			 * creates it from {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<InputMessagesTemplate> {

				Reader() {
					super(InputMessagesTemplate.class, "type", "template");
				}

				@Override
				@SuppressWarnings("unchecked")
				protected InputMessagesTemplate create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new InputMessagesTemplate((String) values[0], (List<TemplateItem>) values[1],
							additionalProperties);
				}

			}

			/**
			 * Writes a {@link InputMessagesTemplate} without reflection; the client's
			 * mapper finds it ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<InputMessagesTemplate> {

				Writer() {
					super(InputMessagesTemplate.class, "type", "template");
				}

				@Override
				protected @Nullable Object value(InputMessagesTemplate record, int index) {
					return switch (index) {
						case 0 -> record.type();
						case 1 -> record.template();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(InputMessagesTemplate record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * InputMessagesItemReference
		 *
		 * @param type The type of input messages. Always {@code item_reference}.
		 * @param itemReference A reference to a variable in the {@code item} namespace.
		 * Ie, "item.name"
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = InputMessagesItemReference.Reader.class)
		record InputMessagesItemReference(@JsonProperty("type") String type,
				@JsonProperty("item_reference") String itemReference,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) implements InputMessages {

			/**
			 * Creates a {@link InputMessagesItemReference}, filling in {@code type} with
			 * its single possible value when absent; {@code additionalProperties} becomes
			 * an unmodifiable copy, empty for null.
			 * @param type The type of input messages.
			 * @param itemReference A reference to a variable in the {@code item}
			 * namespace.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public InputMessagesItemReference {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link InputMessagesItemReference}.
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
			 * Builds a {@link InputMessagesItemReference}.
			 */
			public static final class Builder {

				private @Nullable String type;

				private @Nullable String itemReference;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
					this.type = "item_reference";
				}

				private Builder(InputMessagesItemReference source) {
					this.type = source.type();
					this.itemReference = source.itemReference();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * A reference to a variable in the {@code item} namespace.
				 * @param itemReference the value (required)
				 * @return this builder
				 */
				public Builder itemReference(@Nullable String itemReference) {
					this.itemReference = itemReference;
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
				public InputMessagesItemReference build() {
					return new InputMessagesItemReference(this.type,
							Objects.requireNonNull(this.itemReference, "'itemReference' is required"),
							this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link InputMessagesItemReference} from the parser's tokens;
			 * Jackson creates it from {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<InputMessagesItemReference> {

				Reader() {
					super(InputMessagesItemReference.class, "type", "item_reference");
				}

				@Override
				protected InputMessagesItemReference create(@Nullable Object[] values,
						@Nullable Map<String, Object> additionalProperties) {
					return new InputMessagesItemReference((String) values[0], (String) values[1], additionalProperties);
				}

			}

			/**
			 * Writes a {@link InputMessagesItemReference} without reflection; the
			 * client's mapper finds it ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<InputMessagesItemReference> {

				Writer() {
					super(InputMessagesItemReference.class, "type", "item_reference");
				}

				@Override
				protected @Nullable Object value(InputMessagesItemReference record, int index) {
					return switch (index) {
						case 0 -> record.type();
						case 1 -> record.itemReference();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(InputMessagesItemReference record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * A {@link InputMessages} that this version of the client does not recognize,
		 * kept as it came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements InputMessages, UnknownVariant {
		}

		/**
		 * Reads a {@link InputMessages} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<InputMessages> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<InputMessages>variants(Unknown::new)
					.discriminator("type")
					.object(InputMessagesTemplate.class,
							VariantShape.declaring("type", "template")
								.requiring("type", "template")
								.values("type", "template"))
					.object(InputMessagesItemReference.class,
							VariantShape.declaring("type", "item_reference")
								.requiring("type", "item_reference")
								.values("type", "item_reference")));
			}

		}

	}

	/**
	 * A {@link CreateEvalResponsesRunDataSource}'s {@code sampling_params}.
	 *
	 * @param reasoningEffort Constrains effort on reasoning for
	 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning models</a>.
	 * Currently supported values are {@code none}, {@code minimal}, {@code low},
	 * {@code medium}, {@code high}, and {@code xhigh}. Reducing reasoning effort can
	 * result in faster responses and fewer tokens used on reasoning in a response.
	 * <ul>
	 * <li>{@code gpt-5.1} defaults to {@code none}, which does not perform reasoning. The
	 * supported reasoning values for {@code gpt-5.1} are {@code none}, {@code low},
	 * {@code medium}, and {@code high}. Tool calls are supported for all reasoning values
	 * in gpt-5.1.</li>
	 * <li>All models before {@code gpt-5.1} default to {@code medium} reasoning effort,
	 * and do not support {@code none}.</li>
	 * <li>The {@code gpt-5-pro} model defaults to (and only supports) {@code high}
	 * reasoning effort.</li>
	 * <li>{@code xhigh} is supported for all models after {@code gpt-5.1-codex-max}.</li>
	 * </ul>
	 * @param temperature A higher temperature increases randomness in the outputs.
	 * @param maxCompletionTokens The maximum number of tokens in the generated output.
	 * @param topP An alternative to temperature for nucleus sampling; 1.0 includes all
	 * tokens.
	 * @param seed A seed value to initialize the randomness, during sampling.
	 * @param tools An array of tools the model may call while generating a response. You
	 * can specify which tool to use by setting the {@code tool_choice} parameter.
	 * <p>
	 * The two categories of tools you can provide the model are:
	 * <ul>
	 * <li><strong>Built-in tools</strong>: Tools that are provided by OpenAI that extend
	 * the model's capabilities, like
	 * <a href="https://platform.openai.com/docs/guides/tools-web-search">web search</a>
	 * or <a href="https://platform.openai.com/docs/guides/tools-file-search">file
	 * search</a>. Learn more about
	 * <a href="https://platform.openai.com/docs/guides/tools">built-in tools</a>.</li>
	 * <li><strong>Function calls (custom tools)</strong>: Functions that are defined by
	 * you, enabling the model to call your own code. Learn more about
	 * <a href="https://platform.openai.com/docs/guides/function-calling">function
	 * calling</a>.</li>
	 * </ul>
	 * @param text Configuration options for a text response from the model. Can be plain
	 * text or structured JSON data. Learn more:
	 * <ul>
	 * <li><a href="https://platform.openai.com/docs/guides/text">Text inputs and
	 * outputs</a></li>
	 * <li><a href="https://platform.openai.com/docs/guides/structured-outputs">Structured
	 * Outputs</a></li>
	 * </ul>
	 * @param additionalProperties properties that this version of the client does not
	 * know
	 */
	@JsonDeserialize(using = SamplingParams.Reader.class)
	public static record SamplingParams(@JsonProperty("reasoning_effort") @Nullable ReasoningEffort reasoningEffort,
			@JsonProperty("temperature") @Nullable Double temperature,
			@JsonProperty("max_completion_tokens") @Nullable Long maxCompletionTokens,
			@JsonProperty("top_p") @Nullable Double topP, @JsonProperty("seed") @Nullable Long seed,
			@JsonProperty("tools") @Nullable List<Tool> tools, @JsonProperty("text") SamplingParams.@Nullable Text text,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

		/**
		 * Creates a {@link SamplingParams}; {@code additionalProperties} becomes an
		 * unmodifiable copy, empty for null.
		 * @param reasoningEffort Constrains effort on reasoning for
		 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning
		 * models</a>.
		 * @param temperature A higher temperature increases randomness in the outputs.
		 * @param maxCompletionTokens The maximum number of tokens in the generated
		 * output.
		 * @param topP An alternative to temperature for nucleus sampling; 1.0 includes
		 * all tokens.
		 * @param seed A seed value to initialize the randomness, during sampling.
		 * @param tools An array of tools the model may call while generating a response.
		 * @param text Configuration options for a text response from the model.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		public SamplingParams {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * A builder of {@link SamplingParams}.
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
		 * Configuration options for a text response from the model. Can be plain text or
		 * structured JSON data. Learn more:
		 * <ul>
		 * <li><a href="https://platform.openai.com/docs/guides/text">Text inputs and
		 * outputs</a></li>
		 * <li><a href=
		 * "https://platform.openai.com/docs/guides/structured-outputs">Structured
		 * Outputs</a></li>
		 * </ul>
		 *
		 * @param format An object specifying the format that the model must output.
		 * <p>
		 * Configuring {@code { "type": "json_schema" }} enables Structured Outputs, which
		 * ensures the model will match your supplied JSON schema. Learn more in the
		 * <a href="https://platform.openai.com/docs/guides/structured-outputs">Structured
		 * Outputs guide</a>.
		 * <p>
		 * The default format is {@code { "type": "text" }} with no additional options.
		 * <p>
		 * <strong>Not recommended for gpt-4o and newer models:</strong>
		 * <p>
		 * Setting to {@code { "type": "json_object" }} enables the older JSON mode, which
		 * ensures the message the model generates is valid JSON. Using
		 * {@code json_schema} is preferred for models that support it.
		 * @param additionalProperties properties that this version of the client does not
		 * know
		 */
		@JsonDeserialize(using = Text.Reader.class)
		public static record Text(@JsonProperty("format") @Nullable TextResponseFormatConfiguration format,
				@JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {

			/**
			 * Creates a {@link Text}; {@code additionalProperties} becomes an
			 * unmodifiable copy, empty for null.
			 * @param format An object specifying the format that the model must output.
			 * @param additionalProperties properties that this version of the client does
			 * not know
			 */
			public Text {
				additionalProperties = AdditionalProperties.copyOf(additionalProperties);
			}

			/**
			 * A builder of {@link Text}.
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
			 * Builds a {@link Text}.
			 */
			public static final class Builder {

				private @Nullable TextResponseFormatConfiguration format;

				private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

				private Builder() {
				}

				private Builder(Text source) {
					this.format = source.format();
					this.additionalProperties.putAll(source.additionalProperties());
				}

				/**
				 * An object specifying the format that the model must output.
				 * @param format the value
				 * @return this builder
				 */
				public Builder format(@Nullable TextResponseFormatConfiguration format) {
					this.format = format;
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
				public Text build() {
					return new Text(this.format, this.additionalProperties);
				}

			}

			/**
			 * Reads a {@link Text} from the parser's tokens; Jackson creates it from
			 * {@code @JsonDeserialize}.
			 */
			static final class Reader extends RecordDeserializer<Text> {

				Reader() {
					super(Text.class, "format");
				}

				@Override
				protected Text create(@Nullable Object[] values, @Nullable Map<String, Object> additionalProperties) {
					return new Text((TextResponseFormatConfiguration) values[0], additionalProperties);
				}

			}

			/**
			 * Writes a {@link Text} without reflection; the client's mapper finds it
			 * ({@code GeneratedWriters}).
			 */
			static final class Writer extends RecordSerializer<Text> {

				Writer() {
					super(Text.class, "format");
				}

				@Override
				protected @Nullable Object value(Text record, int index) {
					return switch (index) {
						case 0 -> record.format();
						default -> throw new IndexOutOfBoundsException(index);
					};
				}

				@Override
				protected Map<String, Object> additionalProperties(Text record) {
					return record.additionalProperties();
				}

			}
		}

		/**
		 * Builds a {@link SamplingParams}.
		 */
		public static final class Builder {

			private @Nullable ReasoningEffort reasoningEffort;

			private @Nullable Double temperature;

			private @Nullable Long maxCompletionTokens;

			private @Nullable Double topP;

			private @Nullable Long seed;

			private @Nullable List<Tool> tools;

			private @Nullable Text text;

			private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

			private Builder() {
			}

			private Builder(SamplingParams source) {
				this.reasoningEffort = source.reasoningEffort();
				this.temperature = source.temperature();
				this.maxCompletionTokens = source.maxCompletionTokens();
				this.topP = source.topP();
				this.seed = source.seed();
				this.tools = (source.tools() != null) ? new ArrayList<>(source.tools()) : null;
				this.text = source.text();
				this.additionalProperties.putAll(source.additionalProperties());
			}

			/**
			 * Constrains effort on reasoning for
			 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning
			 * models</a>.
			 * @param reasoningEffort the value
			 * @return this builder
			 */
			public Builder reasoningEffort(@Nullable ReasoningEffort reasoningEffort) {
				this.reasoningEffort = reasoningEffort;
				return this;
			}

			/**
			 * Constrains effort on reasoning for
			 * <a href="https://platform.openai.com/docs/guides/reasoning">reasoning
			 * models</a>.
			 * <p>
			 * Takes the value as the API spells it, known to this client or not.
			 * @param value the value
			 * @return this builder
			 */
			public Builder reasoningEffort(String value) {
				return reasoningEffort(ReasoningEffort.of(value));
			}

			/**
			 * A higher temperature increases randomness in the outputs.
			 * @param temperature the value
			 * @return this builder
			 */
			public Builder temperature(@Nullable Double temperature) {
				this.temperature = temperature;
				return this;
			}

			/**
			 * The maximum number of tokens in the generated output.
			 * @param maxCompletionTokens the value
			 * @return this builder
			 */
			public Builder maxCompletionTokens(@Nullable Long maxCompletionTokens) {
				this.maxCompletionTokens = maxCompletionTokens;
				return this;
			}

			/**
			 * An alternative to temperature for nucleus sampling; 1.0 includes all
			 * tokens.
			 * @param topP the value
			 * @return this builder
			 */
			public Builder topP(@Nullable Double topP) {
				this.topP = topP;
				return this;
			}

			/**
			 * A seed value to initialize the randomness, during sampling.
			 * @param seed the value
			 * @return this builder
			 */
			public Builder seed(@Nullable Long seed) {
				this.seed = seed;
				return this;
			}

			/**
			 * An array of tools the model may call while generating a response.
			 * <p>
			 * Takes a copy of the list.
			 * @param tools the value
			 * @return this builder
			 */
			public Builder tools(@Nullable List<? extends Tool> tools) {
				this.tools = (tools != null) ? new ArrayList<>(tools) : null;
				return this;
			}

			/**
			 * An array of tools the model may call while generating a response.
			 * <p>
			 * Adds one item to the list, after those it has.
			 * @param tool the item to add
			 * @return this builder
			 */
			public Builder addTool(Tool tool) {
				Objects.requireNonNull(tool, "'tool' must not be null");
				if (this.tools == null) {
					this.tools = new ArrayList<>();
				}
				this.tools.add(tool);
				return this;
			}

			/**
			 * Configuration options for a text response from the model.
			 * @param text the value
			 * @return this builder
			 */
			public Builder text(@Nullable Text text) {
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
			public SamplingParams build() {
				return new SamplingParams(this.reasoningEffort, this.temperature, this.maxCompletionTokens, this.topP,
						this.seed,
						(this.tools != null) ? Collections.unmodifiableList(new ArrayList<>(this.tools)) : null,
						this.text, this.additionalProperties);
			}

		}

		/**
		 * Reads a {@link SamplingParams} from the parser's tokens; Jackson creates it
		 * from {@code @JsonDeserialize}.
		 */
		static final class Reader extends RecordDeserializer<SamplingParams> {

			Reader() {
				super(SamplingParams.class, "reasoning_effort", "temperature", "max_completion_tokens", "top_p", "seed",
						"tools", "text");
			}

			@Override
			protected Object openEnum(int index, String value) {
				return switch (index) {
					case 0 -> ReasoningEffort.of(value);
					default -> super.openEnum(index, value);
				};
			}

			@Override
			@SuppressWarnings("unchecked")
			protected SamplingParams create(@Nullable Object[] values,
					@Nullable Map<String, Object> additionalProperties) {
				return new SamplingParams((ReasoningEffort) values[0], (Double) values[1], (Long) values[2],
						(Double) values[3], (Long) values[4], (List<Tool>) values[5], (Text) values[6],
						additionalProperties);
			}

		}

		/**
		 * Writes a {@link SamplingParams} without reflection; the client's mapper finds
		 * it ({@code GeneratedWriters}).
		 */
		static final class Writer extends RecordSerializer<SamplingParams> {

			Writer() {
				super(SamplingParams.class, "reasoning_effort", "temperature", "max_completion_tokens", "top_p", "seed",
						"tools", "text");
			}

			@Override
			protected @Nullable Object value(SamplingParams record, int index) {
				return switch (index) {
					case 0 -> record.reasoningEffort();
					case 1 -> record.temperature();
					case 2 -> record.maxCompletionTokens();
					case 3 -> record.topP();
					case 4 -> record.seed();
					case 5 -> record.tools();
					case 6 -> record.text();
					default -> throw new IndexOutOfBoundsException(index);
				};
			}

			@Override
			protected Map<String, Object> additionalProperties(SamplingParams record) {
				return record.additionalProperties();
			}

		}
	}

	/**
	 * Determines what populates the {@code item} namespace in this run's data source.
	 * <p>
	 * One of the variants nested here or implementing this interface; {@link Unknown}
	 * holds JSON that this version of the client does not recognize.
	 */
	@JsonDeserialize(using = Source.Deserializer.class)
	public sealed interface Source
			permits EvalJsonlFileContentSource, EvalJsonlFileIdSource, EvalResponsesSource, Source.Unknown {

		/**
		 * A {@link Source} that this version of the client does not recognize, kept as it
		 * came.
		 *
		 * @param json the JSON as it came
		 */
		record Unknown(@JsonValue JsonNode json) implements Source, UnknownVariant {
		}

		/**
		 * Reads a {@link Source} into the variant its JSON is.
		 */
		final class Deserializer extends UnionDeserializer<Source> {

			/**
			 * Creates the deserializer; Jackson does, from {@code @JsonDeserialize}.
			 */
			public Deserializer() {
				super(UnionDeserializer.<Source>variants(Unknown::new)
					.discriminator("type")
					.object(EvalJsonlFileContentSource.class,
							VariantShape.declaring("type", "content")
								.requiring("type", "content")
								.values("type", "file_content"))
					.object(EvalJsonlFileIdSource.class,
							VariantShape.declaring("type", "id").requiring("type", "id").values("type", "file_id"))
					.object(EvalResponsesSource.class,
							VariantShape
								.declaring("type", "metadata", "model", "instructions_search", "created_after",
										"created_before", "reasoning_effort", "temperature", "top_p", "users", "tools")
								.requiring("type")
								.values("type", "responses")
								.values("reasoning_effort", "none", "minimal", "low", "medium", "high", "xhigh")));
			}

		}

	}

	/**
	 * Builds a {@link CreateEvalResponsesRunDataSource}.
	 */
	public static final class Builder {

		private @Nullable String type;

		private @Nullable InputMessages inputMessages;

		private @Nullable SamplingParams samplingParams;

		private @Nullable String model;

		private @Nullable Source source;

		private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

		private Builder() {
			this.type = "responses";
		}

		private Builder(CreateEvalResponsesRunDataSource source) {
			this.type = source.type();
			this.inputMessages = source.inputMessages();
			this.samplingParams = source.samplingParams();
			this.model = source.model();
			this.source = source.source();
			this.additionalProperties.putAll(source.additionalProperties());
		}

		/**
		 * Used when sampling from a model.
		 * @param inputMessages the value
		 * @return this builder
		 */
		public Builder inputMessages(@Nullable InputMessages inputMessages) {
			this.inputMessages = inputMessages;
			return this;
		}

		/**
		 * A
		 * {@link dev.reactiveai.openai.types.CreateEvalResponsesRunDataSource.SamplingParams}
		 * (the API description says no more).
		 * @param samplingParams the value
		 * @return this builder
		 */
		public Builder samplingParams(@Nullable SamplingParams samplingParams) {
			this.samplingParams = samplingParams;
			return this;
		}

		/**
		 * The name of the model to use for generating completions (e.g. "o3-mini").
		 * @param model the value
		 * @return this builder
		 */
		public Builder model(@Nullable String model) {
			this.model = model;
			return this;
		}

		/**
		 * Determines what populates the {@code item} namespace in this run's data source.
		 * @param source the value (required)
		 * @return this builder
		 */
		public Builder source(@Nullable Source source) {
			this.source = source;
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
		public CreateEvalResponsesRunDataSource build() {
			return new CreateEvalResponsesRunDataSource(this.type, this.inputMessages, this.samplingParams, this.model,
					Objects.requireNonNull(this.source, "'source' is required"), this.additionalProperties);
		}

	}

	/**
	 * Reads a {@link CreateEvalResponsesRunDataSource} from the parser's tokens; Jackson
	 * creates it from {@code @JsonDeserialize}.
	 */
	static final class Reader extends RecordDeserializer<CreateEvalResponsesRunDataSource> {

		Reader() {
			super(CreateEvalResponsesRunDataSource.class, "type", "input_messages", "sampling_params", "model",
					"source");
		}

		@Override
		protected CreateEvalResponsesRunDataSource create(@Nullable Object[] values,
				@Nullable Map<String, Object> additionalProperties) {
			return new CreateEvalResponsesRunDataSource((String) values[0], (InputMessages) values[1],
					(SamplingParams) values[2], (String) values[3], (Source) values[4], additionalProperties);
		}

	}

	/**
	 * Writes a {@link CreateEvalResponsesRunDataSource} without reflection; the client's
	 * mapper finds it ({@code GeneratedWriters}).
	 */
	static final class Writer extends RecordSerializer<CreateEvalResponsesRunDataSource> {

		Writer() {
			super(CreateEvalResponsesRunDataSource.class, "type", "input_messages", "sampling_params", "model",
					"source");
		}

		@Override
		protected @Nullable Object value(CreateEvalResponsesRunDataSource record, int index) {
			return switch (index) {
				case 0 -> record.type();
				case 1 -> record.inputMessages();
				case 2 -> record.samplingParams();
				case 3 -> record.model();
				case 4 -> record.source();
				default -> throw new IndexOutOfBoundsException(index);
			};
		}

		@Override
		protected Map<String, Object> additionalProperties(CreateEvalResponsesRunDataSource record) {
			return record.additionalProperties();
		}

	}
}
